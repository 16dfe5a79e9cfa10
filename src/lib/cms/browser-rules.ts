/**
 * The editor page's own script (/quan-tri/quy-tac.js, bundled by src/lib/cms/write-fs.ts):
 * before Decap saves an entry, it drops the fields left empty and refuses, with the
 * reasons in Vietnamese, what `npm run check` would refuse (src/lib/cms/save-rules.ts).
 * Decap shows a thrown error as "Không thể giữ lại mục: …" and saves nothing.
 */
import { checkBeforeSave, emptyValuePaths, type DataPath, type UploadedFile } from './save-rules.ts';
// Decap's own slug function, so the new post's slug is the one Decap will write (bundled, not the whole CMS).
import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { CMS_RULES_DATA_GLOBAL, CMS_SLUG_CONFIG, PROGRESS_COLLECTION, POSTS_COLLECTION_PREFIX } from './names.ts';
import type { CmsRulesData } from './rules-data.ts';

/** The parts of Decap's Immutable entry this script reads. */
interface ImmutableData {
  toJS(): unknown;
  deleteIn(path: DataPath): ImmutableData;
}
/** One of the entry's media files: Decap keeps an upload's File on it until the entry is saved (`draft`). */
interface DecapMediaFile {
  get(key: 'path'): string | undefined;
  get(key: 'file'): Blob | undefined;
  get(key: 'draft'): boolean | undefined;
}
interface DecapEntry {
  get(key: 'data'): ImmutableData;
  get(key: 'mediaFiles'): { toArray(): DecapMediaFile[] } | undefined;
  get(key: 'collection' | 'path'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
}
interface DecapGlobal {
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: DecapEntry }) => Promise<ImmutableData | undefined> }): void;
}

/**
 * The files uploaded with the entry, read: Decap awaits a preSave handler (registry.js invokeEvent) and
 * adds an upload to the entry being edited as a draft media file holding its File (actions/mediaLibrary.ts).
 */
async function readUploads(entry: DecapEntry): Promise<UploadedFile[]> {
  const drafts = (entry.get('mediaFiles')?.toArray() ?? []).filter((media) => media.get('draft') && media.get('file') && media.get('path'));
  return Promise.all(drafts.map(async (media) => {
    const file = media.get('file')!;
    return { path: media.get('path')!, bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
  }));
}

/** Today in Vietnam (UTC+7), the day the check takes as today. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const cms = (globalThis as { CMS?: DecapGlobal }).CMS;
// Generated with the configuration and put ahead of this script (src/lib/cms/rules-data.ts).
const rulesData = (globalThis as Record<string, unknown>)[CMS_RULES_DATA_GLOBAL] as CmsRulesData | undefined;
cms?.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = entry.get('collection') ?? '';
    const kind = collection === PROGRESS_COLLECTION ? 'progress' : collection.startsWith(POSTS_COLLECTION_PREFIX) ? 'post' : undefined;
    if (!kind) return undefined;
    let data = entry.get('data');
    for (const path of emptyValuePaths(data.toJS())) data = data.deleteIn(path);
    const unit = kind === 'post' ? rulesData?.units[collection.slice(POSTS_COLLECTION_PREFIX.length)] : undefined;
    const values = data.toJS() as { title?: unknown };
    const newRecord = entry.get('newRecord') ?? false;
    // config.yml names a new post `{{fields.date}}-{{slug | lower}}`: Decap lowercases the title, then slugs it.
    const slug = kind === 'post' && newRecord && typeof values.title === 'string' ? sanitizeSlug(values.title.toLowerCase(), CMS_SLUG_CONFIG) : undefined;
    const problems = checkBeforeSave(values, { kind, path: entry.get('path'), newRecord, today: todayInVietnam(), unit, slug, postSlugs: rulesData?.postSlugs, publicFiles: rulesData?.publicFiles, uploads: await readUploads(entry) });
    if (problems.length > 0) throw new Error(`chưa lưu được, vì: ${problems.join(' ')}`);
    return data;
  },
});
