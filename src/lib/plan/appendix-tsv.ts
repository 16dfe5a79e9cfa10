/** One appendix row as printed: every cell verbatim, `<i>` turned into `*emphasis*`. */
export interface AppendixRow {
  id: string;
  title: string;
  lead: string;
  partners: string;
  timeframe: string;
  evidence: string;
  note: string;
}

/** A pillar heading row of the appendix ("1  Nhận thức số") with the rows under it. */
export interface AppendixPillar {
  number: number;
  name: string;
  rows: AppendixRow[];
}

/**
 * Turns the seed's `<i>…</i>` into Markdown emphasis and tidies whitespace.
 * @example italicToEmphasis('<i>Cả năm</i>') // '*Cả năm*'
 */
export function italicToEmphasis(cell: string): string {
  return cell
    .replace(/<i>\s*([\s\S]*?)\s*<\/i>/g, '*$1*')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a plan's appendix pasted as tab-separated text (STT, title, lead,
 * partners, timeframe, evidence, note). Rows before the line starting with
 * "Phụ lục" and repeated header rows are ignored.
 * @example
 * parseAppendixTsv('Phụ lục\n1\tNhận thức số\n1.1\tTiêu đề\tPhòng VH&TT\t\tQuý I/2024\tVăn bản\t')[0].rows[0].id // '1.1'
 */
export function parseAppendixTsv(text: string): AppendixPillar[] {
  const start = text.search(/^Phụ lục/m);
  const appendix = start === -1 ? text : text.slice(start);
  const pillars: AppendixPillar[] = [];
  for (const line of appendix.normalize('NFC').split(/\r?\n/)) {
    const cells = line.split('\t');
    const id = cells[0]?.trim() ?? '';
    if (/^\d+$/.test(id)) {
      pillars.push({ number: Number(id), name: italicToEmphasis(cells[1] ?? ''), rows: [] });
    } else if (/^\d+(\.\d+){1,2}$/.test(id)) {
      const [title = '', lead = '', partners = '', timeframe = '', evidence = '', note = ''] = cells.slice(1).map(italicToEmphasis);
      pillars.at(-1)?.rows.push({ id, title, lead, partners, timeframe, evidence, note });
    }
  }
  return pillars;
}
