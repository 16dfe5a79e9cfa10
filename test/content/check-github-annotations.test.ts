/**
 * Feedback on the pull request's lines (issue 17): the real `npm run check`
 * (node scripts/check-content.ts), run under GITHUB_ACTIONS=true on a copy of
 * the malformed corpus's base with a broken post, prints a workflow-command
 * annotation on that post's line and writes the Vietnamese job summary; run
 * without it, the output has no workflow commands.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materializeCase } from '../helpers/malformed-cases.ts';

const checkScript = resolve(import.meta.dirname, '../../scripts/check-content.ts');
const POST = 'posts/phuong-tran-phu/2024-05-10-ho-tro-dinh-danh.md';

function runCheck(edits: Parameters<typeof materializeCase>[0]['edits'], env: Record<string, string>) {
  const copy = materializeCase({ name: 'annotations', edits });
  const summaryFile = join(copy.root, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const base: NodeJS.ProcessEnv = { ...process.env, PORTAL_TODAY: '2024-12-31', NO_COLOR: '1' };
  delete base.PORTAL_CONTENT_DIR;
  delete base.GITHUB_ACTIONS;
  delete base.GITHUB_STEP_SUMMARY;
  try {
    const run = spawnSync(process.execPath, [checkScript], { cwd: copy.root, env: { ...base, GITHUB_STEP_SUMMARY: summaryFile, ...env }, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summaryFile, 'utf8') };
  } finally {
    copy.remove();
  }
}

const missingSummary = [{ file: POST, replace: 'summary: "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt và kích hoạt tài khoản định danh điện tử."\n', with: '' }];

describe('npm run check under GitHub Actions', () => {
  it('fails on a broken post and annotates its line, with the Vietnamese summary', () => {
    const run = runCheck(missingSummary, { GITHUB_ACTIONS: 'true' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain(`::error file=content/${POST},line=2,col=1,title=Lỗi nội dung — trường "summary"::thiếu trường bắt buộc này%0ACách sửa: `);
    expect(run.stdout).toMatch(/^::error file=content\/posts\/[^,]+,line=\d+,/m);
    // The readable message is still printed for the log.
    expect(run.stderr).toContain(`content/${POST}:2:1 — trường "summary": thiếu trường bắt buộc này`);
    expect(run.summary).toContain('## Kiểm tra nội dung: 1 lỗi, trang chưa thể dựng');
    expect(run.summary).toContain(`\`content/${POST}:2:1\` — trường "summary": thiếu trường bắt buộc này`);
  });

  it('annotates a warning as ::warning and still passes', () => {
    const run = runCheck([{ file: POST, replace: 'date: 2024-05-10', with: 'date: 2024-05-10\ncover:\n  src: ./anh.jpg\n  alt: ảnh' }, { file: 'posts/phuong-tran-phu/anh.jpg', 'write-base64': '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==' }], { GITHUB_ACTIONS: 'true' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`::warning file=content/${POST},line=6,col=8,title=Cảnh báo nội dung — trường "cover.alt"::mô tả ảnh bìa chỉ ghi "ảnh"`);
    expect(run.summary).toContain('## Kiểm tra nội dung: hợp lệ');
    expect(run.summary).toContain('### Cảnh báo (1)');
  });

  it('prints no workflow command and writes no summary locally', () => {
    const run = runCheck(missingSummary, {});
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^::/m);
    expect(run.summary).toBe('');
    expect(run.stderr).toContain(`content/${POST}:2:1 — trường "summary": thiếu trường bắt buộc này`);
  });
});
