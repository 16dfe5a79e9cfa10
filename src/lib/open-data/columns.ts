/**
 * Column definitions of the open-data files. One definition gives a column
 * its name, type, meaning and value, so the files and the data dictionary on
 * /du-lieu/ are generated from the same source and cannot drift apart.
 */
import type { Indicator } from '../content/schemas/indicator.ts';
import type { Pillar } from '../content/schemas/pillar.ts';
import type { Site } from '../content/schemas/site.ts';
import type { Unit } from '../content/schemas/unit.ts';
import {
  COMPUTED_STATUS_TERMS,
  EFFECTIVE_STATUS_LABELS,
  EFFECTIVE_STATUSES,
  REPORTED_STATE_TERMS,
  REPORTED_STATES,
  type EffectiveStatus,
  type ReportedState,
} from '../content/schemas/taxonomies.ts';
import type { ReportedCounts, StatusCounts } from '../progress/distribution.ts';
import type { ProgressSummary } from '../progress/rollup.ts';
import type { FigureChange } from '../timeline/change.ts';
import type { Timeline } from '../timeline/snapshots.ts';
import type { PillarMatrix } from '../comparison/matrix.ts';

/** Value types of a column; every file writes them the same way. */
export const COLUMN_TYPES = ['string', 'integer', 'number', 'boolean', 'date'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** How each type is written, for the data dictionary. */
export const COLUMN_TYPE_LABELS: Record<ColumnType, string> = {
  string: 'Văn bản (UTF-8)',
  integer: 'Số nguyên',
  number: 'Số thập phân, dấu chấm ngăn phần thập phân (ví dụ 59.4)',
  boolean: 'true hoặc false',
  date: 'Ngày dạng YYYY-MM-DD (ISO 8601)',
};

/** One cell; null (an empty CSV field) when there is no value. */
export type CellValue = string | number | boolean | null;

/** What every dataset is built from; `createOpenDataInput` fills it from the portal model. */
export interface OpenDataInput {
  site: Pick<Site, 'name' | 'asOf' | 'year' | 'license'>;
  /** Public origin for absolute URLs, e.g. https://chuyendoiso.bacgiang.gov.vn */
  origin: string;
  progress: ProgressSummary;
  /** The snapshots at each month end up to asOf, and at asOf (chuoi-thoi-gian). */
  timeline: Timeline;
  pillars: readonly Pillar[];
  /** In appendix order. */
  indicators: readonly Indicator[];
  /** The units active in the plan year, in the order the files list them. */
  units: readonly Unit[];
  /** The wards and communes × the pillars, as /don-vi/so-sanh/ shows them. */
  wardMatrix: PillarMatrix;
}

/** A column of a dataset whose rows are built from items of type `Item`. */
export interface Column<Item> {
  /** Stable English snake_case name. */
  name: string;
  type: ColumnType;
  /** Vietnamese meaning, shown in the data dictionary. */
  description: string;
  value(item: Item, input: OpenDataInput): CellValue | undefined;
}

/**
 * Declares a column; the identity function keeps the item type inferred.
 * @example column<Unit>('unit_id', 'string', 'Mã đơn vị', (unit) => unit.id)
 */
export function column<Item>(
  name: string,
  type: ColumnType,
  description: string,
  value: (item: Item, input: OpenDataInput) => CellValue | undefined,
): Column<Item> {
  if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(name)) {
    throw new TypeError(`column: tên cột "${name}" cần viết thường, tiếng Anh, nối bằng dấu gạch dưới (snake_case).`);
  }
  return { name, type, description, value };
}

/** `on-track` → `count_on_track`. */
export const countColumnName = (status: EffectiveStatus) => `count_${status.replaceAll('-', '_')}`;

/** One count column per computed status, in taxonomy order. */
export function statusCountColumns<Item>(counts: (item: Item) => StatusCounts, of: string): Column<Item>[] {
  return EFFECTIVE_STATUSES.map((status) =>
    column<Item>(
      countColumnName(status),
      'integer',
      `Số ${of} được cổng đánh giá “${EFFECTIVE_STATUS_LABELS[status]}” (${status}): ${COMPUTED_STATUS_TERMS[status].description}`,
      (item) => counts(item)[status],
    ),
  );
}

/** `chua-bat-dau` → `reported_chua_bat_dau`. */
export const reportedCountColumnName = (state: ReportedState) => `reported_${state.replaceAll('-', '_')}`;

/** One count column per reported state: what the units themselves said, beside the computed counts. */
export function reportedCountColumns<Item>(counts: (item: Item) => ReportedCounts, of: string): Column<Item>[] {
  return REPORTED_STATES.map((state) =>
    column<Item>(
      reportedCountColumnName(state),
      'integer',
      state === 'chua-bao-cao'
        ? `Số ${of} mà đơn vị chưa gửi báo cáo (${state}).`
        : `Số ${of} mà đơn vị tự báo cáo “${REPORTED_STATE_TERMS[state].label}” (${state}).`,
      (item) => counts(item)[state],
    ),
  );
}

/** The computed-status values and their labels, for descriptions. */
export const STATUS_VALUES_TEXT = EFFECTIVE_STATUSES.map((status) => `${status} (${EFFECTIVE_STATUS_LABELS[status]})`).join(', ');

/** The reported-state values and their labels, for descriptions. */
export const REPORTED_VALUES_TEXT = REPORTED_STATES.map((state) => `${state} (${REPORTED_STATE_TERMS[state].label})`).join(', ');

/**
 * The change since the previous quarter end (issue 15), as the pages and images show it: the date compared
 * with, the completion's change in percentage points and, for ranked units, the rank's change in places.
 */
export function quarterChangeColumns<Item>(changeOf: (item: Item, input: OpenDataInput) => FigureChange | undefined, of: string, ranked: boolean): Column<Item>[] {
  return [
    column<Item>('change_since', 'date', 'Ngày cuối quý trước ngày chốt số liệu mà các cột change_* so sánh với (ví dụ 2024-09-30 khi chốt số liệu ngày 2024-10-15). Để trống khi ngày đó không thuộc năm kế hoạch.', (item, input) => changeOf(item, input)?.since),
    column<Item>('completion_change_points', 'number', `Thay đổi tỷ lệ hoàn thành của ${of} so với ngày change_since, tính bằng điểm phần trăm, một chữ số thập phân (dương là tăng), như mũi tên trên trang. Để trống khi một trong hai ngày không có tỷ lệ.`, (item, input) => changeOf(item, input)?.points),
    ...(ranked
      ? [column<Item>('rank_change', 'integer', 'Số bậc thay đổi trong bảng xếp hạng so với ngày change_since (dương là lên hạng, âm là xuống hạng). Để trống với đơn vị không xếp hạng.', (item, input) => changeOf(item, input)?.places)]
      : []),
  ];
}

/** Columns every file ends with: whether the row is demonstration data, the as-of date and the licence. */
export function trailingColumns<Item>(isDemo: (item: Item) => boolean): Column<Item>[] {
  return [
    column<Item>('demo', 'boolean', 'true nếu số liệu của dòng có dùng dữ liệu minh họa (không phải số liệu chính thức).', isDemo),
    column<Item>('as_of', 'date', 'Ngày chốt số liệu: mọi trạng thái và tỷ lệ được tính theo ngày này. Giống nhau ở mọi dòng.', (_item, input) => input.site.asOf),
    column<Item>('license', 'string', 'Địa chỉ giấy phép sử dụng dữ liệu. Giống nhau ở mọi dòng.', (_item, input) => input.site.license.url),
  ];
}
