/**
 * A strict RFC 4180 reader for tests: it reads what src/lib/open-data/csv.ts
 * writes without sharing its code, so a writer bug cannot hide in both.
 */
export interface ParsedCsv {
  bom: boolean;
  header: string[];
  records: string[][];
  /** Each record as an object keyed by the header. */
  rows: Record<string, string>[];
}

/**
 * Parses CSV text with CRLF record ends and "" escapes inside quoted fields.
 * @throws {Error} On a bare quote, an unterminated field, or a bare LF between records.
 */
export function parseCsv(text: string): ParsedCsv {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      field += ch; i += 1; continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`bare quote at ${i}`);
      quoted = true; i += 1; continue;
    }
    if (ch === ',') { record.push(field); field = ''; i += 1; continue; }
    if (ch === '\r' && body[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i += 2; continue; }
    if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    field += ch; i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  const [header = [], ...rest] = records;
  return { bom, header, records: rest, rows: rest.map((r) => Object.fromEntries(header.map((name, index) => [name, r[index] ?? '']))) };
}
