/**
 * The open-data files: every dataset in CSV and JSON, rendered from the same
 * rows. Endpoints write them; /du-lieu/ lists them with their sizes.
 */
import type { OpenDataInput } from './columns.ts';
import { toCsv } from './csv.ts';
import { buildTable, type DataTable, type Dataset, type DatasetId } from './dataset.ts';
import { indicatorsDataset } from './indicators.ts';
import { toJsonDocument } from './json.ts';
import { pillarsDataset } from './pillars.ts';
import { prioritiesDataset } from './priorities.ts';
import { wardComparisonDataset } from './ward-comparison.ts';
import { reportsDataset } from './reports.ts';
import { timeSeriesDataset } from './time-series.ts';
import { unitsDataset } from './units.ts';

/** Every dataset, in the order /du-lieu/ lists them. */
export const DATASETS: readonly Dataset<never>[] = [
  reportsDataset,
  indicatorsDataset,
  unitsDataset,
  pillarsDataset,
  timeSeriesDataset,
  prioritiesDataset,
  wardComparisonDataset,
] as Dataset<never>[];

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export const CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A rendered file. */
export interface OpenDataFile {
  dataset: Dataset<never>;
  format: OpenDataFormat;
  body: string;
  /** Size in bytes, UTF-8 (the CSV's byte-order mark included). */
  bytes: number;
  rowCount: number;
  /** Whether any row is demonstration data. */
  demo: boolean;
}

/**
 * Finds a dataset by its file name.
 * @throws {TypeError} When no dataset has that id.
 * @example getDataset('don-vi').title // 'Tiến độ theo đơn vị'
 */
export function getDataset(id: string): Dataset<never> {
  const dataset = DATASETS.find((candidate) => candidate.id === id);
  if (!dataset) throw new TypeError(`getDataset: không có tệp dữ liệu "${id}"; có: ${DATASETS.map((d) => d.id).join(', ')}.`);
  return dataset;
}

/**
 * Renders a table in one format.
 * @example renderTable(buildTable(unitsDataset, input), 'csv', input).body.startsWith('\uFEFFunit_id,') // true
 */
export function renderTable(table: DataTable, format: OpenDataFormat, input: OpenDataInput): OpenDataFile {
  const body =
    format === 'csv'
      ? toCsv(table.columns.map((column) => column.name), table.rows.map((row) => table.columns.map((column) => row[column.name])))
      : `${JSON.stringify(toJsonDocument(table, input))}\n`;
  return {
    dataset: table.dataset as Dataset<never>,
    format,
    body,
    bytes: new TextEncoder().encode(body).length,
    rowCount: table.rows.length,
    demo: table.rows.some((row) => row.demo === true),
  };
}

/**
 * Renders one dataset in one format.
 * @example renderDatasetFile('don-vi', 'json', input).rowCount // 31
 */
export function renderDatasetFile(id: DatasetId | string, format: OpenDataFormat, input: OpenDataInput): OpenDataFile {
  return renderTable(buildTable(getDataset(id), input), format, input);
}

/** Every file, dataset by dataset, CSV before JSON. */
export function renderAllFiles(input: OpenDataInput): OpenDataFile[] {
  return DATASETS.flatMap((dataset) => {
    const table = buildTable(dataset, input);
    return OPEN_DATA_FORMATS.map((format) => renderTable(table, format, input));
  });
}
