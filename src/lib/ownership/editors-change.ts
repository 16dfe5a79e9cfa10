/**
 * Who may change ownership. A pull request that changes any unit's `editors`
 * in units.yaml, or site.yaml's `maintainers`, changes who may approve whose
 * files; only a maintainer listed on the BASE branch may send it. Otherwise
 * an editor could add themselves to another ward's `editors`, regenerate
 * CODEOWNERS, and the file would look consistent.
 */
import type { Maintainers } from '../content/schemas/site.ts';
import type { Unit } from '../content/schemas/unit.ts';

/** The ownership facts of one side of a pull request. */
export interface OwnershipSide {
  maintainers?: Maintainers;
  units: readonly Pick<Unit, 'id' | 'name' | 'editors'>[];
}

/** A GitHub login or team as compared: without "@", lower case (GitHub ignores case). */
export function normalizeHandle(handle: string): string {
  return handle.replace(/^@/, '').toLowerCase();
}

function editorsById(side: OwnershipSide): Map<string, { name: string; editors: Set<string> }> {
  return new Map(side.units.map((unit) => [unit.id, { name: unit.name, editors: new Set(unit.editors.map(normalizeHandle)) }]));
}

/**
 * Every ownership change from `base` to `head`, one Vietnamese line each:
 * who gained or lost which unit, and any change of the maintainers.
 * @example
 * describeOwnershipChanges(
 *   { units: [{ id: 'xa-dong-son', name: 'Xã Đồng Sơn', editors: [] }] },
 *   { units: [{ id: 'xa-dong-son', name: 'Xã Đồng Sơn', editors: ['@tranphu'] }] },
 * ); // ['@tranphu được thêm vào editors của đơn vị "xa-dong-son" (Xã Đồng Sơn)']
 */
export function describeOwnershipChanges(base: OwnershipSide, head: OwnershipSide): string[] {
  const changes: string[] = [];
  const before = editorsById(base);
  const after = editorsById(head);
  for (const [id, unit] of after) {
    const previous = before.get(id)?.editors ?? new Set<string>();
    for (const editor of unit.editors) if (!previous.has(editor)) changes.push(`@${editor} được thêm vào editors của đơn vị "${id}" (${unit.name})`);
    for (const editor of previous) if (!unit.editors.has(editor)) changes.push(`@${editor} bị bỏ khỏi editors của đơn vị "${id}" (${unit.name})`);
  }
  for (const [id, unit] of before) {
    if (after.has(id)) continue;
    for (const editor of unit.editors) changes.push(`@${editor} mất đơn vị "${id}" (${unit.name}), đơn vị này bị xóa khỏi content/units.yaml`);
  }
  const teamBefore = base.maintainers ? normalizeHandle(base.maintainers.team) : undefined;
  const teamAfter = head.maintainers ? normalizeHandle(head.maintainers.team) : undefined;
  if (teamBefore !== teamAfter) changes.push(`nhóm quản trị (maintainers.team) đổi từ ${teamBefore ? `@${teamBefore}` : '(chưa có)'} thành ${teamAfter ? `@${teamAfter}` : '(không có)'}`);
  const accountsBefore = new Set((base.maintainers?.accounts ?? []).map(normalizeHandle));
  const accountsAfter = new Set((head.maintainers?.accounts ?? []).map(normalizeHandle));
  for (const account of accountsAfter) if (!accountsBefore.has(account)) changes.push(`@${account} được thêm vào maintainers.accounts`);
  for (const account of accountsBefore) if (!accountsAfter.has(account)) changes.push(`@${account} bị bỏ khỏi maintainers.accounts`);
  return changes;
}

/** The verdict on a pull request's ownership changes. */
export type OwnershipVerdict = { allowed: true; changes: string[] } | { allowed: false; changes: string[]; message: string };

/**
 * Whether `actor` (the pull request's author) may make the ownership changes
 * between `base` and `head`. Only the base branch's maintainers count: a list
 * the pull request itself edits proves nothing. A base with no maintainers yet
 * may receive its first `maintainers` block, and nothing else.
 */
export function judgeOwnershipChange(base: OwnershipSide, head: OwnershipSide, actor: string, baseRef: string): OwnershipVerdict {
  const changes = describeOwnershipChanges(base, head);
  if (changes.length === 0) return { allowed: true, changes };
  const trusted = new Set((base.maintainers?.accounts ?? []).map(normalizeHandle));
  if (trusted.has(normalizeHandle(actor))) return { allowed: true, changes };
  const editorChanges = describeOwnershipChanges({ units: base.units }, { units: head.units });
  if (!base.maintainers && editorChanges.length === 0) return { allowed: true, changes };
  const who = trusted.size > 0 ? [...trusted].map((account) => `@${account}`).join(', ') : '(nhánh gốc chưa khai báo maintainers trong content/site.yaml)';
  const message = [
    `Pull request này đổi quyền sở hữu so với ${baseRef}, nhưng tài khoản gửi (@${normalizeHandle(actor)}) không thuộc maintainers.accounts của nhánh gốc:`,
    ...changes.map((change) => `  - ${change}`),
    `  Chỉ nhóm quản trị được đổi editors trong content/units.yaml và maintainers trong content/site.yaml. Tài khoản được phép: ${who}.`,
    '  Cách sửa: bỏ thay đổi editors/maintainers khỏi pull request này (biên tập viên chỉ sửa bài và tệp tiến độ của đơn vị mình), hoặc nhờ nhóm quản trị gửi thay đổi đó.',
    '  Xem hướng dẫn: CONTRIBUTING.md',
  ].join('\n');
  return { allowed: false, changes, message };
}
