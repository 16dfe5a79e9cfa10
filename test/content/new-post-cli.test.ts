/**
 * `npm run new-post` as a new ward editor uses it (issue 17): `--date` sets
 * the date, a date outside the plan year is warned about, and the untouched
 * template then passes `npm run check` only with warnings for its guide text
 * and for a summary equal to the title.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materializeBase } from '../helpers/malformed-cases.ts';

const scripts = resolve(import.meta.dirname, '../../scripts');
let copy: ReturnType<typeof materializeBase> | undefined;
afterEach(() => copy?.remove());

function run(script: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORTAL_TODAY: '2024-12-31', NO_COLOR: '1' };
  delete env.PORTAL_CONTENT_DIR;
  delete env.GITHUB_ACTIONS;
  return spawnSync(process.execPath, [join(scripts, script), ...args], { cwd: copy?.root, env, encoding: 'utf8' });
}

describe('npm run new-post -- --date', () => {
  it.each([
    ['2023-11-02', true],
    ['2024-10-15', false],
  ])('--date %s creates the post on that date; warns outside the plan year 2024: %s', (date, warns) => {
    copy = materializeBase();
    const created = run('new-post.ts', ['--unit', 'phuong-tran-phu', '--title', 'Phường Trần Phú tập huấn kỹ năng số', '--date', date]);
    expect(created.status, created.stderr).toBe(0);
    expect(existsSync(join(copy.contentDir, 'posts', 'phuong-tran-phu', `${date}-phuong-tran-phu-tap-huan-ky-nang-so.md`))).toBe(true);
    if (warns) expect(created.stderr).toContain(`Cảnh báo: ngày ${date} nằm ngoài năm kế hoạch 2024; bài vẫn được đăng nhưng không được tính cho chỉ số 1.4.`);
    else expect(created.stderr).toBe('');

    const checked = run('check-content.ts', []);
    expect(checked.status, checked.stderr).toBe(0);
    const file = `content/posts/phuong-tran-phu/${date}-phuong-tran-phu-tap-huan-ky-nang-so.md`;
    expect(checked.stdout).toContain(`Có ${warns ? 3 : 2} cảnh báo (không chặn việc dựng trang, nhưng nên sửa):`);
    expect(checked.stdout).toContain(`${file}:9:10 — trường "summary": phần tóm tắt chép lại tiêu đề`);
    expect(checked.stdout).toMatch(new RegExp(`${file}:\\d+:1 — bài còn các dòng hướng dẫn của tệp mẫu`));
    expect(checked.stdout.includes(`${file}:5:7 — trường "date": bài ngày ${date} nằm ngoài năm kế hoạch 2024`)).toBe(warns);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    copy = materializeBase();
    const created = run('new-post.ts', ['--unit', 'phuong-tran-phu', '--title', 'Bài thử', '--date', '15/10/2024']);
    expect(created.status).toBe(1);
    expect(created.stderr).toContain('ngày "15/10/2024" không đúng dạng năm-tháng-ngày, ví dụ --date 2024-10-15 (ngày bạn đã gõ)');
  });
});
