/**
 * `npm run check -- <file>` (issue 17, point 4): one file is checked against
 * what it references, and only its own problems are reported.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { issuesForFile } from '../../src/lib/content/file-scope.ts';
import { materializeCase, type Edit } from '../helpers/malformed-cases.ts';

const checkScript = resolve(import.meta.dirname, '../../scripts/check-content.ts');
const TRAN_PHU = 'posts/phuong-tran-phu/2024-05-10-ho-tro-dinh-danh.md';
const VHTT = 'posts/phong-vhtt/2024-03-22-ra-mat-chuyen-muc.md';
let remove: (() => void) | undefined;
afterEach(() => remove?.());

function check(edits: Edit[], args: string[]) {
  const copy = materializeCase({ name: 'one-file', edits });
  remove = copy.remove;
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_TODAY: '2024-12-31', NO_COLOR: '1' };
  delete env.PORTAL_CONTENT_DIR;
  delete env.GITHUB_ACTIONS;
  return spawnSync(process.execPath, [checkScript, ...args], { cwd: copy.root, env, encoding: 'utf8' });
}

// Both posts break; each names an indicator that does not exist (checked against content/indicators/).
const bothBroken: Edit[] = [
  { file: TRAN_PHU, replace: 'indicators: ["1.1"]', with: 'indicators: ["9.9"]' },
  { file: VHTT, replace: 'summary: "', with: 'sumary: "' },
];

describe('npm run check -- <one file>', () => {
  it('reports only the named post’s problems, found against the indicators it names', () => {
    const run = check(bothBroken, [`content/${TRAN_PHU}`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nội dung có 1 lỗi');
    expect(run.stderr).toContain(`content/${TRAN_PHU}:7:14 — trường "indicators[0]": không có chỉ số "9.9" trong Phụ lục`);
    expect(run.stderr).not.toContain(VHTT);
  });

  it('passes a valid post while another is broken', () => {
    const run = check([bothBroken[1] as Edit], [`content/${TRAN_PHU}`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`content/${TRAN_PHU}: hợp lệ`);
  });

  it('refuses a path that is not in content/', () => {
    const run = check([], ['content/posts/khong-co.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có tệp "content/posts/khong-co.md" trong content/.');
  });
});

describe('issuesForFile', () => {
  const post = { file: 'content/posts/a/2024-01-01-b.md', message: 'lỗi của bài' };
  const units = { file: 'content/units.yaml', message: 'lỗi đơn vị' };
  const other = { file: 'content/posts/c/2024-01-01-d.md', message: 'lỗi bài khác' };
  it.each([
    ['the file’s own issues only', [post, units, other], [post]],
    ['a reference file’s issues when they hide the file’s own', [units, other], [units]],
    ['nothing when only unrelated files are broken', [other], []],
  ])('%s', (_, issues, expected) => {
    expect(issuesForFile(issues, [post.file])).toEqual(expected);
  });
});
