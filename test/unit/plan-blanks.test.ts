/** /ke-hoach/: a draft's blank number and day read as blanks, said once, with no label doubled (issue 14). */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { planIssued, planNumberLabel } from '../../src/lib/plan/blanks.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { planView } from '../../src/lib/views/plan.ts';

describe('planNumberLabel', () => {
  it.each([
    [{ number: null, symbol: 'KH-UBND' }, '…/KH-UBND (bản chưa ghi số)'],
    [{ number: '12/KH-UBND', symbol: 'KH-UBND' }, '12/KH-UBND'],
    [{ number: null, symbol: 'QĐ-UBND' }, '…/QĐ-UBND (bản chưa ghi số)'],
  ])('%j → %s', (plan, label) => {
    expect(planNumberLabel(plan)).toBe(label);
  });
});

describe('planIssued', () => {
  it.each([
    ['TP. Bắc Giang, ngày tháng 02 năm 2024', { place: 'TP. Bắc Giang', date: '… tháng 02 năm 2024 (chưa ghi ngày)' }],
    ['TP. Bắc Giang, ngày    tháng 02 năm 2024', { place: 'TP. Bắc Giang', date: '… tháng 02 năm 2024 (chưa ghi ngày)' }],
    ['Thử Nghiệm, ngày 01 tháng 02 năm 2024', { place: 'Thử Nghiệm', date: 'ngày 01 tháng 02 năm 2024' }],
    ['ngày 5 tháng 3 năm 2024', { place: undefined, date: 'ngày 5 tháng 3 năm 2024' }],
    // Another form is kept whole: nothing the plan says is dropped.
    ['Tháng 02/2024', { place: undefined, date: 'Tháng 02/2024' }],
  ])('%j', (issuedText, expected) => {
    expect(planIssued({ issuedText, issuedMonth: '2024-02' })).toEqual(expected);
  });
});

describe('the shipped draft plan', () => {
  const root = resolve(import.meta.dirname, '../..');
  const view = planView(createPortalModel(loadPortalContentFromDir(join(root, 'content'))));

  it('shows the blank number and the blank day once, without "Số:" inside the value', () => {
    expect(view.identity.number).toBe('…/KH-UBND (bản chưa ghi số)');
    expect(view.identity.issued).toEqual({ place: 'TP. Bắc Giang', date: '… tháng 02 năm 2024 (chưa ghi ngày)' });
    expect(view.identity.number).not.toMatch(/^Số/u);
    expect(view.identity.issued.date).not.toMatch(/ngày\s+tháng/u);
  });
});
