/**
 * The security corpus (test/fixtures/hostile/<family>/<case>/case.yaml):
 * each case is an attack, as edits to a copy of the malformed corpus's valid
 * base, with its expected outcome: `refused` with the exact message of
 * `npm run check` (expected.txt), or `neutralised` with what its built page
 * must and must not contain. See test/fixtures/hostile/README.md.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { applyEdit, BASE_CONTENT, EDIT_VERBS, type Edit, type EditPlaceholders } from './malformed-cases.ts';

export const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');
/** The secret every outside file holds: no output or page may ever show it. */
export const SECRET = 'BI-MAT-NGOAI-CONTENT';

interface CaseCommon {
  /** `<family>/<case>`, the folder relative to test/fixtures/hostile/. */
  name: string;
  family: string;
  dir: string;
  about: string;
  edits: Edit[];
  /** The check must finish within this many ms (pathological inputs). */
  budgetMs?: number;
}
export interface RefusedCase extends CaseCommon {
  outcome: 'refused';
  expectedFile: string;
}
export interface NeutralisedCase extends CaseCommon {
  outcome: 'neutralised';
  /** The built page, e.g. `/chuyen-doi-so/ten-bai/` or `/rss.xml`. */
  page: string;
  contains: string[];
  excludes: string[];
}
export type HostileCase = RefusedCase | NeutralisedCase;

const KEYS = new Set(['about', 'outcome', 'edits', 'budgetMs', 'page', 'contains', 'excludes']);

function caseFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (existsSync(join(path, 'case.yaml'))) found.push(path);
    else found.push(...caseFolders(path));
  }
  return found;
}

const asList = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

/** Reads and checks one case.yaml; a malformed case fails loudly, naming what is wrong. */
export function readHostileCase(dir: string): HostileCase {
  const name = relative(HOSTILE_DIR, dir).split(sep).join('/');
  const fail = (problem: string): never => {
    throw new Error(`test/fixtures/hostile/${name}/case.yaml: ${problem}`);
  };
  const data = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') fail('must be a mapping');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KEYS.has(key)) fail(`unknown key "${key}" (known: ${[...KEYS].join(', ')})`);
  if (typeof record.about !== 'string' || record.about.trim() === '') fail('needs "about": one line on what the attack is');
  if (!Array.isArray(record.edits) || record.edits.length === 0) fail('needs at least one edit');
  const edits = record.edits as Edit[];
  for (const edit of edits) {
    if (typeof edit?.file !== 'string') fail('every edit needs a "file" (relative to content/)');
    if (!Object.keys(edit).some((key) => (EDIT_VERBS as readonly string[]).includes(key))) fail(`edit of ${edit.file} has no verb (one of ${EDIT_VERBS.join(', ')})`);
  }
  if (record.budgetMs !== undefined && (typeof record.budgetMs !== 'number' || record.budgetMs <= 0)) fail('"budgetMs" must be a positive number of milliseconds');
  const common = { name, family: name.split('/')[0] ?? name, dir, about: record.about as string, edits, ...(record.budgetMs === undefined ? {} : { budgetMs: record.budgetMs as number }) };
  if (record.outcome === 'refused') {
    if (record.page !== undefined || record.contains !== undefined || record.excludes !== undefined) fail('a refused case has no page, contains or excludes: its message is in expected.txt');
    return { ...common, outcome: 'refused', expectedFile: join(dir, 'expected.txt') };
  }
  if (record.outcome === 'neutralised') {
    if (typeof record.page !== 'string' || !record.page.startsWith('/')) fail('a neutralised case needs "page", the built page path, e.g. /chuyen-doi-so/ten-bai/');
    const contains = asList(record.contains);
    const excludes = asList(record.excludes);
    if (contains.length === 0) fail('a neutralised case needs "contains": what its page must show (the exact escaped HTML)');
    return { ...common, outcome: 'neutralised', page: record.page as string, contains, excludes };
  }
  return fail('"outcome" must be refused or neutralised');
}

/** Every case under test/fixtures/hostile/, sorted by name. */
export function listHostileCases(): HostileCase[] {
  return caseFolders(HOSTILE_DIR)
    .map(readHostileCase)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The built file of a page path: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export function pageFile(page: string): string {
  const path = page.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** A copy of the base with the attacks applied, and what lies outside its content/. */
export interface HostileCopy {
  root: string;
  contentDir: string;
  placeholders: EditPlaceholders;
  remove(): void;
}

/**
 * The JavaScript the outside files hold: if it ever ran (as a Vite module, an
 * import), it would set `globalThis.__pwned` and write the marker file.
 */
function payload(marker: string): string {
  return [`// ${SECRET}`, 'globalThis.__pwned = 1;', `import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'pwned'));`, ''].join('\n');
}

/**
 * Copies the base content into a fresh temporary root, creates the outside
 * file and folder next to content/, and applies the cases' edits in order
 * (several cases combine into one copy for a build).
 */
export function materializeHostile(cases: readonly Pick<HostileCase, 'name' | 'edits'>[], label: string): HostileCopy {
  const root = mkdtempSync(join(tmpdir(), `dti-hostile-${label}-`));
  const contentDir = join(root, 'content');
  cpSync(BASE_CONTENT, contentDir, { recursive: true });
  const outsideDir = join(root, 'ngoai-content');
  mkdirSync(outsideDir);
  const placeholders: EditPlaceholders = { outside: join(root, 'bi-mat.js'), outsideDir, marker: join(root, 'DA-BI-CHAY-MA') };
  writeFileSync(placeholders.outside, payload(placeholders.marker));
  writeFileSync(join(outsideDir, 'bi-mat.js'), payload(placeholders.marker));
  writeFileSync(join(outsideDir, 'bi-mat.txt'), `${SECRET}\n`);
  for (const hostile of cases) for (const edit of hostile.edits) applyEdit(contentDir, edit, hostile.name, placeholders);
  return { root, contentDir, placeholders, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Lines of /etc/passwd (none may reach an output); empty where the file is absent. */
export function passwdLines(): string[] {
  try {
    return readFileSync('/etc/passwd', 'utf8').split('\n').filter((line) => line.trim().length > 0);
  } catch {
    return [];
  }
}
