/**
 * `chuoi-thoi-gian`: one row per snapshot date and entity (the city, each pillar, unit and indicator), from
 * model.timeline (issue 15). The rows dated `as_of` carry the same figures as tru-cot, don-vi and chi-so.
 */
import { UNIT_KIND_LABELS } from '../content/schemas/taxonomies.ts';
import { inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { toPercent } from '../dashboard/percent.ts';
import { RANKED_KINDS } from '../dashboard/ranking.ts';
import { absoluteUrl, routes } from '../routes.ts';
import type { IndicatorSnapshot, UnitSnapshot } from '../timeline/snapshots.ts';
import { column, trailingColumns, type OpenDataInput } from './columns.ts';
import { defineDataset } from './dataset.ts';

export const ENTITY_TYPES = ['city', 'pillar', 'unit', 'indicator'] as const;

/** One entity on one snapshot date. */
export interface TimeSeriesRow {
  date: string;
  type: (typeof ENTITY_TYPES)[number];
  id: string;
  name: string;
  figures: UnitSnapshot & IndicatorSnapshot;
  path: string;
}

function timeSeriesRows(input: OpenDataInput): TimeSeriesRow[] {
  return input.timeline.snapshots.flatMap((snapshot) => {
    const rows: TimeSeriesRow[] = [{ date: snapshot.date, type: 'city', id: 'thanh-pho', name: input.site.name, figures: snapshot.city, path: routes.home() }];
    for (const pillar of input.pillars) {
      const figures = snapshot.pillars.get(pillar.id);
      if (figures) rows.push({ date: snapshot.date, type: 'pillar', id: String(pillar.id), name: pillar.name, figures, path: routes.pillar(pillar.slug) });
    }
    for (const unit of input.units) {
      const figures = snapshot.units.get(unit.id);
      if (figures) rows.push({ date: snapshot.date, type: 'unit', id: unit.id, name: unit.name, figures, path: routes.unit(unit.id) });
    }
    for (const indicator of input.indicators) {
      const figures = snapshot.indicators.get(indicator.id);
      if (figures) rows.push({ date: snapshot.date, type: 'indicator', id: indicator.id, name: inlineEmphasisToText(indicator.title), figures, path: routes.indicator(indicator.id) });
    }
    return rows;
  });
}

const c = column<TimeSeriesRow>;
const rankedKinds = RANKED_KINDS.map((kind) => UNIT_KIND_LABELS[kind].toLocaleLowerCase('vi')).join(', ');

export const timeSeriesDataset = defineDataset<TimeSeriesRow>({
  id: 'chuoi-thoi-gian',
  title: 'Chuỗi thời gian tiến độ',
  row: 'Mỗi dòng là thành phố, một trụ cột, một đơn vị hoặc một chỉ số vào một ngày: cuối mỗi tháng của năm kế hoạch cho đến ngày chốt số liệu, và chính ngày chốt số liệu.',
  items: timeSeriesRows,
  columns: [
    c('snapshot_date', 'date', 'Ngày của số liệu: mỗi báo cáo được tính theo trạng thái cuối cùng có ngày không muộn hơn ngày này (lấy từ lịch sử báo cáo); tin, bài và minh chứng có ngày sau đó không được tính. Dòng có snapshot_date bằng as_of có cùng số liệu với các tệp tru-cot, don-vi và chi-so.', (r) => r.date),
    c('entity_type', 'string', 'Loại đối tượng: city (toàn thành phố), pillar (trụ cột), unit (đơn vị), indicator (chỉ số).', (r) => r.type),
    c('entity_id', 'string', 'Mã đối tượng: thanh-pho với thành phố; số thứ tự trụ cột (như pillar_id của tru-cot); mã đơn vị (unit_id của don-vi); mã chỉ số (indicator_id của chi-so).', (r) => r.id),
    c('entity_name', 'string', 'Tên thành phố (tên cổng), trụ cột, đơn vị hoặc chỉ số.', (r) => r.name),
    c('completion_percent', 'number', 'Tỷ lệ hoàn thành vào ngày đó, 0–100, một chữ số thập phân, tính như completion_percent của tệp tương ứng. Để trống khi không áp dụng.', (r) => toPercent(r.figures.completion)),
    c('done_count', 'integer', 'Số nhiệm vụ (chỉ số × đơn vị chủ trì) được đánh giá hoàn thành vào ngày đó.', (r) => r.figures.done),
    c('applicable_count', 'integer', 'Số nhiệm vụ được tính vào ngày đó (trừ các nhiệm vụ không áp dụng).', (r) => r.figures.applicable),
    c('rank', 'integer', `Thứ hạng vào ngày đó trong số các ${rankedKinds}, như bảng xếp hạng trên trang chủ. Để trống với các đối tượng khác.`, (r) => r.figures.rank),
    c('value', 'number', 'Giá trị đo được báo cáo vào ngày đó, với chỉ số chỉ có một đơn vị chủ trì và báo cáo bằng một con số. Để trống trong các trường hợp khác.', (r) => r.figures.value),
    c('page_url', 'string', 'Địa chỉ trang của đối tượng trên cổng.', (r, input) => absoluteUrl(r.path, input.origin)),
    ...trailingColumns<TimeSeriesRow>((r) => r.figures.demo),
  ],
});
