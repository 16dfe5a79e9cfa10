/**
 * The import's plan, without the file system: filled templates in, the progress files to write out
 * (or the problems). scripts/import-reports.ts reads the files, runs the content validator on the
 * result and writes.
 */
import type { Unit } from '../content/schemas/unit.ts';
import { checkFilledTemplate } from './check.ts';
import type { SheetIssue } from './issues.ts';
import { mergeReports, type ReportChange } from './merge.ts';
import type { SheetGrid } from './read.ts';
import type { TemplateSource } from './rows.ts';

export interface ImportInput {
  /** As given on the command line. */
  file: string;
  /** Undefined when the file could not be opened; `openIssue` says why. */
  grid?: SheetGrid;
  openIssue?: SheetIssue;
}

export interface ProgressWrite {
  unit: Unit;
  /** The template it came from. */
  from: string;
  /** The file's text now; undefined when the unit has no progress file yet. */
  before: string | undefined;
  after: string;
  changes: ReportChange[];
}

export interface ImportPlan {
  issues: SheetIssue[];
  /** One per unit, changed or not. */
  writes: ProgressWrite[];
}

/**
 * Checks every template and merges each into its unit's progress file.
 * @example planImport([{ file: 'a.xlsx', grid }], model, (id) => texts.get(id)) // { issues: [], writes: [...] }
 */
export function planImport(inputs: readonly ImportInput[], source: TemplateSource, progressText: (unitId: string) => string | undefined): ImportPlan {
  const issues: SheetIssue[] = [];
  const writes: ProgressWrite[] = [];
  const fileOfUnit = new Map<string, string>();
  for (const input of inputs) {
    if (!input.grid) {
      if (input.openIssue) issues.push(input.openIssue);
      continue;
    }
    const checked = checkFilledTemplate(input.file, input.grid, source);
    issues.push(...checked.issues);
    if (!checked.unit || checked.issues.length > 0) continue;
    const earlier = fileOfUnit.get(checked.unit.id);
    if (earlier) {
      issues.push({ file: input.file, message: `tệp này và ${earlier} cùng là báo cáo của đơn vị "${checked.unit.id}"`, fix: 'mỗi lần nhập chỉ đưa một tệp cho mỗi đơn vị; giữ tệp mới nhất' });
      continue;
    }
    fileOfUnit.set(checked.unit.id, input.file);
    const before = progressText(checked.unit.id);
    const merged = mergeReports(before, checked.unit, checked.rows);
    writes.push({ unit: checked.unit, from: input.file, before, after: merged.text, changes: merged.changes });
  }
  return { issues, writes: issues.length > 0 ? [] : writes };
}
