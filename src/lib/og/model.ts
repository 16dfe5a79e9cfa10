/**
 * What each social image draws. A model holds exactly the text and figures
 * its image shows, already formatted, and nothing else: its hash is the
 * image's cache key, so a change that does not alter the picture never
 * re-renders it, and one that does always does.
 */
import type { EffectiveStatus } from '../content/schemas/taxonomies.ts';

/** The kinds of page that have their own image design, declared once. */
export const OG_IMAGE_KINDS = ['home', 'plan', 'pillar', 'indicator', 'unit', 'post', 'page', 'priorities'] as const;
export type OgImageKind = (typeof OG_IMAGE_KINDS)[number];

/** Labels drawn in each image's top line. */
export const OG_KIND_LABELS: Record<OgImageKind, string> = {
  home: 'Cổng công khai',
  plan: 'Kế hoạch',
  pillar: 'Trụ cột',
  indicator: 'Chỉ số',
  unit: 'Đơn vị',
  post: 'Tin chuyển đổi số',
  page: 'Trang',
  priorities: 'Ưu tiên',
};

/** Social images are drawn at the size Facebook and Zalo recommend. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** What every image shows: the portal's name and the date of its figures. */
export interface OgFrame {
  siteName: string;
  /** `site.asOf` as dd/mm/yyyy. */
  asOf: string;
  /** Whether the image shows demonstration figures; drawn as a "Dữ liệu minh họa" badge. */
  demo: boolean;
}

/** A completion figure: the percentage as pages show it (one decimal), and its label. */
export interface OgCompletion {
  /** 0–100, rounded as in the open data; undefined when nothing applies. */
  percent?: number;
  /** e.g. "59,4%" or "Không áp dụng". */
  label: string;
}

/** A status as text; colour and shape only repeat it. */
export interface OgStatus {
  status: EffectiveStatus;
  label: string;
}

/** A figure with its caption, e.g. { value: '79', label: 'chỉ số' }. */
export interface OgFigure {
  value: string;
  label: string;
}

export interface OgHomeImage {
  kind: 'home';
  frame: OgFrame;
  /** The portal's tagline; its name is in the frame. */
  title: string;
  completion: OgCompletion;
  figures: OgFigure[];
  /** Change since the previous quarter end, in words: "Tăng 5,2 điểm % so với 30/09/2024". */
  change?: string;
}

export interface OgPlanImage {
  kind: 'plan';
  frame: OgFrame;
  title: string;
  /** Issuer and date, e.g. "Ủy ban nhân dân thành phố Bắc Giang · tháng 02/2024". */
  issued: string;
  completion: OgCompletion;
  figures: OgFigure[];
}

export interface OgPillarImage {
  kind: 'pillar';
  frame: OgFrame;
  /** e.g. "Trụ cột 1 · 100 điểm". */
  kicker: string;
  title: string;
  completion: OgCompletion;
  figures: OgFigure[];
}

export interface OgIndicatorImage {
  kind: 'indicator';
  frame: OgFrame;
  id: string;
  /** Plain text, emphasis markers removed. */
  title: string;
  pillar: string;
  /** The lead unit(s) by name; a group by its own name; empty when the row names none. */
  lead: string;
  status: OgStatus;
  completion: OgCompletion;
}

/** A unit's posts against its target on the indicator counted from posts (1.4). */
export interface OgPostCount {
  indicatorId: string;
  count: number;
  /** e.g. "trên 20 tin, bài". */
  target: string;
  met: boolean;
  /** 0–100, the bar's fill. */
  percent: number;
}

export interface OgUnitImage {
  kind: 'unit';
  frame: OgFrame;
  name: string;
  /** e.g. "Phường" or "Cơ quan, đơn vị thành phố". */
  kindLabel: string;
  completion: OgCompletion;
  figures: OgFigure[];
  posts?: OgPostCount;
  /** Change since the previous quarter end, in words: "Tăng 5,2 điểm % so với 30/09/2024, lên 2 bậc". */
  change?: string;
}

export interface OgPostImage {
  kind: 'post';
  frame: OgFrame;
  title: string;
  unit: string;
  /** dd/mm/yyyy. */
  date: string;
}

/** Any other page: its title and description. */
export interface OgPageImage {
  kind: 'page';
  frame: OgFrame;
  title: string;
  description: string;
}

/** /uu-tien/: the first tasks of the list, each with what completing it adds (issue 16). */
export interface OgPrioritiesImage {
  kind: 'priorities';
  frame: OgFrame;
  title: string;
  /** At most 3: e.g. { gain: '+1,8 điểm %', label: '6.13 · Phường Trần Phú: Tỷ lệ hồ sơ…' }. */
  items: { gain: string; label: string }[];
  /** "Hoàn thành 5 việc đầu danh sách, … tăng từ 41,2% lên 46,8%."; empty when nothing is open. */
  whatIf: string;
}

export type OgImageModel = OgHomeImage | OgPlanImage | OgPillarImage | OgIndicatorImage | OgUnitImage | OgPostImage | OgPageImage | OgPrioritiesImage;

/** One image to produce: the page it belongs to, where it goes, and what it draws. */
export interface OgImageJob {
  /** The page's root-relative path, e.g. "/chi-so/1-2-1/". */
  pagePath: string;
  /** The image's root-relative path, e.g. "/og/chi-so/1-2-1.png". */
  imagePath: string;
  model: OgImageModel;
}
