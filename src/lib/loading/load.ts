import { getParentId, getPillarNumber } from '../plan/indicator-id.ts';
import { createAgencyResolver, findAmbiguousAliases } from '../units/resolve.ts';
import { ContentValidationError, type ContentIssue } from '../content/errors.ts';
import { checkPlanBody } from '../plan-document/body-check.ts';
import { describeEntry, parseAndValidate, type ParsedFile, type SourceText } from '../content/parse-file.ts';
import { indicatorsFileSchema, type Indicator } from '../content/schemas/indicator.ts';
import { pillarsFileSchema, type Pillar } from '../content/schemas/pillar.ts';
import { planSchema, type PlanFrontmatter } from '../content/schemas/plan.ts';
import { progressFileSchema, type ProgressFile } from '../content/schemas/progress.ts';
import { validateProgressFiles } from '../progress/validate.ts';
import { siteSchema, type Site } from '../content/schemas/site.ts';
import { unitsFileSchema, type Unit, type UnitGroup } from '../content/schemas/unit.ts';
import { legalDocumentsFileSchema, type LegalDocument } from '../content/schemas/legal-document.ts';
import { relatedLinksFileSchema, type RelatedLink } from '../content/schemas/related-link.ts';
import { checkLegalDocuments } from '../documents/check.ts';
import { checkSiteEnglish } from '../english/check.ts';
import { checkRelatedLinks } from '../links/check.ts';
import type { Post } from '../posts/schema.ts';
import { validatePosts, type PostSources } from '../posts/validate.ts';

/** The raw text of every content file the portal needs. */
export interface ContentSources {
  site: SourceText;
  pillars: SourceText;
  units: SourceText;
  indicators: SourceText[];
  plans: SourceText[];
  /** content/progress/<unit>.yaml; optional so a site can start without reports. */
  progress?: SourceText[];
  /** content/documents/*.yaml: the legal documents the plan cites. */
  documents?: SourceText[];
  /** content/links.yaml: related agencies' portals; a site may have none. */
  links?: SourceText;
  /** content/posts/<unit>/*.md|mdx and their images; a site may have no posts. */
  posts?: PostSources;
}

/** Checks that need the file system, injected so this module stays pure. */
export interface LoadOptions {
  /** Whether a file exists under public/, e.g. "/minh-chung/qd-12.pdf". */
  publicFileExists?: (path: string) => boolean;
  /** Today's date (YYYY-MM-DD) where the portal is built: no published post may be dated later. Unset: not checked. */
  today?: string;
}

/** Validated content, with cross-references checked. */
export interface PortalContent {
  site: Site;
  pillars: Pillar[];
  units: Unit[];
  groups: UnitGroup[];
  indicators: Indicator[];
  plans: { file: string; frontmatter: PlanFrontmatter }[];
  progressFiles: ProgressFile[];
  /** Legal documents the plan cites, in file order; the build reads them through their own collection. */
  documents?: LegalDocument[];
  /** Related agencies' portals, in file order. */
  links?: RelatedLink[];
  /** News posts (indicator 1.4), drafts included, in file order; pages read them through the posts collection. */
  posts?: Post[];
}

/** Splits `---` frontmatter from a Markdown/MDX file, keeping line offsets. */
export function splitFrontmatter(text: string): { yaml: string; lineOffset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', lineOffset: 1 } : undefined;
}

function at<T>(file: ParsedFile<T>, path: PropertyKey[], label: string, issue: Omit<ContentIssue, 'file'>): ContentIssue {
  const position = file.locate(path);
  const { entry } = describeEntry(file.raw, path, label);
  return { file: file.file, line: position?.line, column: position?.column, entry, ...issue };
}

function checkDuplicates<T extends { id: string | number }>(
  entries: { item: T; file: ParsedFile<unknown>; path: PropertyKey[] }[],
  label: string,
  issues: ContentIssue[],
): void {
  const firstSeen = new Map<string, { file: string; line?: number }>();
  for (const { item, file, path } of entries) {
    const key = String(item.id);
    const first = firstSeen.get(key);
    const line = file.locate(path)?.line;
    if (first) {
      issues.push(at(file, [...path, 'id'], label, {
        field: 'id',
        message: `mã "${key}" bị trùng; đã dùng ở ${first.file}${first.line ? ` dòng ${first.line}` : ''}`,
        fix: 'mỗi mã chỉ được dùng một lần: đổi mã này hoặc xóa mục trùng',
      }));
    } else {
      firstSeen.set(key, { file: file.file, line });
    }
  }
}

/**
 * Validates every content file and every reference between them. Throws one
 * ContentValidationError listing all problems, so an editor sees them at once.
 * @example
 * const content = loadPortalContent(sources); // throws ContentValidationError on bad input
 */
export function loadPortalContent(sources: ContentSources, options: LoadOptions = {}): PortalContent {
  const issues: ContentIssue[] = [];
  const site = parseAndValidate(sources.site, siteSchema, issues);
  const pillars = parseAndValidate(sources.pillars, pillarsFileSchema, issues, 'trụ cột');
  const units = parseAndValidate(sources.units, unitsFileSchema, issues, 'đơn vị');
  const indicatorFiles = sources.indicators
    .map((source) => parseAndValidate(source, indicatorsFileSchema, issues, 'chỉ số'))
    .filter((file): file is ParsedFile<Indicator[]> => file !== undefined);
  const plans = sources.plans.flatMap((source) => {
    const frontmatter = splitFrontmatter(source.text);
    if (!frontmatter) {
      issues.push({ file: source.file, line: 1, message: 'thiếu phần đầu (frontmatter) giữa hai dòng ---', fix: 'thêm các trường title, number… giữa hai dòng "---" ở đầu tệp' });
      return [];
    }
    const parsed = parseAndValidate({ file: source.file, text: frontmatter.yaml }, planSchema, issues);
    issues.push(...checkPlanBody(source));
    if (!parsed) return [];
    return [{ file: source.file, frontmatter: parsed.data }];
  });
  const progress = (sources.progress ?? [])
    .map((source) => parseAndValidate(source, progressFileSchema, issues, 'báo cáo chỉ số'))
    .filter((file): file is ParsedFile<ProgressFile> => file !== undefined);
  if (!pillars || !units) throw new ContentValidationError(issues);

  checkDuplicates(pillars.data.map((item, index) => ({ item, file: pillars, path: [index] })), 'trụ cột', issues);
  checkDuplicates(
    pillars.data.map((pillar, index) => ({ item: { id: pillar.slug }, file: pillars, path: [index] })),
    'trụ cột',
    issues,
  );
  const unitEntries: { item: { id: string }; file: ParsedFile<unknown>; path: PropertyKey[] }[] = [
    ...units.data.units.map((item, index) => ({ item, file: units, path: ['units', index] })),
    ...units.data.groups.map((item, index) => ({ item, file: units, path: ['groups', index] })),
  ];
  checkDuplicates(unitEntries, 'đơn vị', issues);
  for (const { alias, ids } of findAmbiguousAliases([...units.data.units, ...units.data.groups])) {
    issues.push({
      file: units.file,
      message: `tên gọi "${alias}" thuộc về nhiều đơn vị: ${ids.join(', ')}; không thể biết văn bản nói đến đơn vị nào`,
      fix: 'mỗi tên gọi (name, shortName, aliases) chỉ được thuộc về một đơn vị',
    });
  }

  const indicatorEntries = indicatorFiles.flatMap((file) =>
    file.data.map((item, index) => ({ item, file, path: [index] as PropertyKey[] })),
  );
  checkDuplicates(indicatorEntries, 'chỉ số', issues);

  const refIds = new Set(unitEntries.map(({ item }) => item.id));
  const pillarIds = new Set(pillars.data.map((pillar) => pillar.id));
  const indicatorIds = new Set(indicatorEntries.map(({ item }) => item.id));
  const parentIds = new Set(indicatorEntries.map(({ item }) => getParentId(item.id)).filter(Boolean));
  const resolveAgencies = createAgencyResolver([...units.data.units, ...units.data.groups]);
  const exampleUnit = units.data.units[0]?.id ?? 'phong-vhtt';

  for (const { item, file, path } of indicatorEntries) {
    const pillar = getPillarNumber(item.id);
    if (!pillarIds.has(pillar)) {
      issues.push(at(file, [...path, 'id'], 'chỉ số', {
        field: 'id',
        message: `chỉ số thuộc trụ cột ${pillar}, nhưng content/pillars.yaml không có trụ cột id ${pillar}`,
        fix: `dùng mã bắt đầu bằng số của một trụ cột có thật (1–${Math.max(...pillarIds)}), hoặc thêm trụ cột ${pillar}`,
      }));
    }
    const parent = getParentId(item.id);
    if (parent && !indicatorIds.has(parent)) {
      issues.push(at(file, [...path, 'id'], 'chỉ số', {
        field: 'id',
        message: `chỉ số con "${item.id}" không có chỉ số cha "${parent}"`,
        fix: `thêm một mục "- id: \\"${parent}\\"" trước nó, hoặc sửa mã chỉ số`,
      }));
    }
    for (const field of ['lead', 'partners'] as const) {
      item[field].forEach((ref, index) => {
        if (!refIds.has(ref)) {
          issues.push(at(file, [...path, field, index], 'chỉ số', {
            field: `${field}[${index}]`,
            message: `không có đơn vị hay nhóm đơn vị nào mang mã "${ref}" trong ${units.file}`,
            fix: `dùng một mã có trong ${units.file}, ví dụ "${exampleUnit}", hoặc thêm đơn vị mới vào tệp đó`,
          }));
        }
      });
      const verbatim = item[field === 'lead' ? 'leadText' : 'partnersText'];
      if (verbatim) {
        const { ids, unmatched } = resolveAgencies(verbatim);
        const textField = field === 'lead' ? 'leadText' : 'partnersText';
        for (const name of unmatched) {
          issues.push(at(file, [...path, textField], 'chỉ số', {
            field: textField,
            message: `không nhận ra đơn vị "${name}"`,
            fix: `thêm cách viết này vào aliases của đơn vị tương ứng trong ${units.file}`,
          }));
        }
        if (unmatched.length === 0 && ids.join() !== item[field].join()) {
          issues.push(at(file, [...path, field], 'chỉ số', {
            field,
            message: `danh sách mã [${item[field].join(', ')}] không khớp với ${textField} "${verbatim}" (đọc ra [${ids.join(', ')}])`,
            fix: `ghi ${field}: [${ids.join(', ')}]`,
          }));
        }
      }
    }
    if (item.lead.length === 0 && !parentIds.has(item.id)) {
      issues.push(at(file, path, 'chỉ số', {
        field: 'lead',
        message: 'chỉ số chưa có cơ quan chủ trì',
        fix: `ghi lead: [${exampleUnit}]; chỉ dòng tiêu đề nhóm (có chỉ số con) mới được để trống`,
      }));
    }
  }
  if (site && !refIds.has(site.data.owner.unit)) {
    issues.push(at(site, ['owner', 'unit'], 'mục', {
      field: 'owner.unit',
      message: `không có đơn vị "${site.data.owner.unit}" trong ${units.file}`,
      fix: `dùng mã của cơ quan chủ quản, ví dụ "${exampleUnit}"`,
    }));
  }
  const documentFiles = (sources.documents ?? [])
    .map((source) => parseAndValidate(source, legalDocumentsFileSchema, issues, 'văn bản'))
    .filter((file): file is ParsedFile<LegalDocument[]> => file !== undefined);
  const indicatorsDir = sources.indicators[0]?.file.replace(/[^/]+$/, '') ?? 'content/indicators/';
  checkLegalDocuments(documentFiles, indicatorIds, indicatorsDir, issues, site?.data.asOf);
  const links = sources.links && parseAndValidate(sources.links, relatedLinksFileSchema, issues, 'liên kết');
  if (links) checkRelatedLinks(links, issues);
  if (site) checkSiteEnglish(site, pillarIds, pillars.file, issues);
  if (site && issues.length === 0) {
    issues.push(
      ...validateProgressFiles(progress, {
        indicators: indicatorEntries.map(({ item }) => item),
        units: units.data.units,
        groups: units.data.groups,
        year: site.data.year,
        asOf: site.data.asOf,
        publicFileExists: options.publicFileExists ?? (() => true),
      }),
    );
  }
  const posts = sources.posts
    ? validatePosts(sources.posts, { units: units.data.units, pillars: pillars.data, indicators: indicatorEntries.map(({ item }) => item), unitsFile: units.file, today: options.today }, issues)
    : [];
  if (issues.length > 0 || !site) throw new ContentValidationError(issues);

  return {
    site: site.data,
    pillars: pillars.data,
    units: units.data.units,
    groups: units.data.groups,
    indicators: indicatorEntries.map(({ item }) => item),
    plans,
    documents: documentFiles.flatMap((file) => file.data),
    links: links ? links.data : [],
    progressFiles: progress.map((file) => file.data),
    posts,
  };
}
