/**
 * Turns what Pagefind returns for one result into what the search page shows:
 * type, unit, date, status and an excerpt with the matched words marked.
 * Pure and DOM-free, so the client script only has to place text nodes.
 */
import { EFFECTIVE_STATUS_LABELS, EFFECTIVE_STATUSES, type EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { formatDateVi, formatMonthVi } from '../format/date.ts';
import { isSearchPageType, SEARCH_PAGE_TYPE_LABELS, type SearchPageType } from './page-types.ts';
import { decodeIndexText } from './index-text.ts';
import { EXCERPT_LENGTH } from './pagefind-options.ts';
import { buildSnippet } from './snippet.ts';

/** The part of Pagefind's result data the page reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The indexed text of the page and the positions of its matched words in it; the snippet is cut from these (snippet.ts). */
  content?: string;
  locations?: number[];
}

/** A run of excerpt text; `mark` when Pagefind matched it. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export interface SearchResultView {
  url: string;
  title: string;
  type?: SearchPageType;
  typeLabel?: string;
  /** The responsible or publishing units, as display text. */
  units?: string;
  /** ISO date or month, for `<time datetime>`. */
  date?: string;
  /** The date in Vietnamese form: 05/03/2024, or tháng 02/2024. */
  dateText?: string;
  /** What the date is: "Ngày đăng", "Cập nhật"… */
  dateLabel?: string;
  status?: EffectiveStatus;
  statusLabel?: string;
  /** The page, or the figures behind its status, are demonstration data. */
  demo: boolean;
  excerpt: ExcerptSegment[];
}

/** What a result's date means, by type of page. */
export const DATE_LABELS: Record<SearchPageType, string> = {
  post: 'Ngày đăng',
  indicator: 'Cập nhật',
  unit: 'Cập nhật',
  pillar: 'Số liệu đến',
  plan: 'Ban hành',
  document: 'Ban hành',
  page: 'Số liệu đến',
};

const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/** Pagefind escapes only < and > in excerpts; readers must see the original characters. */
const unescapeExcerpt = (text: string) => decodeIndexText(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

/**
 * Splits a Pagefind excerpt into plain and marked runs, decoding đ and the
 * escaped angle brackets. Never returns HTML: the page renders text nodes.
 *
 * @example
 * excerptToSegments('Chuyển <mark>d\u0335ổi</mark> số &lt;b&gt;');
 * // [{ text: 'Chuyển ', mark: false }, { text: 'đổi', mark: true }, { text: ' số <b>', mark: false }]
 */
export function excerptToSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(MARK)) {
    if (match.index > last) segments.push({ text: unescapeExcerpt(excerpt.slice(last, match.index)), mark: false });
    segments.push({ text: unescapeExcerpt(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: unescapeExcerpt(excerpt.slice(last)), mark: false });
  return segments.filter((segment) => segment.text.length > 0);
}

/**
 * A date from the index in Vietnamese form; undefined when it is neither
 * 'YYYY-MM-DD', 'YYYY-MM' nor 'YYYY'.
 * @example formatSearchDate('2024-03-05'); // '05/03/2024'
 * @example formatSearchDate('2024-02'); // 'tháng 02/2024'
 * @example formatSearchDate('2022'); // 'năm 2022'
 */
export function formatSearchDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVi(value);
    if (/^\d{4}-\d{2}$/.test(value)) return formatMonthVi(value);
    if (/^\d{4}$/.test(value)) return `năm ${value}`;
  } catch {
    // An impossible date (2024-02-30) is left unshown rather than shown wrong.
  }
  return undefined;
}

const isStatus = (value: string | undefined): value is EffectiveStatus =>
  value !== undefined && (EFFECTIVE_STATUSES as readonly string[]).includes(value);

/**
 * The view of one result.
 * @example
 * toResultView({ url: '/chi-so/1-4/', excerpt: '…', meta: { title: 'Chỉ số 1.4', type: 'indicator', status: 'overdue', date: '2024-10-15' } });
 * // { url: '/chi-so/1-4/', title: 'Chỉ số 1.4', typeLabel: 'Chỉ số', statusLabel: 'Quá hạn', dateText: '15/10/2024', … }
 */
export function toResultView(data: PagefindResultData): SearchResultView {
  const meta = data.meta;
  const type = meta.type && isSearchPageType(meta.type) ? meta.type : undefined;
  const status = isStatus(meta.status) ? meta.status : undefined;
  const dateText = formatSearchDate(meta.date);
  return {
    url: data.url,
    title: decodeIndexText(meta.title?.trim() || data.url),
    ...(type && { type, typeLabel: SEARCH_PAGE_TYPE_LABELS[type] }),
    // A unit's own page is its title; repeating it as "Đơn vị: …" says nothing.
    ...(meta.units && type !== 'unit' && { units: decodeIndexText(meta.units) }),
    ...(dateText && { date: meta.date, dateText, dateLabel: type ? DATE_LABELS[type] : 'Ngày' }),
    ...(status && { status, statusLabel: EFFECTIVE_STATUS_LABELS[status] }),
    demo: meta.demo === 'true',
    // Cut at clause boundaries from the page's text; Pagefind's own excerpt when the text is missing.
    excerpt: typeof data.content === 'string' && Array.isArray(data.locations) ? buildSnippet(data.content, data.locations, { length: EXCERPT_LENGTH }) : excerptToSegments(data.excerpt),
  };
}
