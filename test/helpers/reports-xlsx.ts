/** Filling progress-report templates programmatically, as an officer would in Excel, for the tests. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { createPortalModel, type PortalModel } from '../../src/lib/portal/model.ts';
import { COLUMN_INDEX, columnLetter, FIRST_TASK_ROW, REPORT_SHEET, type ColumnKey } from '../../src/lib/reports-xlsx/layout.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
/** The template fixture: phong-vhtt with real reports, phuong-tran-phu with demo ones, xa-dong-son with none. */
export const TEMPLATE_FIXTURE = join(projectRoot, 'test', 'fixtures', 'reports-xlsx', 'content');
export const TODAY = '2024-12-31';

export function loadModel(contentDir = TEMPLATE_FIXTURE): PortalModel {
  return createPortalModel(loadPortalContentFromDir(contentDir, projectRoot, { today: TODAY }));
}

/** A copy of the fixture's content/ in a fresh folder: `{ root, contentDir }`. */
export function copyFixture(): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'reports-xlsx-'));
  const contentDir = join(root, 'content');
  cpSync(TEMPLATE_FIXTURE, contentDir, { recursive: true });
  return { root, contentDir };
}

/** What to type into one cell: text, a number, a real date (ISO), or nothing. */
export type CellInput = { text: string } | { number: number } | { date: string } | { empty: true };

/** One edit: a cell by address ("B1") or by task id and column key. */
export interface CellEdit {
  cell?: string;
  task?: string;
  column?: ColumnKey;
  set: CellInput;
}

function toValue(input: CellInput): ExcelJS.CellValue {
  if ('text' in input) return input.text;
  if ('number' in input) return input.number;
  if ('date' in input) {
    const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return null;
}

/** Opens a template, applies the edits (and an optional rename of the report sheet), saves it. */
export async function fillTemplate(bytes: Uint8Array, edits: readonly CellEdit[], options: { renameSheet?: string } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(REPORT_SHEET)!;
  for (const edit of edits) {
    let address = edit.cell;
    if (!address) {
      let row = FIRST_TASK_ROW;
      while (row <= sheet.rowCount && sheet.getCell(row, 1).value !== edit.task) row += 1;
      if (row > sheet.rowCount) throw new Error(`no row for task ${edit.task}`);
      address = `${columnLetter(COLUMN_INDEX[edit.column!])}${row}`;
    }
    sheet.getCell(address).value = toValue(edit.set);
  }
  if (options.renameSheet) sheet.name = options.renameSheet;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ImportRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const importCommand = (args: readonly string[]) => [join(projectRoot, 'scripts', 'import-reports.ts'), ...args];
const importEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...process.env, PORTAL_CONTENT_DIR: '', PORTAL_TODAY: TODAY, NO_COLOR: '1', ...env });

/** Runs `npm run import-reports -- <args>` in `cwd` (its content/ unless PORTAL_CONTENT_DIR is given). */
export function runImport(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ImportRun {
  const result = spawnSync(process.execPath, importCommand(args), { cwd, env: importEnv(env), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking, so independent imports can run side by side. */
export function runImportAsync(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ImportRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, importCommand(args), { cwd, env: importEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
  });
}
