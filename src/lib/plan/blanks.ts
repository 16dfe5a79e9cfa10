/**
 * A draft plan leaves its number and its day blank ("Số: /KH-UBND", "ngày tháng 02 năm 2024").
 * Printed as written, the page reads as broken; these say once, plainly, what the draft leaves out.
 */
import type { PlanFrontmatter } from '../content/schemas/plan.ts';

/** What stands for a blank the draft leaves: an ellipsis, then why, in parentheses. */
const BLANK = '…';

/**
 * The plan's number without the "Số" label (the page prints the label itself).
 * @example
 * planNumberLabel({ number: '12/KH-UBND', symbol: 'KH-UBND' }); // '12/KH-UBND'
 * planNumberLabel({ number: null, symbol: 'KH-UBND' }); // '…/KH-UBND (bản chưa ghi số)'
 */
export function planNumberLabel(plan: Pick<PlanFrontmatter, 'number' | 'symbol'>): string {
  return plan.number ?? `${BLANK}/${plan.symbol} (bản chưa ghi số)`;
}

/** Where and when the plan was issued, as its header line says ("TP. Bắc Giang, ngày 01 tháng 02 năm 2024"). */
export interface PlanIssued {
  /** "TP. Bắc Giang"; undefined when the line names no place. */
  place: string | undefined;
  /** "ngày 01 tháng 02 năm 2024", or "… tháng 02 năm 2024 (chưa ghi ngày)" for a draft. */
  date: string;
}

const ISSUED_LINE = /^(?:(?<place>[^,]+),\s*)?ngày\s*(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})\s*năm\s*(?<year>\d{4})\s*$/u;

/**
 * Splits the issued line into its place and its date, marking a blank day. A line in another
 * form is kept whole as the date, so nothing the plan says is lost.
 * @example
 * planIssued({ issuedText: 'TP. Bắc Giang, ngày   tháng 02 năm 2024', issuedMonth: '2024-02' });
 * // { place: 'TP. Bắc Giang', date: '… tháng 02 năm 2024 (chưa ghi ngày)' }
 * planIssued({ issuedText: 'Thử Nghiệm, ngày 01 tháng 02 năm 2024', issuedMonth: '2024-02' });
 * // { place: 'Thử Nghiệm', date: 'ngày 01 tháng 02 năm 2024' }
 */
export function planIssued(plan: Pick<PlanFrontmatter, 'issuedText' | 'issuedMonth'>): PlanIssued {
  const text = plan.issuedText.trim().replace(/\s+/gu, ' ');
  const match = ISSUED_LINE.exec(text);
  if (!match?.groups) return { place: undefined, date: text };
  const { place, day, month, year } = match.groups;
  const date = day === undefined ? `${BLANK} tháng ${month} năm ${year} (chưa ghi ngày)` : `ngày ${day} tháng ${month} năm ${year}`;
  return { place: place?.trim(), date };
}
