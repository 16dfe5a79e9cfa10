import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProgressHistory } from '../../src/lib/audit/git-fs.ts';
import { auditKey, auditLogLines, commitRef, deriveAuditTrail, stateKey } from '../../src/lib/audit/trail.ts';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { changeItems } from '../../src/lib/views/changes.ts';
import { reportTrailView } from '../../src/lib/views/report-trail.ts';

const repository = { github: 'bacgiang-cds/cong-chuyen-doi-so', branch: 'main' };

/** Runs git in `cwd` as a fixed author at a fixed time, so the fixture's commits are the same on every run. */
function git(cwd: string, args: string[], when = '2024-10-01T09:00:00+07:00', author = 'Nguyễn Văn A') {
  return execFileSync('git', ['-c', 'user.email=a@example.vn', '-c', `user.name=${author}`, '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  }).toString('utf8').trim();
}

const report = (history: string, current: string) => `unit: phuong-tran-phu
reports:
  - indicator: 1.2.1
${current}
    evidence: []
    reporter: Cán bộ phụ trách
    note: ""
    history:
${history}
`;

const V1 = report('      []', '    status: chua-bat-dau\n    updated: 2024-05-01');
const V2 = report(
  '      - date: 2024-05-01\n        status: chua-bat-dau\n        note: Báo cáo đầu kỳ.',
  '    status: dang-thuc-hien\n    updated: 2024-08-11',
);
// The rewrite: the 2024-05-01 entry now says the work had already started.
const V3 = report(
  '      - date: 2024-05-01\n        status: dang-thuc-hien\n        note: Báo cáo đầu kỳ.\n      - date: 2024-08-11\n        status: dang-thuc-hien\n        note: ""',
  '    status: hoan-thanh\n    updated: 2024-09-25',
);

let root: string;
let repo: string;
const shas: string[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'audit-trail-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'content', 'progress'), { recursive: true });
  git(repo, ['init', '-q']);
  const commit = (text: string, message: string, when: string, author?: string) => {
    writeFileSync(join(repo, 'content', 'progress', 'phuong-tran-phu.yaml'), text);
    git(repo, ['add', '-A'], when, author);
    git(repo, ['commit', '-q', '-m', message], when, author);
    shas.push(git(repo, ['rev-parse', 'HEAD']));
  };
  commit(V1, 'Báo cáo đầu kỳ của Phường Trần Phú', '2024-05-02T08:00:00+07:00', 'Trần Thị B');
  commit(V2, 'Cập nhật chỉ số 1.2.1 (#12)', '2024-08-12T08:00:00+07:00');
  commit(V3, 'Sửa báo cáo', '2024-09-26T08:00:00+07:00', 'Lê Văn C');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readProgressHistory', () => {
  it('reads every version of every progress file, oldest commit first, with its author and subject', () => {
    const history = readProgressHistory(join(repo, 'content'));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.versions.map((version) => [version.commit.sha, version.file, version.commit.author])).toEqual([
      [shas[0], 'progress/phuong-tran-phu.yaml', 'Trần Thị B'],
      [shas[1], 'progress/phuong-tran-phu.yaml', 'Nguyễn Văn A'],
      [shas[2], 'progress/phuong-tran-phu.yaml', 'Lê Văn C'],
    ]);
    expect(history.versions.map((version) => version.text)).toEqual([V1, V2, V3]);
    expect(history.versions[1]?.commit).toMatchObject({ date: '2024-08-12T08:00:00+07:00', subject: 'Cập nhật chỉ số 1.2.1 (#12)' });
  });

  it('on a shallow clone, says there is no trail and why', () => {
    const clone = join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const history = readProgressHistory(join(clone, 'content'));
    expect(history).toEqual({ available: false, reason: expect.stringContaining('shallow clone') });
    expect(auditLogLines(deriveAuditTrail(history, repository)).info).toEqual([expect.stringMatching(/^Không có dấu vết kiểm toán từ git \(kho git là bản sao nông/)]);
  });

  it('in a repository with no commit of the progress files, says so', () => {
    const empty = join(root, 'empty');
    mkdirSync(join(empty, 'content', 'progress'), { recursive: true });
    git(empty, ['init', '-q']);
    writeFileSync(join(empty, 'README.md'), 'x');
    git(empty, ['add', 'README.md']);
    git(empty, ['commit', '-q', '-m', 'Khởi tạo']);
    const trail = deriveAuditTrail(readProgressHistory(join(empty, 'content')), repository);
    expect(trail.available).toBe(true);
    expect(auditLogLines(trail).info).toEqual(['Không có dấu vết kiểm toán từ git: chưa có commit nào sửa content/progress/.']);
  });

  it('outside a git repository, says so', () => {
    const plain = join(root, 'plain', 'content');
    mkdirSync(plain, { recursive: true });
    expect(readProgressHistory(plain)).toEqual({ available: false, reason: expect.stringContaining('không đọc được kho git') });
  });

  it('runs no program that the repository configuration names (hooks, fsmonitor, pager, gpg)', () => {
    const hostile = join(root, 'hostile');
    cpSync(repo, hostile, { recursive: true });
    const marker = join(root, 'ran');
    const script = join(root, 'payload.sh');
    writeFileSync(script, `#!/bin/sh\necho ran >> ${marker}\ncat\n`, { mode: 0o755 });
    // A commit that claims a signature: showing it with log.showSignature would run gpg.program.
    writeFileSync(join(hostile, 'content', 'progress', 'phuong-tran-phu.yaml'), V3.replace('Cán bộ phụ trách', 'Cán bộ phụ trách mới'));
    git(hostile, ['add', '-A']);
    const tree = git(hostile, ['write-tree']);
    const parent = git(hostile, ['rev-parse', 'HEAD']);
    const signed = `tree ${tree}\nparent ${parent}\nauthor A <a@example.vn> 1727830800 +0700\ncommitter A <a@example.vn> 1727830800 +0700\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n -----END PGP SIGNATURE-----\n\nCommit có chữ ký giả\n`;
    const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: hostile, input: signed }).toString('utf8').trim();
    git(hostile, ['update-ref', 'refs/heads/main', sha]);
    for (const [key, value] of [
      ['core.fsmonitor', script],
      ['core.hooksPath', root],
      ['core.pager', script],
      ['log.showSignature', 'true'],
      ['gpg.program', script],
      ['diff.external', script],
    ]) git(hostile, ['config', key!, value!]);
    // The control: plain git, reading this configuration, runs the payload.
    execFileSync('git', ['log', '-1', '--format=%H', '--', 'content/progress/'], { cwd: hostile, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
    expect(readFileSync(marker, 'utf8')).toContain('ran');
    rmSync(marker);
    const history = readProgressHistory(join(hostile, 'content'));
    expect(history.available && history.versions.at(-1)?.commit.sha).toBe(sha);
    expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe('');
  });
});

describe('deriveAuditTrail', () => {
  it('finds the last commit of the report, the commit of each state, and the rewritten entry', () => {
    const trail = deriveAuditTrail(readProgressHistory(join(repo, 'content')), repository);
    const audit = trail.reports.get(auditKey('phuong-tran-phu', '1.2.1'));
    expect(audit?.lastCommit).toMatchObject({ sha: shas[2], date: '2024-09-26', author: 'Lê Văn C', url: `https://github.com/bacgiang-cds/cong-chuyen-doi-so/commit/${shas[2]}` });
    expect(trail.stateCommits.get(stateKey('phuong-tran-phu', '1.2.1', { date: '2024-05-01', status: 'chua-bat-dau' }))?.sha).toBe(shas[0]);
    expect(trail.stateCommits.get(stateKey('phuong-tran-phu', '1.2.1', { date: '2024-08-11', status: 'dang-thuc-hien' }))).toMatchObject({ sha: shas[1], pullRequest: 12 });
    expect(trail.stateCommits.get(stateKey('phuong-tran-phu', '1.2.1', { date: '2024-09-25', status: 'hoan-thanh' }))?.sha).toBe(shas[2]);
    expect(trail.rewrites).toEqual([{ unit: 'phuong-tran-phu', indicator: '1.2.1', entryDate: '2024-05-01', kind: 'altered', commit: expect.objectContaining({ sha: shas[2] }) }]);
    expect(audit?.rewrites).toHaveLength(1);
    expect(trail.commitCount).toBe(3);
    const { warn, info } = auditLogLines(trail);
    expect(info).toEqual(['Dấu vết kiểm toán từ git: 3 commit sửa content/progress/, 1 báo cáo có commit cuối.']);
    expect(warn).toEqual([expect.stringContaining(`Lịch sử báo cáo đã được sửa: content/progress/phuong-tran-phu.yaml, chỉ số "1.2.1", mục ngày 2024-05-01 bị thay đổi ở commit ${shas[2]!.slice(0, 7)}`)]);
  });

  const commit = (sha: string, subject: string) => ({ commit: { sha, date: '2024-06-01T10:00:00+07:00', author: 'A', subject }, file: 'progress/xa-dong-son.yaml' });
  const file = (entries: string[]) => `unit: xa-dong-son\nreports:\n  - indicator: "1.3"\n    status: hoan-thanh\n    updated: 2024-09-01\n    history:\n${entries.map((date) => `      - { date: ${date}, status: dang-thuc-hien, note: "" }`).join('\n') || '      []'}\n`;
  it.each([
    ['thêm mục mới: không phải sửa lịch sử', [['2024-03-01'], ['2024-03-01', '2024-06-01']], []],
    ['xóa một mục', [['2024-03-01', '2024-06-01'], ['2024-06-01']], [['2024-03-01', 'dropped']]],
    ['xóa cả báo cáo', [['2024-03-01'], null], [['2024-03-01', 'dropped']]],
    ['xóa cả tệp', [['2024-03-01'], undefined], [['2024-03-01', 'dropped']]],
    ['một phiên bản không phải YAML bị bỏ qua', [['2024-03-01'], 'reports: [\n'], []],
  ] as const)('%s', (_, sequence, expected) => {
    const versions = sequence.map((entry, index) => ({
      ...commit(`${index}`.padStart(40, 'a'), `commit ${index}`),
      text: entry === undefined ? undefined : entry === null ? 'unit: xa-dong-son\nreports: []\n' : typeof entry === 'string' ? entry : file([...entry]),
    }));
    const trail = deriveAuditTrail({ available: true, versions }, undefined);
    expect(trail.rewrites.map((rewrite) => [rewrite.entryDate, rewrite.kind])).toEqual(expected);
  });

  it.each([
    ['Cập nhật báo cáo (#12)', 12],
    ['Merge pull request #34 from phuong-tran-phu/bao-cao', 34],
    ['Sửa lỗi chính tả #5 trong ghi chú', undefined],
  ])('commitRef("%s") names pull request %s', (subject, number) => {
    const ref = commitRef({ sha: 'a'.repeat(40), date: '2024-06-01T10:00:00+07:00', author: 'A', subject }, repository);
    expect(ref.pullRequest).toBe(number);
    expect(ref.pullRequestUrl).toBe(number ? `https://github.com/bacgiang-cds/cong-chuyen-doi-so/pull/${number}` : undefined);
  });
});

describe('the trail in the model and the views', () => {
  it('links changes to their commits and shows the rewrite on the indicator page, from a real repository of the shipped content', () => {
    const site = join(root, 'site');
    cpSync('content', join(site, 'content'), { recursive: true });
    git(site, ['init', '-q']);
    git(site, ['add', '-A'], '2024-10-01T08:00:00+07:00');
    git(site, ['commit', '-q', '-m', 'Nội dung ban đầu'], '2024-10-01T08:00:00+07:00');
    const path = join(site, 'content', 'progress', 'phuong-tran-phu.yaml');
    const before = readFileSync(path, 'utf8');
    // Drop the 2024-05-01 history entry of 1.2.1.
    const after = before.replace(/(  - indicator: 1\.2\.1\n(?:.*\n)*?    history:\n)      - date: 2024-05-01\n        status: chua-bat-dau\n        note: .*\n/, '$1');
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    git(site, ['commit', '-q', '-am', 'Sửa báo cáo 1.2.1 (#7)'], '2024-10-02T08:00:00+07:00');
    const rewrite = git(site, ['rev-parse', 'HEAD']);

    const content = loadPortalContentFromDir(join(site, 'content'));
    const model = createPortalModel(content, { progressHistory: readProgressHistory(join(site, 'content')) });
    expect(model.audit.rewrites).toEqual([expect.objectContaining({ unit: 'phuong-tran-phu', indicator: '1.2.1', entryDate: '2024-05-01', kind: 'dropped' })]);
    const trail = reportTrailView(model, model.getIndicator('1.2.1')!);
    const ward = trail?.reports.find((entry) => entry.unitId === 'phuong-tran-phu');
    expect(ward?.commit).toMatchObject({ sha: rewrite, pullRequest: 7 });
    expect(ward?.rewrites.map((entry) => entry.commit.sha)).toEqual([rewrite]);
    expect(trail?.reports.find((entry) => entry.unitId !== 'phuong-tran-phu')?.rewrites).toEqual([]);
    const items = changeItems(model);
    expect(items.every((item) => item.commit !== undefined)).toBe(true);
    expect(items.find((item) => item.id === 'phuong-tran-phu/1.2.1/2024-09-25')?.commit?.subject).toBe('Nội dung ban đầu');
  });

  it('without a history, the model has no trail and the views show none', () => {
    const model = createPortalModel(loadPortalContentFromDir('content'));
    expect(model.audit.available).toBe(false);
    expect(reportTrailView(model, model.getIndicator('1.2.1')!)).toBeUndefined();
    expect(changeItems(model).some((item) => item.commit)).toBe(false);
  });
});
