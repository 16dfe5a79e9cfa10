/**
 * CODEOWNERS on the real repository (issue 12, point 5): every file that git
 * tracks has the owner it should, and `npm run codeowners -- --check` refuses
 * a stale file and, in a pull request, an editor who adds themselves to
 * another ward's `editors` (tested on a temporary git repository).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { CODEOWNERS_PATH, createCodeowners } from '../../src/lib/ownership/codeowners.ts';
import { ownersOf, parseCodeowners } from '../../src/lib/ownership/match.ts';

const root = resolve(import.meta.dirname, '../..');
const content = loadPortalContentFromDir(join(root, 'content'), root);
const team = content.site.maintainers?.team ?? '';
const generator = join(root, 'scripts', 'generate-codeowners.ts');
/** Every path git tracks, plus the files this branch adds (untracked but not ignored). */
const repoFiles = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

describe(`the shipped ${CODEOWNERS_PATH}`, () => {
  it('is in sync with site.yaml and units.yaml (run npm run codeowners)', () => {
    expect(team).toMatch(/^@/);
    expect(readFileSync(join(root, CODEOWNERS_PATH), 'utf8')).toBe(createCodeowners({ maintainers: { team }, units: content.units }));
  });

  it(`gives every one of the ${repoFiles.length} files of the repository an owner`, () => {
    const rules = parseCodeowners(readFileSync(join(root, CODEOWNERS_PATH), 'utf8'));
    const editorsOf = new Map(content.units.map((unit) => [unit.id, unit.editors.map((editor) => (editor.startsWith('@') ? editor : `@${editor}`))]));
    expect(repoFiles.length).toBeGreaterThan(100);
    for (const path of repoFiles) {
      const ward = /^content\/(?:posts\/([^/]+)\/|progress\/([^/]+)\.yaml$)/.exec(path);
      const editors = editorsOf.get(ward?.[1] ?? ward?.[2] ?? '') ?? [];
      expect(ownersOf(rules, path), path).toEqual(editors.length > 0 ? [...editors, team] : [team]);
    }
  });

  it('with editors for every unit, gives each exactly its posts folder and progress file, and the maintainers everything else', () => {
    const units = content.units.map((unit) => ({ ...unit, editors: [`bt-${unit.id}`] }));
    const rules = parseCodeowners(createCodeowners({ maintainers: { team }, units }));
    const owned = new Map<string, number>();
    for (const path of repoFiles) {
      const owners = ownersOf(rules, path);
      const ward = /^content\/(?:posts\/([^/]+)\/|progress\/([^/]+)\.yaml$)/.exec(path);
      const unit = ward?.[1] ?? ward?.[2];
      if (unit && units.some((candidate) => candidate.id === unit)) {
        expect(owners, path).toEqual([`@bt-${unit}`, team]);
        owned.set(unit, (owned.get(unit) ?? 0) + 1);
      } else expect(owners, path).toEqual([team]);
    }
    // The shipped content has wards with posts and progress files: the rule is exercised, not vacuous.
    expect(owned.get('phuong-tran-phu')).toBeGreaterThan(1);
  });
});

describe('npm run codeowners -- --check on a pull request', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [generator, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, PORTAL_CONTENT_DIR: '' } });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  /** Sets a unit's editors in the temporary repository's units.yaml, as an editor would in the web editor. */
  const setEditors = (id: string, editors: string[]) => {
    const path = join(repo, 'content', 'units.yaml');
    const document = parseDocument(readFileSync(path, 'utf8'));
    const units = document.get('units') as YAMLSeq<YAMLMap>;
    const unit = units.items.find((item) => item.get('id') === id);
    expect(unit, id).toBeDefined();
    unit?.set('editors', editors);
    writeFileSync(path, document.toString());
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'dti-codeowners-'));
    mkdirSync(join(repo, 'content'));
    for (const file of ['site.yaml', 'units.yaml']) cpSync(join(root, 'content', file), join(repo, 'content', file));
    const site = parse(readFileSync(join(repo, 'content', 'site.yaml'), 'utf8')) as { maintainers: { accounts: string[] } };
    expect(site.maintainers.accounts).toContain('quantri-cds');
    git('init', '--quiet', '--initial-branch=main');
    setEditors('phuong-tran-phu', ['tranphu']);
    expect(run().status).toBe(0);
    git('add', '-A');
    git('commit', '--quiet', '-m', 'gốc');
    git('checkout', '--quiet', '-b', 'de-xuat');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('passes an unchanged branch, whoever sent it', () => {
    expect(run('--check', '--base', 'main', '--actor', 'tranphu')).toMatchObject({ status: 0 });
  });

  it('refuses a CODEOWNERS that no longer matches units.yaml', () => {
    setEditors('xa-dong-son', ['tranphu']);
    const outcome = run('--check');
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain('.github/CODEOWNERS không khớp với maintainers trong content/site.yaml và editors trong content/units.yaml.');
    git('checkout', '--quiet', '--', 'content/units.yaml');
  });

  it('refuses the self-assignment: a ward editor adds themselves to another ward and regenerates CODEOWNERS', () => {
    setEditors('xa-dong-son', ['tranphu']);
    expect(run().status).toBe(0);
    expect(run('--check').status).toBe(0); // consistent, so the staleness check alone agrees…
    const outcome = run('--check', '--base', 'main', '--actor', 'tranphu');
    expect(outcome.status).toBe(1); // …but the base's maintainers did not send it.
    expect(outcome.output).toContain('Pull request này đổi quyền sở hữu so với main, nhưng tài khoản gửi (@tranphu) không thuộc maintainers.accounts của nhánh gốc:\n  - @tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)\n');
    expect(outcome.output).not.toContain('    at ');
  });

  it('refuses it also when the pull request adds its author to maintainers.accounts', () => {
    const path = join(repo, 'content', 'site.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('accounts: [quantri-cds]', 'accounts: [quantri-cds, tranphu]'));
    const outcome = run('--check', '--base', 'main', '--actor', 'tranphu');
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain('  - @tranphu được thêm vào maintainers.accounts\n');
    git('checkout', '--quiet', '--', 'content/site.yaml');
  });

  it('accepts the same change from a maintainer of the base branch', () => {
    const outcome = run('--check', '--base', 'main', '--actor', 'QuanTri-CDS');
    expect(outcome).toMatchObject({ status: 0 });
    expect(outcome.output).toContain('@tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)');
  });

  it('explains a missing base or a missing --actor instead of crashing', () => {
    expect(run('--check', '--base', 'origin/khong-co', '--actor', 'tranphu').output).toContain('không tìm thấy nhánh gốc "origin/khong-co" trong kho git.');
    const alone = run('--check', '--base', 'main');
    expect(alone.status).toBe(1);
    expect(alone.output).toContain('--base và --actor đi cùng nhau');
  });

  it('refuses to write CODEOWNERS without maintainers in site.yaml, saying what to add', () => {
    const path = join(repo, 'content', 'site.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^maintainers:\n(?: {2}.*\n)+/m, ''));
    const outcome = run();
    expect(outcome.status).toBe(1);
    expect(outcome.output).toContain('content/site.yaml chưa khai báo maintainers');
    git('checkout', '--quiet', '--', 'content/site.yaml');
  });
});
