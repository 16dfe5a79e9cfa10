/**
 * .github/CODEOWNERS, generated from each unit's `editors` in units.yaml: a
 * unit's editors own its posts folder, and nothing else. Pull requests that
 * touch a ward's folder then ask that ward's editors for review.
 */
import type { Unit } from '../content/schemas/unit.ts';

/** Where the generated file lives, relative to the repository root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * A GitHub handle with its "@", as CODEOWNERS needs it.
 * @example
 * toCodeowner('nguyenvana'); // '@nguyenvana'
 * toCodeowner('@bacgiang/bien-tap'); // '@bacgiang/bien-tap'
 */
export function toCodeowner(editor: string): string {
  return editor.startsWith('@') ? editor : `@${editor}`;
}

/**
 * The text of CODEOWNERS for the given units, in units.yaml order.
 * @example
 * createCodeowners([{ id: 'phuong-tran-phu', name: 'Phường Trần Phú', editors: ['nguyenvana'] }]);
 * // '…\n# Phường Trần Phú\n/content/posts/phuong-tran-phu/ @nguyenvana\n'
 */
export function createCodeowners(units: readonly Pick<Unit, 'id' | 'name' | 'editors'>[], postsDir = 'content/posts'): string {
  const lines = [
    '# Tệp này được sinh tự động từ trường editors trong content/units.yaml: không sửa tay.',
    '# Sau khi đổi danh sách biên tập viên, chạy: npm run codeowners',
    '# Biên tập viên của mỗi đơn vị chỉ sở hữu thư mục bài viết của đơn vị mình.',
  ];
  const owned = units.filter((unit) => unit.editors.length > 0);
  if (owned.length === 0) lines.push('#', '# Chưa có đơn vị nào khai báo biên tập viên (editors) trong content/units.yaml.');
  for (const unit of owned) {
    lines.push('', `# ${unit.name}`, `/${postsDir}/${unit.id}/ ${unit.editors.map(toCodeowner).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
