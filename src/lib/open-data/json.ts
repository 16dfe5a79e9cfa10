/**
 * The JSON form of a dataset: metadata (as-of date, licence, source, whether
 * it holds demonstration data, the column dictionary) and the rows as objects.
 */
import { absoluteUrl, routes } from '../routes.ts';
import { COLUMN_TYPE_LABELS, type CellValue, type ColumnType, type OpenDataInput } from './columns.ts';
import type { DataTable } from './dataset.ts';

export interface JsonDocument {
  dataset: string;
  title: string;
  row: string;
  as_of: string;
  license: { name: string; url: string };
  source: { name: string; url: string };
  /** True when any row is demonstration data. */
  demo: boolean;
  columns: { name: string; type: ColumnType; type_label: string; description: string }[];
  rows: Record<string, CellValue>[];
}

/**
 * The JSON document of a table; missing values are null, never left out.
 * @example toJsonDocument(table, input).as_of // '2024-10-15'
 */
export function toJsonDocument(table: DataTable, input: OpenDataInput): JsonDocument {
  return {
    dataset: table.dataset.id,
    title: table.dataset.title,
    row: table.dataset.row,
    as_of: input.site.asOf,
    license: { name: input.site.license.name, url: input.site.license.url },
    source: { name: input.site.name, url: absoluteUrl(routes.data(), input.origin) },
    demo: table.rows.some((row) => row.demo === true),
    columns: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      type_label: COLUMN_TYPE_LABELS[column.type],
      description: column.description,
    })),
    rows: table.rows,
  };
}
