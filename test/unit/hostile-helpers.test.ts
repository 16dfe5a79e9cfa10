/**
 * The security corpus's own machinery: generators, the new edit verbs, the
 * case format and the child-process budget, so the corpus cannot pass by
 * testing nothing.
 */
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runNodeWithBudget } from '../helpers/hostile-budget.ts';
import { materializeHostile, pageFile, readHostileCase, SECRET } from '../helpers/hostile-cases.ts';
import { generateHostileText } from '../helpers/hostile-generators.ts';
import { applyEdit } from '../helpers/malformed-cases.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dti-hostile-unit-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('generateHostileText', () => {
  it('nests emphasis as the issue describes, at about the size asked', () => {
    expect(generateHostileText('nested-emphasis', 13)).toBe('*a *a x a* a*');
    expect(generateHostileText('nested-emphasis', 1_048_576).length).toBeLessThanOrEqual(1_048_576);
    expect(generateHostileText('nested-emphasis', 1_048_576).length).toBeGreaterThan(1_048_000);
  });
  it('opens brackets and quotes, and nests 10,000 levels deep', () => {
    expect(generateHostileText('nested-brackets', 5)).toBe('[[[[[');
    expect(generateHostileText('nested-quotes', 7)).toBe('> > > x');
    expect(generateHostileText('deep-nesting', 20_000)).toBe(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
  });
  it('writes a YAML alias bomb that a parser with limits refuses', () => {
    expect(() => parse(`bomb: ${generateHostileText('alias-bomb', 1)}`, { maxAliasCount: 100 })).toThrow(/alias/i);
  });
  it('refuses an unknown generator', () => {
    expect(() => generateHostileText('khong-co', 10)).toThrow(/not a known generator/);
  });
});

describe('the edits of the hostile corpus', () => {
  it('writes bytes, makes symlinks (outside, dangling, loop) and generated posts', () => {
    const copy = materializeHostile(
      [
        {
          name: 'unit/edits',
          edits: [
            { file: 'posts/phuong-tran-phu/anh.jpg', 'write-base64': Buffer.from([0xff, 0xd8, 0xff]).toString('base64') },
            { file: 'posts/phuong-tran-phu/bia.jpg', symlink: '{outside}' },
            { file: 'posts/phuong-tran-phu/thu-muc', symlink: '{outside-dir}' },
            { file: 'posts/phuong-tran-phu/treo.jpg', symlink: './khong-co.jpg' },
            { file: 'posts/phuong-tran-phu/vong.jpg', symlink: 'vong.jpg' },
            { file: 'posts/phuong-tran-phu/2024-06-01-dai.md', generate: 'nested-brackets', size: 10 },
            { file: 'links.yaml', generate: 'alias-bomb' },
          ],
        },
      ],
      'unit',
    );
    cleanups.push(copy.remove);
    const posts = join(copy.contentDir, 'posts', 'phuong-tran-phu');
    expect([...readFileSync(join(posts, 'anh.jpg'))]).toEqual([0xff, 0xd8, 0xff]);
    expect(readlinkSync(join(posts, 'bia.jpg'))).toBe(copy.placeholders.outside);
    expect(readFileSync(join(posts, 'bia.jpg'), 'utf8')).toContain(SECRET);
    expect(readFileSync(join(posts, 'thu-muc', 'bi-mat.txt'), 'utf8')).toContain(SECRET);
    expect(lstatSync(join(posts, 'treo.jpg')).isSymbolicLink()).toBe(true);
    expect(() => readFileSync(join(posts, 'vong.jpg'))).toThrow(/ELOOP/);
    expect(readFileSync(join(posts, '2024-06-01-dai.md'), 'utf8')).toMatch(/^---\ntitle: .*\ndate: 2024-06-01\nunit: phuong-tran-phu\n[\s\S]*---\n\n\[{10}\n$/);
    expect(readFileSync(join(copy.contentDir, 'links.yaml'), 'utf8')).toBe(generateHostileText('alias-bomb', 1024 * 1024));
    // The outside files are next to content/, never inside it.
    expect(copy.placeholders.outside.startsWith(copy.contentDir)).toBe(false);
  });

  it('fails loudly on an edit with no verb, two verbs or an unknown generator', () => {
    const dir = tempDir();
    expect(() => applyEdit(dir, { file: 'a.yaml' } as never, 'x')).toThrow(/exactly one of/);
    expect(() => applyEdit(dir, { file: 'a.yaml', write: 'a', delete: true } as never, 'x')).toThrow(/exactly one of/);
    expect(() => applyEdit(dir, { file: 'a.yaml', generate: 'khong-co' } as never, 'x')).toThrow(/unknown generator/);
  });
});

describe('case.yaml', () => {
  const write = (text: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case.yaml'), text);
    return dir;
  };
  it.each([
    ['outcome: refused\nedits: [{ file: a, write: b }]\n', /needs "about"/],
    ['about: x\noutcome: maybe\nedits: [{ file: a, write: b }]\n', /"outcome" must be refused or neutralised/],
    ['about: x\noutcome: refused\nedits: []\n', /at least one edit/],
    ['about: x\noutcome: refused\nedits: [{ file: a, write: b }]\npage: /a/\n', /a refused case has no page/],
    ['about: x\noutcome: neutralised\nedits: [{ file: a, write: b }]\npage: /a/\n', /needs "contains"/],
    ['about: x\noutcome: refused\nedits: [{ file: a, write: b }]\nbudget: 2000\n', /unknown key "budget"/],
  ])('refuses %j', (text, problem) => {
    expect(() => readHostileCase(write(text))).toThrow(problem);
  });
  it('reads contains and excludes as lists', () => {
    const hostile = readHostileCase(write('about: x\noutcome: neutralised\nedits: [{ file: a, write: b }]\npage: /rss.xml\ncontains: "&lt;b&gt;"\n'));
    expect(hostile).toMatchObject({ outcome: 'neutralised', page: '/rss.xml', contains: ['&lt;b&gt;'], excludes: [] });
  });
  it.each([
    ['/chuyen-doi-so/ten-bai/', 'chuyen-doi-so/ten-bai/index.html'],
    ['/', 'index.html'],
    ['/rss.xml', 'rss.xml'],
  ])('finds page %s in %s', (page, file) => {
    expect(pageFile(page)).toBe(file);
  });
});

describe('runNodeWithBudget', () => {
  it('kills a child that outlives its budget, so a hang fails instead of stalling', async () => {
    const run = await runNodeWithBudget(['-e', 'setTimeout(() => {}, 60000)'], { cwd: tmpdir(), env: process.env, killAfterMs: 300 });
    expect(run.killed).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(run.milliseconds).toBeLessThan(10_000);
  });
  it('reports the exit code and the output of a child that ends in time', async () => {
    const run = await runNodeWithBudget(['-e', 'console.log("ra"); console.error("lỗi"); process.exit(3)'], { cwd: tmpdir(), env: process.env, killAfterMs: 30_000 });
    expect(run).toMatchObject({ status: 3, killed: false, output: 'ra\nlỗi\n' });
  });
});
