/**
 * The browser editor's configuration (Decap CMS `config.yml`), generated from
 * the content and the validator's schemas so it cannot drift from the check
 * (docs/adr/0014-browser-editor.md). Pure: a portal model in, an object out.
 */
import { stringify } from 'yaml';
import type { Indicator } from '../content/schemas/indicator.ts';
import { shareIdenticalObjects } from './shared-objects.ts';
import type { Site } from '../content/schemas/site.ts';
import type { Unit } from '../content/schemas/unit.ts';
import type { PortalModel } from '../portal/model.ts';
import { CMS_SLUG_CONFIG, POSTS_COLLECTION_PREFIX, PROGRESS_COLLECTION } from './names.ts';
import { getParentId } from '../plan/indicator-id.ts';
import { targetForUnit } from '../progress/target.ts';
import { fieldsOf, postWidgets, progressFileWidgets, POST_BODY_FIELD, type CmsField, type CmsOption, type ReportableIndicator } from './fields.ts';

/** Where the editor is served. */
export const CMS_PATH = '/quan-tri/';

/** The posts and progress folders, relative to the repository root (src/lib/content/layout.ts). */
export const POSTS_FOLDER = 'content/posts';
const PROGRESS_FOLDER = 'content/progress';

/** A collection of config.yml. */
export interface CmsCollection {
  name: string;
  label: string;
  [option: string]: unknown;
}

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string; open_authoring: true; squash_merges: true; [option: string]: unknown };
  publish_mode: 'editorial_workflow';
  local_backend: true;
  locale: 'vi';
  site_url: string;
  media_folder: string;
  public_folder: string;
  editor: { preview: false };
  slug: typeof CMS_SLUG_CONFIG;
  collections: CmsCollection[];
}

/** The model parts the configuration reads. */
export type CmsModelInput = Pick<PortalModel, 'site' | 'pillars' | 'indicators' | 'unitsByKind' | 'assignmentsOf' | 'progressFiles'>;

/** Thrown when site.yaml has no `repository`: the editor has nowhere to open pull requests. */
export class MissingRepositoryError extends Error {}

/** "1.4 · Tỷ lệ …", cut so a select list stays readable. */
function indicatorOption(indicator: Indicator, separator = ' · '): CmsOption {
  const title = indicator.title.length > 90 ? `${indicator.title.slice(0, 89)}…` : indicator.title;
  return { label: `${indicator.id}${separator}${title}`, value: indicator.id };
}

/**
 * The indicators a unit reports on by hand, as the check accepts them (src/lib/progress/validate.ts):
 * those it leads, without parents (computed from their children) and those counted from posts.
 */
export function reportableIndicators(unit: Unit, model: Pick<CmsModelInput, 'indicators' | 'assignmentsOf'>): ReportableIndicator[] {
  const parents = new Set(model.indicators.map((indicator) => getParentId(indicator.id)).filter(Boolean));
  return model
    .assignmentsOf(unit)
    .lead.filter((indicator) => !parents.has(indicator.id) && indicator.progressSource !== 'posts')
    .map((indicator) => ({ id: indicator.id, label: indicatorOption(indicator, ' — ').label, target: targetForUnit(indicator.targets, unit) }));
}

function postsCollection(unit: Unit, fields: CmsField[]): CmsCollection {
  return {
    name: `${POSTS_COLLECTION_PREFIX}${unit.id}`,
    label: `Bài viết · ${unit.name}`,
    label_singular: 'bài viết',
    description: `Tin bài về chuyển đổi số của ${unit.name} (chỉ số 1.4), trong ${POSTS_FOLDER}/${unit.id}/.`,
    folder: `${POSTS_FOLDER}/${unit.id}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    // <yyyy-mm-dd>-<slug>.md (src/lib/posts/path.ts): the date as typed, the title without diacritics.
    slug: '{{fields.date}}-{{slug | lower}}',
    identifier_field: 'title',
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    // Images beside the post, written as "./anh.jpg".
    media_folder: '',
    public_folder: '',
    fields,
  };
}

/**
 * The whole configuration: one posts collection per unit folder, and one
 * collection of every unit's progress file.
 * @throws {MissingRepositoryError} When site.yaml has no `repository`.
 */
export function buildCmsConfig(model: CmsModelInput): CmsConfig {
  const { site } = model;
  if (!site.repository) throw new MissingRepositoryError('site.yaml cần mục repository (github, branch) để trình soạn thảo /quan-tri/ mở yêu cầu hợp nhất.');
  const units = model.unitsByKind().flatMap((group) => group.units);
  const pillarOptions: CmsOption[] = model.pillars.map((pillar) => ({ label: `${pillar.id}. ${pillar.name}`, value: pillar.id }));
  const allIndicators = model.indicators.map((indicator) => indicatorOption(indicator));
  const posts = units.map((unit) => postsCollection(unit, [...fieldsOf(postWidgets(unit.id, pillarOptions, allIndicators)), POST_BODY_FIELD]));
  // Decap edits files that exist: a unit without content/progress/<unit>.yaml starts it from the Excel template or GitHub.
  const withFile = new Set(model.progressFiles.map((file) => file.unit));
  const reporting = units.filter((unit) => withFile.has(unit.id));
  const progress: CmsCollection = {
    name: PROGRESS_COLLECTION,
    label: 'Báo cáo tiến độ',
    label_singular: 'báo cáo tiến độ',
    description: `Mỗi đơn vị một tệp ${PROGRESS_FOLDER}/<mã đơn vị>.yaml: trạng thái, giá trị, minh chứng của từng chỉ số đơn vị chủ trì.`,
    extension: 'yaml',
    format: 'yaml',
    files: reporting.map((unit) => ({
      name: unit.id,
      label: unit.name,
      file: `${PROGRESS_FOLDER}/${unit.id}.yaml`,
      fields: fieldsOf(progressFileWidgets(unit.id, reportableIndicators(unit, model))),
    })),
  };
  return {
    backend: {
      name: 'github',
      repo: site.repository.github,
      branch: site.repository.branch,
      open_authoring: true,
      squash_merges: true,
      // Signing in on the published site goes through the maintainers' OAuth provider (site.yaml editorAuth).
      ...(site.editorAuth ? { base_url: editorAuthOrigin(site)!, auth_endpoint: site.editorAuth.endpoint } : {}),
    },
    publish_mode: 'editorial_workflow',
    local_backend: true,
    locale: 'vi',
    site_url: site.baseUrl,
    media_folder: 'public/minh-chung',
    public_folder: '/minh-chung',
    // The portal's own pages are the preview; Decap's unstyled one would only mislead.
    editor: { preview: false },
    slug: CMS_SLUG_CONFIG,
    collections: [...posts, progress],
  };
}

/**
 * The origin of the OAuth provider the editor signs in through, or undefined when site.yaml sets none.
 * @example editorAuthOrigin({ editorAuth: { baseUrl: 'https://dang-nhap.example.vn/', endpoint: 'auth' } }); // 'https://dang-nhap.example.vn'
 */
export function editorAuthOrigin(site: Pick<Site, 'editorAuth'>): string | undefined {
  return site.editorAuth ? new URL(site.editorAuth.baseUrl).origin : undefined;
}

/** config.yml's text, with a header saying where it comes from. */
export function serializeCmsConfig(config: CmsConfig, site: Pick<Site, 'name'>): string {
  const header = [
    `# Cấu hình trình soạn thảo ${CMS_PATH} (Decap CMS) của ${site.name}.`,
    '# Tệp này được SINH khi dựng trang (src/lib/cms/config.ts) từ content/ và các lược đồ kiểm tra: đừng sửa tay.',
  ].join('\n');
  // Every unit repeats the same report types and post fields: each is written once and aliased (shared-objects.ts).
  return `${header}\n${stringify(shareIdenticalObjects(config), { lineWidth: 0, aliasDuplicateObjects: true })}`;
}
