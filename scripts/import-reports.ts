/**
 * Turns filled Excel templates (/du-lieu/mau-bao-cao/<unit>.xlsx) into content/progress/<unit>.yaml.
 *
 *   npm run import-reports -- bao-cao/phuong-tran-phu.xlsx bao-cao/xa-dong-son.xlsx
 *   npm run import-reports -- --dry-run bao-cao/*.xlsx      (shows the changes as a diff, writes nothing)
 *
 * The unit is read from the file (cell B1), not its name. Every problem is listed with its file,
 * sheet, row and column, and then nothing is written; nor when the result would fail `npm run check`.
 * Honours PORTAL_CONTENT_DIR and PORTAL_TODAY like the build does.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { getContentDir } from '../src/lib/content/content-dir-fs.ts';
import { ContentValidationError, formatIssue } from '../src/lib/content/errors.ts';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../src/lib/portal/model.ts';
import { planImport, type ProgressWrite } from '../src/lib/reports-xlsx/import.ts';
import { formatSheetIssues } from '../src/lib/reports-xlsx/issues.ts';
import { progressPath, readProgressText, readTemplates, validateAfterWrites, writeProgressFiles } from './lib/reports-import-fs.ts';

const USAGE = 'Cách dùng: npm run import-reports -- [--dry-run] <tệp.xlsx>…\nVí dụ:     npm run import-reports -- bao-cao/phuong-tran-phu.xlsx';

function fail(message: string): never {
  console.error(message.trimEnd());
  process.exit(1);
}

let parsed: { values: { 'dry-run'?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({ options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(`Lỗi: ${(error as Error).message}\n\n${USAGE}`);
}
const dryRun = parsed.values['dry-run'] === true;
const files = parsed.positionals;
if (files.length === 0) fail(`Lỗi: chưa có tệp nào để nhập.\n\n${USAGE}`);

const root = process.cwd();
const contentDir = getContentDir(root);
let model;
try {
  model = createPortalModel(loadPortalContentFromDir(contentDir, root));
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  fail(`Nội dung hiện có chưa hợp lệ, cần sửa trước khi nhập báo cáo:\n\n${error.message}`);
}

const plan = planImport(await readTemplates(files), model, (unitId) => readProgressText(contentDir, unitId));
if (plan.issues.length > 0) fail(formatSheetIssues(plan.issues));

const changed = plan.writes.filter((write) => write.before !== write.after);
const shown = (write: ProgressWrite) => relative(root, progressPath(contentDir, write.unit.id)).split('\\').join('/');
if (changed.length > 0) {
  const issues = validateAfterWrites(contentDir, root, changed);
  if (issues.length > 0) {
    fail(`Kết quả nhập không qua kiểm tra nội dung (npm run check), chưa ghi tệp nào:\n\n${issues.map(formatIssue).join('\n\n')}\n`);
  }
}

const summary = (write: ProgressWrite) => {
  const count = (kind: string) => write.changes.filter((change) => change.kind === kind).length;
  const history = write.changes.filter((change) => change.historyAdded).length;
  return `${shown(write)} (từ ${write.from}): ${count('updated')} báo cáo cập nhật (${history} trạng thái cũ chuyển vào history), ${count('new')} báo cáo mới, ${count('unchanged')} giữ nguyên.`;
};

if (dryRun) {
  for (const write of changed) {
    process.stdout.write(createTwoFilesPatch(`a/${shown(write)}`, `b/${shown(write)}`, write.before ?? '', write.after, undefined, undefined, { context: 3 }));
  }
  console.log(changed.length === 0 ? 'Không có thay đổi nào.' : `Chạy thử (--dry-run): chưa ghi tệp nào.\n${changed.map(summary).join('\n')}`);
} else {
  writeProgressFiles(contentDir, changed);
  console.log(changed.length === 0 ? 'Không có thay đổi nào: các báo cáo đã giống hệt mẫu.' : `Đã ghi:\n${changed.map(summary).join('\n')}`);
}
