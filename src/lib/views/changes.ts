/** What changed (/cap-nhat/): its pages, its feeds, and the latest changes on the home page. */
import { stateKey, type CommitRef } from '../audit/trail.ts';
import type { ChangeKind, ReportChange } from '../changes/derive.ts';
import type { Evidence } from '../content/schemas/progress.ts';
import { REPORT_STATUS_LABELS } from '../content/schemas/taxonomies.ts';
import { reportValueLabel } from '../dashboard/value-label.ts';
import { formatDateVi } from '../format/date.ts';
import type { PortalModel } from '../portal/model.ts';
import { feedText, type PostFeedItem } from '../posts/feed.ts';
import { paginate, type ListPage } from '../posts/paginate.ts';
import { targetForUnit } from '../progress/target.ts';
import { routes } from '../routes.ts';
import { infoPageSearchMeta } from '../search/portal-meta.ts';
import { escapeHtml, inlineEmphasisToText } from '../text/inline-emphasis.ts';
import { pageImage } from './images.ts';
import type { PageView } from './layout.ts';
import { memoized } from '../memo.ts';

/** Changes per list page: more than posts, as each is one line of facts. */
export const CHANGES_PER_PAGE = 20;

/** One change as the list, the home page and the feeds show it. */
export interface ChangeItem {
  id: string;
  /** The item's id on its list page. */
  anchor: string;
  date: string;
  kind: ChangeKind;
  unitId: string;
  unitName: string;
  unitHref: string;
  indicatorId: string;
  /** "Chỉ số 1.2.1: …", plain text. */
  indicatorLabel: string;
  indicatorHref: string;
  /** Status before (undefined for the first report) and after, in words. */
  statusFrom: string | undefined;
  statusTo: string;
  statusChanged: boolean;
  valueFrom: string | undefined;
  valueTo: string | undefined;
  valueChanged: boolean;
  /** One line: "Đang thực hiện → Hoàn thành; giá trị 40% → 85%", or "Báo cáo lần đầu: Chưa bắt đầu". */
  summary: string;
  note: string;
  evidence: Evidence[];
  demo: boolean;
  /** The commit that introduced this state, when the build read the content's git history. */
  commit?: CommitRef | undefined;
}

const NO_VALUE = 'chưa có giá trị';

/** The view of one change, with its labels in the indicator's own units. */
export function changeItem(model: PortalModel, change: ReportChange): ChangeItem {
  const unit = model.getUnit(change.unit);
  const indicator = model.getIndicator(change.indicator);
  const target = indicator && unit ? targetForUnit(indicator.targets, unit) : undefined;
  const valueLabel = (value: ReportChange['value']) => (value === undefined ? undefined : reportValueLabel(value, target));
  const statusTo = REPORT_STATUS_LABELS[change.status];
  const statusFrom = change.previous && REPORT_STATUS_LABELS[change.previous.status];
  const valueTo = valueLabel(change.value);
  const valueFrom = change.previous && valueLabel(change.previous.value);
  const statusChanged = change.kind === 'status' || change.kind === 'status-value';
  const valueChanged = change.kind === 'value' || change.kind === 'status-value';
  const parts =
    change.kind === 'first'
      ? [`Báo cáo lần đầu: ${statusTo}${valueTo ? `, giá trị ${valueTo}` : ''}`]
      : [
          ...(statusChanged ? [`${statusFrom} → ${statusTo}`] : []),
          ...(valueChanged ? [`giá trị ${valueFrom ?? NO_VALUE} → ${valueTo ?? NO_VALUE}`] : []),
        ];
  const summary = parts.join('; ');
  return {
    id: change.id,
    anchor: `cap-nhat-${change.id.replace(/[^a-z0-9-]+/gi, '-')}`,
    date: change.date,
    kind: change.kind,
    unitId: change.unit,
    unitName: unit?.name ?? change.unit,
    unitHref: routes.unit(change.unit),
    indicatorId: change.indicator,
    indicatorLabel: `Chỉ số ${change.indicator}${indicator ? `: ${inlineEmphasisToText(indicator.title)}` : ''}`,
    indicatorHref: routes.indicator(change.indicator),
    statusFrom,
    statusTo,
    statusChanged,
    valueFrom,
    valueTo,
    valueChanged,
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    note: change.note,
    evidence: change.evidence,
    demo: change.demo,
    commit: model.audit.stateCommits.get(stateKey(change.unit, change.indicator, change)),
  };
}

/** Every change of the model as items, newest first; computed once per model. */
export const changeItems = memoized((model: PortalModel): ChangeItem[] => model.changes.map((change) => changeItem(model, change)));

/** The pages of /cap-nhat/, page 1 first. */
export function changesPages(model: PortalModel): ListPage<ChangeItem>[] {
  return paginate(changeItems(model), CHANGES_PER_PAGE, (number) => routes.changes(number));
}

export interface ChangesView extends PageView {
  heading: string;
  asOf: string;
  page: ListPage<ChangeItem>;
  urlOf: (page: number) => string;
  feedHref: string;
  demo: boolean;
}

/** /cap-nhat/ and /cap-nhat/trang/<n>/. */
export function changesView(model: PortalModel, page: ListPage<ChangeItem>): ChangesView {
  const base = 'Cập nhật tiến độ';
  const title = page.number > 1 ? `${base} (trang ${page.number})` : base;
  const description = `Mọi thay đổi trạng thái và giá trị trong báo cáo tiến độ của các cơ quan, đơn vị và phường, xã, mới nhất trước, tính đến ngày ${formatDateVi(model.site.asOf)}.`;
  return {
    layout: { site: model.site, title, description, image: pageImage(model.site, { title, description }), search: page.number === 1 ? infoPageSearchMeta(model, title) : undefined },
    breadcrumbs: page.number > 1 ? [{ label: base, href: routes.changes() }, { label: `Trang ${page.number}` }] : [{ label: base }],
    heading: title,
    asOf: model.site.asOf,
    page,
    urlOf: (number) => routes.changes(number),
    feedHref: routes.changesFeed(),
    demo: page.items.some((item) => item.demo),
  };
}

export interface LatestChangesView {
  items: ChangeItem[];
  total: number;
  allHref: string;
  feedHref: string;
  asOf: string;
}

/** The latest changes, for the home page. */
export function latestChangesView(model: PortalModel, limit = 5): LatestChangesView {
  const items = changeItems(model);
  return { items: items.slice(0, limit), total: items.length, allHref: routes.changes(), feedHref: routes.changesFeed(), asOf: model.site.asOf };
}

/** The changes of one unit, newest first. */
export const unitChangeItems = (model: PortalModel, unitId: string): ChangeItem[] => [...(changeItemsByUnit(changeItems(model)).get(unitId) ?? [])];

const changeItemsByUnit = memoized((items: readonly ChangeItem[]) => Map.groupBy(items, (item) => item.unitId));

/** Vietnam's offset: a change dated 2024-08-11 happened on that day in Hà Nội. */
const VIETNAM_OFFSET = '+07:00';

/** A feed item with a guid of its own: several changes share one indicator page as their link. */
export type ChangeFeedItem = PostFeedItem & { customData: string };

/**
 * Feed items for changes (wrapped by @astrojs/rss, which escapes every field).
 * The description is HTML-escaped text; the guid is the change's id, stable across builds.
 */
export function changeFeedItems(items: readonly ChangeItem[]): ChangeFeedItem[] {
  return items.map((item) => {
    const where = (field: string) => `${field} của thay đổi ${item.id}`;
    const description = [
      item.demo ? 'Số liệu minh họa.' : '',
      `${item.unitName}, ${item.indicatorLabel}.`,
      `${item.summary}.`,
      item.note ? `Ghi chú: ${item.note}` : '',
      item.evidence.length > 0 ? `Minh chứng: ${item.evidence.map((evidence) => evidence.title).join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      title: feedText(`${item.unitName} — Chỉ số ${item.indicatorId}: ${item.summary}`, where('tiêu đề')),
      link: item.indicatorHref,
      pubDate: new Date(`${item.date}T00:00:00${VIETNAM_OFFSET}`),
      description: escapeHtml(feedText(description, where('mô tả'))),
      categories: [item.unitName, `Chỉ số ${item.indicatorId}`].map((category) => feedText(category, where('chuyên mục'))),
      // The id is made of a unit id, an indicator id and a date: no character needs escaping in XML.
      customData: `<guid isPermaLink="false">cap-nhat:${item.id}</guid>`,
    };
  });
}
