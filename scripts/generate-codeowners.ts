/**
 * Writes .github/CODEOWNERS from the editors listed in content/units.yaml.
 *
 *   npm run codeowners            (write the file)
 *   npm run codeowners -- --check (exit 1 when the file is out of date; for CI)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { CODEOWNERS_PATH, createCodeowners } from '../src/lib/posts/codeowners.ts';
import { loadUnitsForImport } from './lib/units-fs.ts';

const { units } = loadUnitsForImport(join(getContentDir(), 'units.yaml'));
const expected = createCodeowners(units);
const target = join(process.cwd(), CODEOWNERS_PATH);
const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;

if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error(`${CODEOWNERS_PATH} không khớp với editors trong content/units.yaml.\n  Cách sửa: chạy npm run codeowners rồi đưa tệp ${CODEOWNERS_PATH} vào cùng pull request.\n  Xem hướng dẫn: CONTRIBUTING.md`);
    process.exit(1);
  }
  console.log(`${CODEOWNERS_PATH} khớp với content/units.yaml.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected, 'utf8');
  console.log(`Đã ghi ${CODEOWNERS_PATH} (${units.filter((unit) => unit.editors.length > 0).length} đơn vị có biên tập viên).`);
}
