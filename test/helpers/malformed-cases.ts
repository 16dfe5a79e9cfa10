/**
 * The corpus of malformed content (test/fixtures/malformed/): each case is a
 * folder with `case.yaml` (what it breaks, as small edits to a copy of
 * `base/content`) and `expected.txt` (the exact message the build prints).
 * See test/fixtures/malformed/README.md.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { applyGenerateEdit, GENERATE_PLACEHOLDER, generateHostileText, HOSTILE_GENERATOR_NAMES } from './hostile-generators.ts';

export const MALFORMED_DIR = resolve(import.meta.dirname, '../fixtures/malformed');
/** The small valid site every malformed and hostile case starts from. */
export const BASE_CONTENT = join(MALFORMED_DIR, 'base', 'content');

/** The content types a case can break; every one must be covered. */
export const CONTENT_TYPES = ['site', 'pillars', 'units', 'indicators', 'plan', 'progress', 'posts', 'documents', 'links'] as const;
/** What kind of mistake a case makes; every one must be covered. */
export const MISTAKES = [
  'broken-yaml',
  'wrong-type',
  'missing-field',
  'unknown-id',
  'duplicate',
  'future-date',
  'hostile-post',
  'oversized-file',
  'empty-file',
  'wrong-encoding',
  'misspelt-field',
  'wrong-date-format',
] as const;

/** One change to a file of the copied content (paths relative to content/). */
export type Edit =
  /** Replaces text that must occur exactly once in the file. */
  | { file: string; replace: string; with: string }
  /** Writes the whole file (a new post, an empty file…). */
  | { file: string; write: string }
  /** Writes `text` repeated `times` times: an oversized file. */
  | { file: string; repeat: string; times: number }
  | { file: string; delete: true }
  /** Saves the file, as edited so far, in another encoding. */
  | { file: string; encoding: 'utf-16le' | 'windows-1258' }
  /** Writes these bytes (a binary file, a fake image). */
  | { file: string; 'write-base64': string }
  /**
   * Makes the file a symbolic link to `symlink`: a path relative to the link,
   * an absolute path such as /etc/passwd, or (in the hostile corpus) `{outside}`
   * / `{outside-dir}`, a file / folder next to content/ holding a secret.
   */
  | { file: string; symlink: string }
  /** Writes a generated pathological text of about `size` bytes (test/helpers/hostile-generators.ts). */
  | { file: string; generate: string; size?: number };

/** What a case's edits may point at outside content/ (the hostile corpus makes these). */
export interface EditPlaceholders {
  /** `{outside}`: a file outside content/ with a secret and a line of JavaScript. */
  outside: string;
  /** `{outside-dir}`: a folder outside content/ with such files. */
  outsideDir: string;
  /** `{marker}`: the file a payload would write if it ever ran. */
  marker: string;
}

export interface MalformedCase {
  name: string;
  dir: string;
  /** What the case breaks, in one line. */
  about: string;
  type: (typeof CONTENT_TYPES)[number];
  mistake: (typeof MISTAKES)[number];
  edits: Edit[];
  /** Path of the expected message. */
  expectedFile: string;
}

/** test/fixtures/malformed/warnings/: content that passes with warnings (test/content/content-warnings.test.ts). */
export const WARNINGS_FOLDER = 'warnings';

/** Every case folder under test/fixtures/malformed/ except `base` and `warnings`, sorted by name. */
export function listMalformedCases(): MalformedCase[] {
  return readdirSync(MALFORMED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'base' && entry.name !== WARNINGS_FOLDER)
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(MALFORMED_DIR, name);
      const data = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as Omit<MalformedCase, 'name' | 'dir' | 'expectedFile'>;
      if (!CONTENT_TYPES.includes(data.type)) throw new Error(`${name}/case.yaml: type must be one of ${CONTENT_TYPES.join(', ')}`);
      if (!MISTAKES.includes(data.mistake)) throw new Error(`${name}/case.yaml: mistake must be one of ${MISTAKES.join(', ')}`);
      if (!Array.isArray(data.edits) || data.edits.length === 0) throw new Error(`${name}/case.yaml: needs at least one edit`);
      return { ...data, name, dir, expectedFile: join(dir, 'expected.txt') };
    });
}

const windows1258 = (() => {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\uFFFD' && !table.has(char)) table.set(char, byte);
  }
  return table;
})();

/**
 * Encodes text as Windows-1258 (the legacy Vietnamese code page), which
 * TextEncoder cannot do: letters it has precomposed (â, ê, ô, ơ, ư, ă, đ) are
 * kept, tone marks become its combining-mark bytes, as old Vietnamese editors wrote them.
 * @throws {Error} For a character the code page cannot represent.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = windows1258.get(char);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const base = parts.filter((part) => !tones.has(part)).join('').normalize('NFC');
    const marks = parts.filter((part) => tones.has(part));
    for (const piece of [base, ...marks]) {
      const byte = windows1258.get(piece);
      if (byte === undefined) throw new Error(`Windows-1258 has no byte for ${JSON.stringify(piece)} (in ${JSON.stringify(char)})`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

/** Every verb an edit may use; a case with anything else fails loudly. */
export const EDIT_VERBS = ['replace', 'write', 'repeat', 'delete', 'encoding', 'write-base64', 'symlink', 'generate'] as const;

function fillPlaceholders(text: string, placeholders: EditPlaceholders | undefined, where: string): string {
  if (!placeholders) return text;
  return text.replace(/\{(outside|outside-dir|marker)\}/g, (_, name: string) => {
    if (name === 'outside') return placeholders.outside;
    if (name === 'outside-dir') return placeholders.outsideDir;
    if (name === 'marker') return placeholders.marker;
    throw new Error(`${where}: unknown placeholder {${name}}`);
  });
}

/**
 * A generated text placed as `file` implies, when the file has no `{{generate}}`
 * placeholder: a post gets a valid front matter (date and unit from its path)
 * with the text as its body; any other file is the text itself.
 */
function generatedFile(file: string, text: string): string {
  const post = /^posts\/([^/]+)\/(\d{4}-\d{2}-\d{2})-[^/]+\.mdx?$/.exec(file);
  if (!post) return text;
  return ['---', `title: "Bài thử văn bản sinh tự động"`, `date: ${post[2]}`, `unit: ${post[1]}`, 'summary: "Một bài viết thử với nội dung sinh tự động."', 'draft: false', 'demo: true', '---', '', text, ''].join('\n');
}

/**
 * Applies one edit to the copied content folder. `placeholders` (the hostile
 * corpus) resolves `{outside}`, `{outside-dir}` and `{marker}` in symlink
 * targets and written text.
 */
export function applyEdit(contentDir: string, edit: Edit, caseName: string, placeholders?: EditPlaceholders): void {
  const path = join(contentDir, edit.file);
  const where = `${caseName}: ${edit.file}`;
  const verbs = Object.keys(edit).filter((key) => (EDIT_VERBS as readonly string[]).includes(key));
  if (verbs.length !== 1 || (verbs[0] === 'replace') !== ('with' in edit)) throw new Error(`${where}: an edit needs exactly one of ${EDIT_VERBS.join(', ')} (replace with its "with")`);
  if ('delete' in edit) {
    if (!existsSync(path)) throw new Error(`${where}: nothing to delete`);
    rmSync(path, { recursive: true });
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  if ('symlink' in edit) {
    rmSync(path, { recursive: true, force: true });
    const target = fillPlaceholders(edit.symlink, placeholders, where);
    const isDir = existsSync(target) && lstatSync(target).isDirectory();
    symlinkSync(target, path, isDir ? 'dir' : 'file');
  } else if ('write-base64' in edit) {
    writeFileSync(path, Buffer.from(edit['write-base64'], 'base64'));
  } else if ('generate' in edit) {
    if (!HOSTILE_GENERATOR_NAMES.includes(edit.generate)) throw new Error(`${where}: unknown generator "${edit.generate}" (known: ${HOSTILE_GENERATOR_NAMES.join(', ')})`);
    const size = edit.size ?? 1024 * 1024;
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    // A case that wrote the text around a {{generate}} placeholder gets the text there; otherwise a post gets a valid front matter around it.
    writeFileSync(path, current?.includes(GENERATE_PLACEHOLDER) ? applyGenerateEdit(current, edit.generate, size) : generatedFile(edit.file, generateHostileText(edit.generate, size)));
  } else if ('write' in edit) {
    writeFileSync(path, fillPlaceholders(edit.write, placeholders, where));
  } else if ('repeat' in edit) {
    writeFileSync(path, edit.repeat.repeat(edit.times));
  } else if ('replace' in edit) {
    const text = readFileSync(path, 'utf8');
    const count = text.split(edit.replace).length - 1;
    // A case whose text no longer matches the base must fail loudly, never test nothing.
    if (count !== 1) throw new Error(`${where}: "${edit.replace}" occurs ${count} times in the base; it must occur once`);
    const replacement = fillPlaceholders(edit.with, placeholders, where);
    writeFileSync(path, text.replace(edit.replace, () => replacement));
  } else {
    const text = readFileSync(path, 'utf8');
    const bytes = edit.encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : encodeWindows1258(text);
    writeFileSync(path, bytes);
  }
}

/**
 * Copies base/content into a fresh temporary folder and applies the case's
 * edits. Returns the folder (the project root for messages) and its content/.
 */
export function materializeCase(malformed: Pick<MalformedCase, 'name' | 'edits'>): { root: string; contentDir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), `dti-malformed-${malformed.name}-`));
  const contentDir = join(root, 'content');
  cpSync(BASE_CONTENT, contentDir, { recursive: true });
  for (const edit of malformed.edits) applyEdit(contentDir, edit, malformed.name);
  return { root, contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The content of base/ as a temporary copy, unchanged: it must be valid. */
export function materializeBase(): { root: string; contentDir: string; remove(): void } {
  return materializeCase({ name: 'base', edits: [] });
}
