/**
 * A dataset of the open data: its file name, what one row is, its columns,
 * and the items its rows are built from.
 */
import type { CellValue, Column, OpenDataInput } from './columns.ts';

/** The file names under /du-lieu/, without extension. Stable: journalists link to them. */
export const DATASET_IDS = ['bao-cao', 'chi-so', 'don-vi', 'tru-cot', 'chuoi-thoi-gian', 'uu-tien', 'so-sanh-phuong-xa'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface Dataset<Item> {
  id: DatasetId;
  /** Vietnamese title, e.g. "Báo cáo tiến độ theo đơn vị và chỉ số". */
  title: string;
  /** What one row is, as a sentence. */
  row: string;
  columns: readonly Column<Item>[];
  items(input: OpenDataInput): Item[];
}

/** A dataset's rows, each an object with its keys in column order. */
export interface DataTable {
  dataset: Dataset<unknown>;
  columns: readonly Column<unknown>[];
  rows: Record<string, CellValue>[];
}

/**
 * Declares a dataset; the identity function keeps the item type inferred.
 * Column names must be unique.
 */
export function defineDataset<Item>(dataset: Dataset<Item>): Dataset<Item> {
  const seen = new Set<string>();
  for (const { name } of dataset.columns) {
    if (seen.has(name)) throw new TypeError(`defineDataset: cột "${name}" bị trùng trong tệp ${dataset.id}.`);
    seen.add(name);
  }
  return dataset;
}

/**
 * Builds a dataset's rows; a missing value becomes null.
 * @example buildTable(unitsDataset, input).rows[0] // { unit_id: 'phong-vhtt', …, license: 'https://…' }
 */
export function buildTable<Item>(dataset: Dataset<Item>, input: OpenDataInput): DataTable {
  const rows = dataset.items(input).map((item) =>
    Object.fromEntries(dataset.columns.map((column) => [column.name, column.value(item, input) ?? null])),
  );
  return { dataset: dataset as Dataset<unknown>, columns: dataset.columns as readonly Column<unknown>[], rows };
}
