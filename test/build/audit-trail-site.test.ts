/**
 * Issue 15, point 6, through the real `astro build`: on a fixture repository where a later commit
 * rewrites a report's history entry, the indicator page says so and the build warns; a shallow clone
 * of the same repository still builds, without the trail, and says so once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, type FixtureBuild } from '../helpers/build-fixture.ts';

const BASE = resolve(import.meta.dirname, '../fixtures/malformed/base/content');
const PROGRESS = join('content', 'progress', 'phuong-tran-phu.yaml');
const TODAY = '2024-12-31';

function git(cwd: string, args: string[], when = '2024-07-01T09:00:00+07:00') {
  return execFileSync('git', ['-c', 'user.email=a@example.vn', '-c', 'user.name=Nguyễn Văn A', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  }).toString('utf8').trim();
}

let root: string;
let rewrite = '';
let full: FixtureBuild;
let shallow: FixtureBuild;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'audit-site-'));
  const repo = join(root, 'repo');
  cpSync(BASE, join(repo, 'content'), { recursive: true });
  // The repository's address, so the page links each commit.
  writeFileSync(join(repo, 'content', 'site.yaml'), `${readFileSync(join(repo, 'content', 'site.yaml'), 'utf8').trimEnd()}\nrepository:\n  github: bacgiang-cds/thu-nghiem\n  branch: main\n`);
  git(repo, ['init', '-q']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Nội dung ban đầu']);
  // The rewrite: the first report's 2024-01-15 entry now says the work had already started.
  const file = join(repo, PROGRESS);
  const before = readFileSync(file, 'utf8');
  const after = before.replace('      - date: 2024-01-15\n        status: chua-bat-dau\n', '      - date: 2024-01-15\n        status: dang-thuc-hien\n');
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  git(repo, ['commit', '-q', '-am', 'Sửa báo cáo đầu kỳ (#7)'], '2024-07-02T09:00:00+07:00');
  rewrite = git(repo, ['rev-parse', '--short', 'HEAD']);
  full = runAstroBuild({ outDir: join(root, 'dist-full'), contentDir: join(repo, 'content'), env: { PORTAL_TODAY: TODAY } });

  const clone = join(root, 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
  shallow = runAstroBuild({ outDir: join(root, 'dist-shallow'), contentDir: join(clone, 'content'), env: { PORTAL_TODAY: TODAY } });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the audit trail in a real build', () => {
  it('warns in the build log about the rewritten history entry, naming the file, the entry and the commit', () => {
    expect(full.status, full.output).toBe(0);
    expect(full.output).toMatch(/Dấu vết kiểm toán từ git: 2 commit sửa content\/progress\//);
    expect(full.output).toContain(`Lịch sử báo cáo đã được sửa: content/progress/phuong-tran-phu.yaml, chỉ số "1.1", mục ngày 2024-01-15 bị thay đổi ở commit ${rewrite}`);
  });

  it('says so on the indicator page, with a link to the commit where it happened', () => {
    const page = full.read('chi-so/1-1/index.html');
    expect(page).toContain('lịch sử báo cáo đã được sửa');
    expect(page).toMatch(new RegExp(`href="https://github\\.com/bacgiang-cds/thu-nghiem/commit/${rewrite}[0-9a-f]*"`));
  });

  it('builds a shallow clone without the trail, and says so once', () => {
    expect(shallow.status, shallow.output).toBe(0);
    expect(shallow.output.match(/Không có dấu vết kiểm toán từ git/g) ?? []).toHaveLength(1);
    expect(shallow.read('chi-so/1-1/index.html')).not.toContain('lịch sử báo cáo đã được sửa');
  });
});
