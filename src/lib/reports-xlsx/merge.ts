/**
 * Writes checked sheet reports into a unit's content/progress/<unit>.yaml through the `yaml`
 * Document API, so comments, key order and every field the sheet does not cover stay as they were.
 * - a changed report gets the sheet's fields, `demo: false`, and its previous state appended to
 *   `history` when the status, value, note or update date changed (an evidence or reporter fix alone
 *   is a correction, not a new state);
 * - a report the sheet leaves as it is is not touched, so importing a file twice changes nothing;
 * - a new report is inserted in appendix order.
 */
import { isMap, isSeq, parseDocument, type Document, YAMLMap, YAMLSeq } from 'yaml';
import type { Unit } from '../content/schemas/unit.ts';
import { compareIndicatorIds } from '../plan/indicator-id.ts';
import type { FilledRow, SheetEvidence, SheetReport } from './check.ts';

type Raw = Record<string, unknown>;

export type ReportChange = { indicator: string; kind: 'new' | 'updated' | 'unchanged'; historyAdded: boolean };

export interface MergeResult {
  text: string;
  changes: ReportChange[];
}

/** Equality of plain YAML data, whatever the key order. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Raw).filter(([, item]) => item !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The sheet's evidence columns as the first evidence item; a link that is the old item's file stays a file. */
function firstEvidence(sheet: SheetEvidence, previous: Raw | undefined, indicator: string): Raw | undefined {
  if (!sheet.title && !sheet.number && !sheet.date && !sheet.link) return undefined;
  const item: Raw = { title: sheet.title ?? (previous?.title as string | undefined) ?? `Minh chứng báo cáo chỉ số ${indicator}` };
  if (sheet.number) item.number = sheet.number;
  if (sheet.date) item.date = sheet.date;
  if (sheet.link) item[sheet.link === previous?.file ? 'file' : 'url'] = sheet.link;
  return item;
}

/** The report's fields as the sheet gives them, over what the file has. */
function sheetFields(report: SheetReport, previous: Raw | undefined, indicator: string): Raw {
  const evidence = Array.isArray(previous?.evidence) ? (previous.evidence as Raw[]) : [];
  const first = firstEvidence(report.evidence, evidence[0], indicator);
  return {
    status: report.status,
    value: report.value,
    evidence: [...(first ? [first] : []), ...evidence.slice(1)],
    updated: report.updated,
    reporter: report.reporter,
    note: report.note,
  };
}

const FIELDS = ['status', 'value', 'evidence', 'updated', 'reporter', 'note'] as const;
const STATE_FIELDS = ['status', 'value', 'note', 'updated'] as const;

function emptyProgressDocument(unit: Unit): Document {
  const doc = parseDocument(`unit: ${unit.id}\nreports: []\n`);
  doc.commentBefore = ` Báo cáo tiến độ của ${unit.name}, nhập từ mẫu Excel (npm run import-reports).`;
  return doc;
}

/** A YAML node for a value; a frequency stays on one line, `{ count: 1, per: week }`, as editors write it. */
function valueNode(doc: Document, value: unknown): unknown {
  const node = doc.createNode(value);
  if (isMap(node)) node.flow = true;
  return node;
}

/** Sets a field only when it changed, so untouched fields keep their formatting. */
function setField(map: YAMLMap, doc: Document, key: string, value: unknown): void {
  const current = (map.toJSON() as Raw)[key];
  if (same(current ?? (key === 'note' ? '' : key === 'evidence' ? [] : undefined), value ?? (key === 'note' ? '' : undefined))) return;
  if (value === undefined) map.delete(key);
  else map.set(key, key === 'value' ? valueNode(doc, value) : doc.createNode(value));
}

/**
 * Merges the filled rows into the unit's progress file text (undefined when the unit has none).
 * @example mergeReports(undefined, unit, rows).text // 'unit: xa-dong-son\nreports:\n  - indicator: "1.1"…'
 */
export function mergeReports(text: string | undefined, unit: Unit, rows: readonly FilledRow[]): MergeResult {
  const doc = text === undefined ? emptyProgressDocument(unit) : parseDocument(text);
  let reports = doc.get('reports', true);
  if (!isSeq(reports)) {
    reports = new YAMLSeq();
    doc.set('reports', reports);
  }
  const seq = reports as YAMLSeq;
  // A `reports: []` written flow-style would grow as one long line.
  seq.flow = false;
  const changes: ReportChange[] = [];
  for (const { task, report } of rows) {
    const indicator = task.id;
    const node = seq.items.find((item) => isMap(item) && String(item.get('indicator')) === indicator) as YAMLMap | undefined;
    if (!node) {
      const fields = sheetFields(report, undefined, indicator);
      const created = doc.createNode({ indicator, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)), history: [], demo: false }) as YAMLMap;
      if (fields.value !== undefined) created.set('value', valueNode(doc, fields.value));
      const at = seq.items.findIndex((item) => isMap(item) && compareIndicatorIds(String(item.get('indicator')), indicator) > 0);
      seq.items.splice(at === -1 ? seq.items.length : at, 0, created);
      changes.push({ indicator, kind: 'new', historyAdded: false });
      continue;
    }
    const previous = node.toJSON() as Raw;
    const fields = sheetFields(report, previous, indicator);
    const normalise = (key: string, value: unknown) => value ?? (key === 'note' ? '' : key === 'evidence' ? [] : undefined);
    const differs = (key: string) => !same(normalise(key, previous[key]), normalise(key, fields[key]));
    if (!FIELDS.some(differs)) {
      changes.push({ indicator, kind: 'unchanged', historyAdded: false });
      continue;
    }
    const historyAdded = STATE_FIELDS.some(differs);
    if (historyAdded) {
      // The previous state, in the order history entries are written: date, status, value, note.
      const entry = doc.createNode({ date: previous.updated, status: previous.status }) as YAMLMap;
      if (previous.value !== undefined) entry.set('value', valueNode(doc, previous.value));
      if (typeof previous.note === 'string' && previous.note !== '') entry.set('note', previous.note);
      const history = node.get('history', true);
      if (isSeq(history) && history.items.length > 0) {
        history.add(entry);
      } else {
        const fresh = new YAMLSeq();
        fresh.items.push(entry);
        node.set('history', fresh);
      }
    }
    for (const key of FIELDS) setField(node, doc, key, fields[key]);
    if (node.get('demo') !== false) node.set('demo', false);
    changes.push({ indicator, kind: 'updated', historyAdded });
  }
  // Nothing changed: the text as it was, byte for byte, whatever the printer would reformat.
  if (text !== undefined && changes.every((change) => change.kind === 'unchanged')) return { text, changes };
  return { text: doc.toString({ lineWidth: 0 }), changes };
}
