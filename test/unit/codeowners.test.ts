/**
 * Ownership (issue 12, point 5): the generated CODEOWNERS gives the
 * maintainers everything and each ward only its posts folder and progress
 * file, read back with GitHub's matching rules; and only the base branch's
 * maintainers may change who edits which unit.
 */
import { describe, expect, it } from 'vitest';
import { createCodeowners, MAINTAINER_PATHS } from '../../src/lib/ownership/codeowners.ts';
import { describeOwnershipChanges, judgeOwnershipChange, type OwnershipSide } from '../../src/lib/ownership/editors-change.ts';
import { ownersOf, parseCodeowners, patternToRegExp } from '../../src/lib/ownership/match.ts';
import { maintainersSchema } from '../../src/lib/content/schemas/site.ts';

const TEAM = '@bacgiang-cds/quan-tri';
const maintainers = { team: TEAM, accounts: ['quantri-cds', 'LeVanQuanTri'] };
const units = [
  { id: 'phong-vhtt', name: 'Phòng Văn hóa và Thông tin', editors: ['bientap-vhtt'] },
  { id: 'phuong-tran-phu', name: 'Phường Trần Phú', editors: ['tranphu', '@bacgiang/phuong-tran-phu'] },
  { id: 'xa-dong-son', name: 'Xã Đồng Sơn', editors: [] },
];

describe("GitHub's CODEOWNERS patterns", () => {
  // [pattern, path, matches] — the examples of GitHub's "About code owners" page, and their relatives.
  const table: [string, string, boolean][] = [
    ['*', 'README.md', true],
    ['*', 'content/posts/x/a.md', true],
    ['*.js', 'src/a/b.js', true],
    ['*.js', 'src/a/b.ts', false],
    ['/build/logs/', 'build/logs/a.log', true],
    ['/build/logs/', 'build/logs/deep/a.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/a.txt', true],
    ['apps/', 'x/apps/a.txt', true],
    ['/docs/', 'docs/a/b.md', true],
    ['**/logs', 'a/b/logs/x.log', true],
    ['**/logs', 'logs/x.log', true],
    ['/content/posts/phuong-tran-phu/', 'content/posts/phuong-tran-phu/2024-01-01-a.md', true],
    ['/content/posts/phuong-tran-phu/', 'content/posts/phuong-tran-phu-moi/2024-01-01-a.md', false],
    ['/content/progress/xa-dong-son.yaml', 'content/progress/xa-dong-son.yaml', true],
    ['/content/progress/xa-dong-son.yaml', 'content/progress/xa-dong-son.yaml.bak', false],
    ['/package*.json', 'package-lock.json', true],
    ['/package*.json', 'sub/package.json', false],
    ['/.github/CODEOWNERS', '.github/CODEOWNERS', true],
  ];
  it.each(table)('%s matches %s: %s', (pattern, path, matches) => {
    expect(patternToRegExp(pattern).test(path)).toBe(matches);
  });

  it('applies the last matching line, and a line without owners un-owns', () => {
    const rules = parseCodeowners('* @a\n/docs/ @b\n/docs/cu/\n# ghi chú\n');
    expect(ownersOf(rules, 'src/x.ts')).toEqual(['@a']);
    expect(ownersOf(rules, 'docs/x.md')).toEqual(['@b']);
    expect(ownersOf(rules, 'docs/cu/x.md')).toEqual([]);
  });

  it('refuses what GitHub does not support, rather than reading it another way', () => {
    expect(() => patternToRegExp('!docs/')).toThrow(/not supported/);
    expect(() => patternToRegExp('[ab].md')).toThrow(/not supported/);
  });
});

describe('the generated CODEOWNERS', () => {
  const rules = parseCodeowners(createCodeowners({ maintainers, units }));

  it('starts with the maintainers team for every path', () => {
    expect(rules[0]).toMatchObject({ pattern: '*', owners: [TEAM] });
  });

  // [path, owners] — who must approve a change to each kind of file.
  const owners: [string, string[]][] = [
    ['content/posts/phuong-tran-phu/2024-05-10-bai.md', ['@tranphu', '@bacgiang/phuong-tran-phu', TEAM]],
    ['content/posts/phuong-tran-phu/anh-bia.jpg', ['@tranphu', '@bacgiang/phuong-tran-phu', TEAM]],
    ['content/progress/phuong-tran-phu.yaml', ['@tranphu', '@bacgiang/phuong-tran-phu', TEAM]],
    ['content/posts/phong-vhtt/2024-03-22-bai.md', ['@bientap-vhtt', TEAM]],
    ['content/progress/phong-vhtt.yaml', ['@bientap-vhtt', TEAM]],
    // A unit without editors, another ward's files, and everything shared: the maintainers only.
    ['content/posts/xa-dong-son/2024-01-01-bai.md', [TEAM]],
    ['content/progress/xa-dong-son.yaml', [TEAM]],
    ['content/progress/phuong-tran-phu-moi.yaml', [TEAM]],
    ['content/units.yaml', [TEAM]],
    ['content/site.yaml', [TEAM]],
    ['content/plan/ke-hoach-2024.mdx', [TEAM]],
    ['content/indicators/1-nhan-thuc-so.yaml', [TEAM]],
    ['content/documents/van-ban.yaml', [TEAM]],
    ['content/links.yaml', [TEAM]],
    ['content/pillars.yaml', [TEAM]],
    ['content/posts/.ghi-chu', [TEAM]],
    ['.github/CODEOWNERS', [TEAM]],
    ['.github/workflows/ci.yml', [TEAM]],
    ['src/lib/posts/validate.ts', [TEAM]],
    ['scripts/build.ts', [TEAM]],
    ['test/unit/codeowners.test.ts', [TEAM]],
    ['package.json', [TEAM]],
    ['package-lock.json', [TEAM]],
    ['astro.config.mjs', [TEAM]],
    ['.ci/run', [TEAM]],
    ['README.md', [TEAM]],
  ];
  it.each(owners)('%s is owned by %j', (path, expected) => {
    expect(ownersOf(rules, path)).toEqual(expected);
  });

  it('names every sensitive path explicitly, before the wards', () => {
    const patterns = rules.map((rule) => rule.pattern);
    for (const path of ['/content/plan/', '/content/indicators/', '/content/units.yaml', '/content/site.yaml', '/.github/', '/.github/CODEOWNERS', '/src/', '/scripts/', '/test/', '/package*.json', '/astro.config.mjs', '/.ci/']) {
      expect(MAINTAINER_PATHS as readonly string[]).toContain(path);
      expect(patterns.indexOf(path), path).toBeLessThan(patterns.indexOf('/content/posts/phong-vhtt/'));
    }
  });

  it('keeps a unit name with a line break on its comment line', () => {
    const text = createCodeowners({ maintainers, units: [{ id: 'xa-a', name: 'Xã A\n* @ke-gian', editors: ['a'] }] });
    expect(text).toContain('# Xã A * @ke-gian\n');
    expect(ownersOf(parseCodeowners(text), 'src/x.ts')).toEqual([TEAM]);
  });

  it('says so when no unit has editors', () => {
    const text = createCodeowners({ maintainers, units: [units[2]!] });
    expect(text).toContain('# Chưa có đơn vị nào khai báo biên tập viên (editors) trong content/units.yaml.');
    expect(ownersOf(parseCodeowners(text), 'content/posts/xa-dong-son/a.md')).toEqual([TEAM]);
  });
});

describe('site.yaml maintainers', () => {
  it.each([
    [{ team: '@bacgiang-cds/quan-tri', accounts: ['quantri-cds'] }, true],
    [{ team: '@mot-nguoi', accounts: ['@mot-nguoi'] }, true],
    [{ team: 'bacgiang-cds/quan-tri', accounts: ['a'] }, false],
    [{ team: '@bacgiang-cds/quan tri', accounts: ['a'] }, false],
    [{ team: '@bacgiang-cds/quan-tri', accounts: [] }, false],
    [{ team: '@bacgiang-cds/quan-tri', accounts: ['tên có dấu'] }, false],
    [{ team: '@bacgiang-cds/quan-tri', accounts: ['a'], extra: 1 }, false],
  ])('%j is valid: %s', (value, valid) => {
    expect(maintainersSchema.safeParse(value).success).toBe(valid);
  });

  it('explains what a team looks like', () => {
    const result = maintainersSchema.safeParse({ team: 'quan-tri', accounts: ['a'] });
    expect(result.error?.issues[0]?.message).toBe('cần tên nhóm quản trị trên GitHub bắt đầu bằng "@", dạng "@tổ-chức/nhóm", ví dụ "@bacgiang-cds/quan-tri"');
  });
});

describe('who may change ownership', () => {
  const base: OwnershipSide = { maintainers, units };
  const withEditors = (id: string, editors: string[]): OwnershipSide => ({ maintainers, units: units.map((unit) => (unit.id === id ? { ...unit, editors } : unit)) });

  it('names who gained and who lost which unit', () => {
    expect(describeOwnershipChanges(base, withEditors('xa-dong-son', ['tranphu']))).toEqual(['@tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)']);
    expect(describeOwnershipChanges(base, withEditors('phong-vhtt', []))).toEqual(['@bientap-vhtt bị bỏ khỏi editors của đơn vị "phong-vhtt" (Phòng Văn hóa và Thông tin)']);
    expect(describeOwnershipChanges(base, { maintainers, units: units.slice(1) })).toEqual(['@bientap-vhtt mất đơn vị "phong-vhtt" (Phòng Văn hóa và Thông tin), đơn vị này bị xóa khỏi content/units.yaml']);
    // Case and "@" do not make a change (GitHub logins ignore case).
    expect(describeOwnershipChanges(base, withEditors('phong-vhtt', ['@BienTap-VHTT']))).toEqual([]);
  });

  it('refuses an editor who adds themselves to another ward, with who gained what', () => {
    const verdict = judgeOwnershipChange(base, withEditors('xa-dong-son', ['tranphu']), 'tranphu', 'origin/main');
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.message).toBe(
      [
        'Pull request này đổi quyền sở hữu so với origin/main, nhưng tài khoản gửi (@tranphu) không thuộc maintainers.accounts của nhánh gốc:',
        '  - @tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)',
        '  Chỉ nhóm quản trị được đổi editors trong content/units.yaml và maintainers trong content/site.yaml. Tài khoản được phép: @quantri-cds, @levanquantri.',
        '  Cách sửa: bỏ thay đổi editors/maintainers khỏi pull request này (biên tập viên chỉ sửa bài và tệp tiến độ của đơn vị mình), hoặc nhờ nhóm quản trị gửi thay đổi đó.',
        '  Xem hướng dẫn: CONTRIBUTING.md',
      ].join('\n'),
    );
  });

  it('trusts the base branch’s maintainers only, not a list the pull request edits', () => {
    const head: OwnershipSide = { maintainers: { team: TEAM, accounts: [...maintainers.accounts, 'tranphu'] }, units: withEditors('xa-dong-son', ['tranphu']).units };
    const verdict = judgeOwnershipChange(base, head, 'tranphu', 'origin/main');
    expect(verdict.allowed).toBe(false);
    expect(verdict.changes).toEqual(['@tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)', '@tranphu được thêm vào maintainers.accounts']);
    expect(judgeOwnershipChange(base, { ...base, maintainers: { team: '@ke-gian/nhom', accounts: ['tranphu'] } }, 'tranphu', 'origin/main').allowed).toBe(false);
  });

  it('lets a maintainer change editors, in any case of their login, and anyone send a change without ownership changes', () => {
    expect(judgeOwnershipChange(base, withEditors('xa-dong-son', ['tranphu']), 'levanquantri', 'origin/main')).toEqual({ allowed: true, changes: ['@tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)'] });
    expect(judgeOwnershipChange(base, base, 'tranphu', 'origin/main')).toEqual({ allowed: true, changes: [] });
  });

  it('accepts the first maintainers block on a base without one, but no editors change with it', () => {
    const bare: OwnershipSide = { units };
    expect(judgeOwnershipChange(bare, base, 'anyone', 'origin/main').allowed).toBe(true);
    const verdict = judgeOwnershipChange(bare, withEditors('xa-dong-son', ['anyone']), 'anyone', 'origin/main');
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.message).toContain('(nhánh gốc chưa khai báo maintainers trong content/site.yaml)');
  });
});
