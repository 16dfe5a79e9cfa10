/**
 * .github/CODEOWNERS, generated from site.yaml's `maintainers` and each unit's
 * `editors` in units.yaml. GitHub applies the LAST matching line, so the file
 * goes from the widest rule to the narrowest:
 *   1. `*` and every sensitive path, explicitly, to the maintainers' team;
 *   2. then each unit with editors gets its own posts folder and its own
 *      progress file (with the maintainers beside them, who may always review).
 * Nothing a ward edits can then widen what it owns: ids are slugs, handles are
 * checked by the schemas, so no line can carry a wildcard.
 */
import type { Maintainers } from '../content/schemas/site.ts';
import type { Unit } from '../content/schemas/unit.ts';

/** Where the generated file lives, relative to the repository root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * Paths that only the maintainers may approve, in the order they are written.
 * A ward's own posts folder and progress file come after them and win.
 */
export const MAINTAINER_PATHS = [
  '/content/',
  '/content/plan/',
  '/content/indicators/',
  '/content/units.yaml',
  '/content/site.yaml',
  '/content/pillars.yaml',
  '/content/documents/',
  '/content/links.yaml',
  '/content/posts/',
  '/content/progress/',
  '/.github/',
  '/.github/workflows/',
  `/${CODEOWNERS_PATH}`,
  '/.ci/',
  '/src/',
  '/scripts/',
  '/test/',
  '/public/',
  '/docs/',
  '/package*.json',
  '/astro.config.mjs',
  '/tsconfig.json',
  '/vitest.config.ts',
  '/.htmlvalidate.json',
  '/.nvmrc',
] as const;

/**
 * A GitHub handle with its "@", as CODEOWNERS needs it.
 * @example
 * toCodeowner('nguyenvana'); // '@nguyenvana'
 * toCodeowner('@bacgiang/bien-tap'); // '@bacgiang/bien-tap'
 */
export function toCodeowner(editor: string): string {
  return editor.startsWith('@') ? editor : `@${editor}`;
}

/** A comment stays one line whatever a name holds (a line break would start a rule of its own). */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** The units.yaml and site.yaml facts CODEOWNERS is made from. */
export interface OwnershipInput {
  maintainers: Pick<Maintainers, 'team'>;
  units: readonly Pick<Unit, 'id' | 'name' | 'editors'>[];
  /** The posts folder relative to the repository root, `content/posts` unless the portal moved it. */
  postsDir?: string;
  progressDir?: string;
}

/**
 * The text of CODEOWNERS: the maintainers' team first, then each unit's
 * editors (in units.yaml order) for their posts folder and progress file.
 * @example
 * createCodeowners({ maintainers: { team: '@bg/quan-tri' }, units: [{ id: 'phuong-tran-phu', name: 'Phường Trần Phú', editors: ['nguyenvana'] }] });
 * // '…* @bg/quan-tri\n…/content/posts/phuong-tran-phu/ @nguyenvana @bg/quan-tri\n/content/progress/phuong-tran-phu.yaml @nguyenvana @bg/quan-tri\n'
 */
export function createCodeowners({ maintainers, units, postsDir = 'content/posts', progressDir = 'content/progress' }: OwnershipInput): string {
  const team = toCodeowner(maintainers.team);
  const lines = [
    '# Tệp này được sinh tự động từ content/site.yaml (maintainers) và content/units.yaml (editors): không sửa tay.',
    '# Sau khi đổi nhóm quản trị hay danh sách biên tập viên, chạy: npm run codeowners',
    '# GitHub áp dụng dòng khớp CUỐI CÙNG: nhóm quản trị sở hữu mọi tệp, rồi mỗi đơn vị sở hữu',
    '# thư mục bài viết và tệp tiến độ của riêng mình. Quy tắc nhánh main buộc phải có người sở hữu duyệt (CONTRIBUTING.md).',
    '',
    '# Nhóm quản trị: mọi tệp, và nêu rõ từng phần nhạy cảm',
    `* ${team}`,
    ...MAINTAINER_PATHS.map((path) => `${path} ${team}`),
  ];
  const owned = units.filter((unit) => unit.editors.length > 0);
  if (owned.length === 0) lines.push('', '# Chưa có đơn vị nào khai báo biên tập viên (editors) trong content/units.yaml.');
  for (const unit of owned) {
    const owners = [...new Set([...unit.editors.map(toCodeowner), team])].join(' ');
    lines.push('', `# ${oneLine(unit.name)}`, `/${postsDir}/${unit.id}/ ${owners}`, `/${progressDir}/${unit.id}.yaml ${owners}`);
  }
  return `${lines.join('\n')}\n`;
}
