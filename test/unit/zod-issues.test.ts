import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isoDateSchema, vietnameseDateToIso } from '../../src/lib/content/schemas/common.ts';
import { allowedFieldsAt, editDistance, nearestField, zodIssueFix, zodIssueToVietnamese } from '../../src/lib/content/zod-issues.ts';

/** The first issue a schema reports for `value`, as parseAndValidate sees it. */
function issueOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to be refused');
  return result.error.issues[0] as z.core.$ZodIssue;
}

describe('what to write instead: a corrected line for each kind of schema problem', () => {
  const unit = z.strictObject({ unit: z.string(), name: z.string().min(1), kind: z.enum(['agency', 'ward']), year: z.number(), tags: z.array(z.string()).min(1) });

  it.each([
    ['a missing field, with an example for its name', { name: 'A', kind: 'ward', year: 2024, tags: ['x'] }, 'thêm dòng “unit: phuong-tran-phu”, thụt lề thẳng hàng với các trường khác của mục này'],
    ['a missing field, with an example for its type', { unit: 'a', kind: 'ward', year: 2024, tags: ['x'] }, 'thêm dòng “name: …”, thụt lề thẳng hàng với các trường khác của mục này'],
    ['a value outside the list', { unit: 'a', name: 'A', kind: 'phuong', year: 2024, tags: ['x'] }, 'ghi kind: agency (hoặc một giá trị khác trong danh sách trên)'],
    ['a listed value written with capitals and spaces', { unit: 'a', name: 'A', kind: ' Ward ', year: 2024, tags: ['x'] }, 'ghi kind: ward'],
    ['words where a number belongs', { unit: 'a', name: 'A', kind: 'ward', year: 'hai nghìn', tags: ['x'] }, 'ghi year: 2024'],
    ['an empty text', { unit: 'a', name: '', kind: 'ward', year: 2024, tags: ['x'] }, 'điền nội dung, ví dụ name: …'],
    ['an empty list', { unit: 'a', name: 'A', kind: 'ward', year: 2024, tags: [] }, 'thêm ít nhất 1 mục vào danh sách tags'],
    ['a misspelt field', { unit: 'a', name: 'A', kind: 'ward', year: 2024, tags: ['x'], nmae: 'A' }, 'xóa dòng "nmae: …", hoặc sửa tên trường cho đúng tên trong tệp mẫu (viết thường, không dấu)'],
  ])('%s', (_label, value, fix) => {
    expect(zodIssueFix(issueOf(unit, value))).toBe(fix);
  });

  it('takes the example a schema’s own message gives', () => {
    const due = z.object({ due: z.string().refine(() => false, { message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' }) });
    const issue = issueOf(due, { due: '2024-02-30' });
    expect(zodIssueToVietnamese(issue)).toBe('cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29');
    expect(zodIssueFix(issue)).toBe('ghi due: 2024-02-29');
  });

  it('turns a date written the Vietnamese way into the date to write, and gives the usual example for an impossible one', () => {
    const report = z.object({ updated: isoDateSchema });
    expect(zodIssueFix(issueOf(report, { updated: '12/10/2024' }))).toBe('ghi updated: 2024-10-12');
    expect(zodIssueFix(issueOf(report, { updated: '30/02/2024' }))).toBe('ghi updated: 2024-02-29');
    expect(vietnameseDateToIso('1.6.2024')).toBe('2024-06-01');
    expect(vietnameseDateToIso('2024-06-01')).toBeUndefined();
  });

  it('passes on the fix a schema’s own check carries', () => {
    const checked = z.object({ a: z.number() }).superRefine((value, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['a'], message: 'quá lớn', params: { fix: 'ghi a: 1' } });
    });
    expect(zodIssueFix(issueOf(checked, { a: 5 }))).toBe('ghi a: 1');
  });

  it('gives no fix when the issue says nothing to build one from', () => {
    const checked = z.object({ a: z.number() }).superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', path: ['a'], message: 'không hợp lệ' }));
    expect(zodIssueFix(issueOf(checked, { a: 5 }))).toBeUndefined();
  });
});

describe('did-you-mean for misspelt field names', () => {
  it.each([
    ['sumary', 'summary', 1],
    ['titel', 'title', 1],
    ['staus', 'status', 1],
    ['indicator', 'indicators', 1],
    ['mau-sac', 'title', 7],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it.each([
    ['sumary', ['title', 'summary', 'date'], 'summary'],
    ['Summary', ['title', 'summary'], 'summary'],
    ['tagLine', ['tagline', 'name'], 'tagline'],
    ['short_name', ['shortName', 'name'], 'shortName'],
    ['knid', ['id', 'kind', 'name'], 'kind'],
    ['chuyen-muc', ['title', 'summary', 'date'], undefined],
    ['x', ['id', 'name'], undefined],
  ] as const)('nearestField(%s) → %s', (typed, allowed, meant) => {
    expect(nearestField(typed, allowed)).toBe(meant);
  });

  it('finds the allowed fields at a path through arrays, optional and preprocessed schemas', () => {
    const schema = z.object({ units: z.array(z.object({ id: z.string(), kind: z.string().optional() }).strict()), cover: z.object({ src: z.string(), alt: z.string() }).optional() });
    expect(allowedFieldsAt(schema, [])).toEqual(['units', 'cover']);
    expect(allowedFieldsAt(schema, ['units', 3])).toEqual(['id', 'kind']);
    expect(allowedFieldsAt(schema, ['cover'])).toEqual(['src', 'alt']);
    expect(allowedFieldsAt(schema, ['units', 3, 'id'])).toBeUndefined();
  });

  it('suggests the field in the message and the fix, and never offers demo', () => {
    const schema = z.object({ title: z.string(), summary: z.string(), demo: z.boolean().optional() }).strict();
    const near = schema.safeParse({ title: 'a', summary: 'b', sumary: 'c' }).error?.issues[0];
    const far = schema.safeParse({ title: 'a', summary: 'b', dmeo: true, x: 1 }).error?.issues[0];
    expect(near && zodIssueToVietnamese(near, schema)).toBe('có trường không được hỗ trợ: "sumary" — bạn muốn viết summary?');
    expect(near && zodIssueFix(near, schema)).toBe('sửa "sumary:" thành "summary:" (giữ nguyên giá trị sau dấu hai chấm)');
    expect(far && zodIssueFix(far, schema)).toBe('xóa dòng "dmeo: …", hoặc sửa tên trường cho đúng một trong: title, summary');
  });
});
