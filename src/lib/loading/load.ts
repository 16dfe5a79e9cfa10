import { ContentValidationError, type ContentIssue } from '../content/errors.ts';
import { parseAndValidate, type ParsedFile, type SourceText } from '../content/parse-file.ts';
import { indicatorsFileSchema, type Indicator } from '../content/schemas/indicator.ts';
import { legalDocumentsFileSchema, type LegalDocument } from '../content/schemas/legal-document.ts';
import { pillarsFileSchema, type Pillar } from '../content/schemas/pillar.ts';
import type { PlanFrontmatter } from '../content/schemas/plan.ts';
import { progressFileSchema, type ProgressFile } from '../content/schemas/progress.ts';
import { relatedLinksFileSchema, type RelatedLink } from '../content/schemas/related-link.ts';
import { siteSchema, type Site } from '../content/schemas/site.ts';
import { unitsFileSchema, type Unit, type UnitGroup } from '../content/schemas/unit.ts';
import { checkLegalDocuments } from '../documents/check.ts';
import { checkSiteEnglish } from '../english/check.ts';
import { checkRelatedLinks } from '../links/check.ts';
import { checkIndicators, checkPillars } from '../plan/check.ts';
import { checkIndicatorPoints } from '../priorities/check.ts';
import { parsePlans } from '../plan-document/parse.ts';
import type { Post } from '../posts/schema.ts';
import { validatePosts, type PostSources } from '../posts/validate.ts';
import { validateProgressFiles } from '../progress/validate.ts';
import { checkAsOf } from '../timeline/check.ts';
import { checkSiteOwner, checkUnits, exampleUnitId } from '../units/check.ts';

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
  /** Today's date (YYYY-MM-DD, Vietnam time) where the portal is built: no published post, report, evidence or document, nor `asOf`, may be dated later. Unset: not checked. */
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
  /** The build day the content was checked against (LoadOptions.today), when it was. */
  today?: string;
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
  const plans = parsePlans(sources.plans, issues);
  const progress = (sources.progress ?? [])
    .map((source) => parseAndValidate(source, progressFileSchema, issues, 'báo cáo chỉ số'))
    .filter((file): file is ParsedFile<ProgressFile> => file !== undefined);
  if (!pillars || !units) throw new ContentValidationError(issues);

  // Each feature's check, in this order: the order of the messages an editor reads.
  checkPillars(pillars, issues);
  const unitIds = new Set(checkUnits(units, issues).map(({ item }) => item.id));
  const pillarIds = new Set(pillars.data.map((pillar) => pillar.id));
  const exampleUnit = exampleUnitId(units.data);
  const agencies = [...units.data.units, ...units.data.groups];
  const indicatorEntries = checkIndicators(indicatorFiles, { pillarIds, unitIds, agencies, unitsFile: units.file, exampleUnit }, issues);
  checkIndicatorPoints(indicatorEntries, pillars.data, pillars.file, issues);
  const indicators = indicatorEntries.map(({ item }) => item);
  if (site) checkSiteOwner(site, unitIds, units.file, exampleUnit, issues);
  if (site) checkAsOf(site, options.today, issues);
  const documentFiles = (sources.documents ?? [])
    .map((source) => parseAndValidate(source, legalDocumentsFileSchema, issues, 'văn bản'))
    .filter((file): file is ParsedFile<LegalDocument[]> => file !== undefined);
  const indicatorsDir = sources.indicators[0]?.file.replace(/[^/]+$/, '') ?? 'content/indicators/';
  checkLegalDocuments(documentFiles, new Set(indicators.map(({ id }) => id)), indicatorsDir, issues, options.today);
  const links = sources.links && parseAndValidate(sources.links, relatedLinksFileSchema, issues, 'liên kết');
  if (links) checkRelatedLinks(links, issues);
  if (site) checkSiteEnglish(site, pillarIds, pillars.file, issues);
  // Reports are read against the plan only once the plan itself is sound.
  if (site && issues.length === 0) {
    const { year } = site.data;
    const publicFileExists = options.publicFileExists ?? (() => true);
    issues.push(...validateProgressFiles(progress, { indicators, units: units.data.units, groups: units.data.groups, year, today: options.today, publicFileExists }));
  }
  const posts = sources.posts
    ? validatePosts(sources.posts, { units: units.data.units, pillars: pillars.data, indicators, unitsFile: units.file, today: options.today }, issues)
    : [];
  if (issues.length > 0 || !site) throw new ContentValidationError(issues);

  return {
    site: site.data,
    pillars: pillars.data,
    units: units.data.units,
    groups: units.data.groups,
    indicators,
    plans,
    documents: documentFiles.flatMap((file) => file.data),
    links: links ? links.data : [],
    progressFiles: progress.map((file) => file.data),
    posts,
    ...(options.today ? { today: options.today } : {}),
  };
}
