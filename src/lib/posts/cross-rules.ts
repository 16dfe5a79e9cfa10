/**
 * A post's rules against other content: the days its unit existed, and a slug no other post uses.
 * One text for both places that hold them: `npm run check` (src/lib/posts/validate.ts) and the
 * browser editor's rules before saving (src/lib/cms/save-rules.ts).
 */
import type { Unit } from '../content/schemas/unit.ts';
import { formatDateVi } from '../format/date.ts';

/** A problem's text: what is wrong, and how to fix it. */
export interface RuleProblem {
  message: string;
  fix: string;
}

/**
 * Why a post dated `date` cannot belong to `unit` (outside its validFrom/validTo), or undefined.
 * @example unitValidityProblem({ name: 'Phường A', validTo: '2024-06-30' }, '2024-07-01')?.message; // 'Phường A không hoạt động vào ngày 01/07/2024 (đơn vị chỉ hoạt động đến 30/06/2024)'
 */
export function unitValidityProblem(unit: Pick<Unit, 'name' | 'validFrom' | 'validTo'>, date: string): RuleProblem | undefined {
  if (!((unit.validFrom && date < unit.validFrom) || (unit.validTo && date > unit.validTo))) return undefined;
  const range = [unit.validFrom && `từ ${formatDateVi(unit.validFrom)}`, unit.validTo && `đến ${formatDateVi(unit.validTo)}`].filter(Boolean).join(' ');
  return {
    message: `${unit.name} không hoạt động vào ngày ${formatDateVi(date)} (đơn vị chỉ hoạt động ${range})`,
    fix: 'kiểm tra lại ngày đăng, hoặc đăng bài dưới tên đơn vị đang hoạt động vào ngày đó',
  };
}

/**
 * The message for a post whose slug (the file name after its date) `firstFile` already uses.
 * @example slugTakenMessage('ra-mat', 'content/posts/phuong-my-do/2024-03-05-ra-mat.md');
 */
export function slugTakenMessage(slug: string, firstFile: string): string {
  return `tên bài "${slug}" (phần sau ngày trong tên tệp) đã được dùng cho ${firstFile}; mỗi bài cần một địa chỉ riêng`;
}
