/**
 * What the rules before saving need to know of the rest of the content, generated at build time
 * with the configuration and put ahead of their script (/quan-tri/quy-tac.js): the editor sees one
 * entry, the check sees them all (docs/adr/0014-browser-editor.md).
 * Pure: a model in, plain data out.
 */
import type { Unit } from '../content/schemas/unit.ts';
import type { Post } from '../posts/schema.ts';
import { POSTS_FOLDER, type CmsModelInput } from './config.ts';
import { CMS_RULES_DATA_GLOBAL } from './names.ts';

/** A unit as its posts are checked against it: the days it existed. */
export type RulesUnit = Pick<Unit, 'name' | 'validFrom' | 'validTo'>;

export interface CmsRulesData {
  /** Each unit with a posts collection, by id (the collection is `bai-viet-<id>`). */
  units: Record<string, RulesUnit>;
  /**
   * Every post's slug (the file name after its date) with its file in the repository, as the deploy knows them:
   * posts created since are not in it. Repository paths, not the build's own, so every build writes the same script.
   */
  postSlugs: Record<string, string>;
  /**
   * Every file under public/ as a decoded site path (`/minh-chung/qd-12.pdf`), sorted: what an evidence `file`
   * may name. Files added since the deploy are not in it, unless uploaded with the entry.
   */
  publicFiles: string[];
}

/** The model parts the data reads. */
export type CmsRulesInput = Pick<CmsModelInput, 'unitsByKind'> & { posts?: readonly Pick<Post, 'slug' | 'path'>[] | undefined };

/** What the data needs from outside content/: the files under public/ (src/lib/cms/write-fs.ts lists them). */
export interface CmsRulesFiles {
  publicFiles?: readonly string[] | undefined;
}

/**
 * The data, for the units the configuration gives a posts collection.
 * @example buildCmsRulesData(model).units['phuong-tran-phu']; // { name: 'Phường Trần Phú' }
 */
export function buildCmsRulesData(model: CmsRulesInput, files: CmsRulesFiles = {}): CmsRulesData {
  const units: Record<string, RulesUnit> = {};
  for (const unit of model.unitsByKind().flatMap((group) => group.units)) {
    units[unit.id] = { name: unit.name, ...(unit.validFrom ? { validFrom: unit.validFrom } : {}), ...(unit.validTo ? { validTo: unit.validTo } : {}) };
  }
  const postSlugs: Record<string, string> = {};
  for (const post of model.posts ?? []) postSlugs[post.slug] ??= `${POSTS_FOLDER}/${post.path}`;
  // Code-unit order, not the locale's: the same bytes on every machine.
  const publicFiles = [...(files.publicFiles ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { units, postSlugs, publicFiles };
}

/** The script line that hands the data to the rules (JSON is a JavaScript expression; the file is a script of its own, not inline HTML). */
export function rulesDataScript(data: CmsRulesData): string {
  return `globalThis.${CMS_RULES_DATA_GLOBAL}=${JSON.stringify(data)};\n`;
}
