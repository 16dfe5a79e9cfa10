/**
 * Writes .github/CODEOWNERS from site.yaml's `maintainers` and the `editors`
 * of each unit in content/units.yaml (src/lib/ownership/).
 *
 *   npm run codeowners                 (write the file)
 *   npm run codeowners -- --check      (exit 1 when the file is out of date)
 *   npm run codeowners -- --check --base origin/main --actor <login>
 *                                      (in a pull request: also exit 1 when the
 *                                       author changes editors or maintainers
 *                                       without being one of the base's maintainers)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { CODEOWNERS_PATH, createCodeowners } from '../src/lib/ownership/codeowners.ts';
import { judgeOwnershipChange } from '../src/lib/ownership/editors-change.ts';
import { OwnershipInputError, readOwnership, readOwnershipAtRef } from './lib/ownership-fs.ts';

const HELP = 'Xem hướng dẫn: CONTRIBUTING.md (mục "Quyền sở hữu và duyệt pull request")';

function fail(message: string): never {
  console.error(`${message}\n  ${HELP}`);
  process.exit(1);
}

let options: { check?: boolean; base?: string; actor?: string };
try {
  ({ values: options } = parseArgs({ options: { check: { type: 'boolean' }, base: { type: 'string' }, actor: { type: 'string' } }, strict: true }));
} catch (error) {
  fail(`Tùy chọn không hợp lệ: ${(error as Error).message}\n  Cách dùng: npm run codeowners [-- --check [--base origin/main --actor <tài khoản>]]`);
}
if ((options.base === undefined) !== (options.actor === undefined)) fail('--base và --actor đi cùng nhau: nhánh gốc của pull request và tài khoản đã gửi nó, ví dụ --base origin/main --actor nguyenvana.');
if (options.base !== undefined && !options.check) fail('--base và --actor chỉ dùng với --check.');

try {
  const contentDir = getContentDir();
  const head = readOwnership(contentDir);
  if (!head.maintainers) {
    fail(
      [
        'content/site.yaml chưa khai báo maintainers: CODEOWNERS cần nhóm quản trị sở hữu mọi tệp ngoài thư mục của từng đơn vị.',
        '  Cách sửa: thêm vào content/site.yaml, với nhóm và tài khoản GitHub thật của nhóm quản trị:',
        '    maintainers:',
        '      team: "@bacgiang-cds/quan-tri"',
        '      accounts: [nguyenvana]',
      ].join('\n'),
    );
  }
  const expected = createCodeowners({ maintainers: head.maintainers, units: head.units });
  const target = join(process.cwd(), CODEOWNERS_PATH);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

  if (options.check) {
    if (current !== expected) {
      fail(`${CODEOWNERS_PATH} không khớp với maintainers trong content/site.yaml và editors trong content/units.yaml.\n  Cách sửa: chạy npm run codeowners rồi đưa tệp ${CODEOWNERS_PATH} vào cùng pull request.`);
    }
    if (options.base !== undefined && options.actor !== undefined) {
      const verdict = judgeOwnershipChange(readOwnershipAtRef(contentDir, options.base), head, options.actor, options.base);
      if (!verdict.allowed) fail(verdict.message);
      if (verdict.changes.length > 0) console.log(`Thay đổi quyền sở hữu được chấp nhận (gửi bởi @${options.actor}):\n${verdict.changes.map((change) => `  - ${change}`).join('\n')}`);
    }
    console.log(`${CODEOWNERS_PATH} khớp với content/site.yaml và content/units.yaml.`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, expected, 'utf8');
    console.log(`Đã ghi ${CODEOWNERS_PATH} (nhóm quản trị ${head.maintainers.team}, ${head.units.filter((unit) => unit.editors.length > 0).length} đơn vị có biên tập viên).`);
  }
} catch (error) {
  if (!(error instanceof OwnershipInputError)) throw error;
  fail(error.message);
}
