/**
 * Bad input cannot slip through (issue 7): every case of
 * test/fixtures/malformed/ is refused by the validation `astro build` runs at
 * astro:config:setup, with its own exact message (expected.txt), and then by
 * the real `astro build`, which prints that message and writes no page.
 *
 * Every case's message is checked in-process against the same validator the
 * build's integration calls; the real build (about 2 s of Astro start-up each)
 * runs on a sample that covers every content type and every kind of mistake,
 * which proves the build is wired to that validator without 68 start-ups.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { CONTENT_TYPES, listMalformedCases, materializeBase, materializeCase, MISTAKES, type MalformedCase } from '../helpers/malformed-cases.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const CASES = listMalformedCases();

/** The fewest cases, in corpus order, that cover every content type and every kind of mistake. */
function coveringSample(cases: readonly MalformedCase[]): MalformedCase[] {
  const types = new Set<string>(CONTENT_TYPES);
  const mistakes = new Set<string>(MISTAKES);
  const sample: MalformedCase[] = [];
  while (types.size > 0 || mistakes.size > 0) {
    const gain = (malformed: MalformedCase) => Number(types.has(malformed.type)) + Number(mistakes.has(malformed.mistake));
    const best = cases.reduce<MalformedCase | undefined>((chosen, malformed) => (gain(malformed) > (chosen ? gain(chosen) : 0) ? malformed : chosen), undefined);
    if (!best) throw new Error(`no case covers ${[...types, ...mistakes].join(', ')}`);
    sample.push(best);
    types.delete(best.type);
    mistakes.delete(best.mistake);
  }
  return sample;
}
const BUILT = coveringSample(CASES);
/** The day the cases are judged on, so "a post dated in the future" means the same thing on every run. */
const TODAY = '2024-12-31';

/** The message the validator gives for a case, with paths relative to the case's own root. */
function messageOf(malformed: MalformedCase): string {
  const copy = materializeCase(malformed);
  try {
    loadPortalContentFromDir(copy.contentDir, copy.root, { today: TODAY });
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message;
    throw error;
  } finally {
    copy.remove();
  }
  throw new Error(`${malformed.name}: the content was accepted`);
}

/** Runs `astro build` on a case's content; resolves with the exit code, the output and whether any page was written. */
function buildCase(malformed: MalformedCase): Promise<{ status: number | null; output: string; prefix: string; wrotePages: boolean }> {
  const copy = materializeCase(malformed);
  const outDir = join(copy.root, 'dist');
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: { ...process.env, PORTAL_CONTENT_DIR: copy.contentDir, PORTAL_TODAY: TODAY, SITE_URL: '', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const wrotePages = existsSync(join(outDir, 'index.html')) || existsSync(join(outDir, '404.html'));
      // The build names files relative to the project root, e.g. ../../tmp/dti-malformed-…/content/site.yaml.
      const prefix = `${relative(projectRoot, copy.root).split('\\').join('/')}/`;
      copy.remove();
      resolveBuild({ status, output, prefix, wrotePages });
    });
  });
}

describe('the malformed content corpus (test/fixtures/malformed/)', () => {
  it('holds at least 30 cases, covering every content type and every kind of mistake', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((malformed) => malformed.type))).toEqual(new Set(CONTENT_TYPES));
    expect(new Set(CASES.map((malformed) => malformed.mistake))).toEqual(new Set(MISTAKES));
    for (const type of CONTENT_TYPES) expect(CASES.filter((malformed) => malformed.type === type).length, type).toBeGreaterThanOrEqual(2);
  });

  it('starts from a valid base, so each case fails for its own reason', () => {
    const base = materializeBase();
    try {
      const content = loadPortalContentFromDir(base.contentDir, base.root, { today: TODAY });
      expect(content.posts?.length).toBeGreaterThan(0);
      expect(content.progressFiles.length).toBeGreaterThan(0);
      expect(content.documents?.length).toBeGreaterThan(0);
      expect(content.links?.length).toBeGreaterThan(0);
    } finally {
      base.remove();
    }
  });

  it.each(CASES)('$name ($type, $mistake) is refused with its expected message', async (malformed) => {
    await expect(messageOf(malformed)).toMatchFileSnapshot(malformed.expectedFile);
  });

  it('gives every case a message of its own', () => {
    const messages = CASES.map((malformed) => readFileSync(malformed.expectedFile, 'utf8'));
    expect(new Set(messages).size).toBe(CASES.length);
    // Each message names the file the case broke.
    for (const [index, malformed] of CASES.entries()) {
      const files = malformed.edits.map((edit) => `content/${edit.file}`);
      expect(files.some((file) => messages[index]?.includes(file)), malformed.name).toBe(true);
    }
    // …and every problem in it comes with how to fix it.
    for (const [index, malformed] of CASES.entries()) {
      const blocks = (messages[index] ?? '').trim().split('\n\n').slice(1);
      for (const block of blocks) expect(block, malformed.name).toMatch(/\n {2}Cách sửa: \S/);
    }
  });

  describe('through the real `astro build`, on a sample covering every content type and mistake', () => {
    it('samples every content type and every kind of mistake', () => {
      expect(new Set(BUILT.map((malformed) => malformed.type))).toEqual(new Set(CONTENT_TYPES));
      expect(new Set(BUILT.map((malformed) => malformed.mistake))).toEqual(new Set(MISTAKES));
      expect(BUILT.length).toBeLessThan(CASES.length);
    });

    // About two seconds each (the build stops at astro:config:setup); two at a time on the 2-core machine.
    const outcomes = new Map<string, Awaited<ReturnType<typeof buildCase>>>();
    beforeAll(async () => {
      const queue = [...BUILT];
      await Promise.all(
        [0, 1].map(async () => {
          for (let next = queue.shift(); next; next = queue.shift()) outcomes.set(next.name, await buildCase(next));
        }),
      );
    });

    it.each(BUILT)('$name: the build fails, prints the message, and writes no page', (malformed) => {
      const outcome = outcomes.get(malformed.name);
      expect(outcome?.status, outcome?.output).not.toBe(0);
      expect(outcome?.wrotePages).toBe(false);
      const printed = (outcome?.output ?? '').split(outcome?.prefix ?? '\u0000').join('');
      const expected = readFileSync(malformed.expectedFile, 'utf8');
      // Every issue block of the expected message, as the build printed it.
      for (const block of expected.trim().split('\n\n').slice(1)) expect(printed, malformed.name).toContain(block);
      expect(printed).toMatch(/Nội dung không hợp lệ \(\d+ lỗi\); xem chi tiết ở trên\./);
    });
  });
});
