import type { Unit, UnitGroup } from '../content/schemas/unit.ts';

/**
 * Whether a unit exists at any time during the given year.
 * @example
 * isUnitActiveInYear({ validTo: '2024-12-31' } as Unit, 2025); // false
 */
export function isUnitActiveInYear(unit: Pick<Unit, 'validFrom' | 'validTo'>, year: number): boolean {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  return (!unit.validFrom || unit.validFrom <= yearEnd) && (!unit.validTo || unit.validTo >= yearStart);
}

/**
 * The members of a group in a year: every unit of the group's kinds that exists then.
 * @example
 * getGroupMembers({ kinds: ['ward'] } as UnitGroup, units, 2024).map((u) => u.id);
 */
export function getGroupMembers(group: Pick<UnitGroup, 'kinds'>, units: readonly Unit[], year: number): Unit[] {
  return units.filter((unit) => group.kinds.includes(unit.kind) && isUnitActiveInYear(unit, year));
}

/**
 * Expands unit and group ids into the units they mean, without duplicates, in order.
 * @example
 * expandUnitRefs(['phong-vhtt', 'ubnd-phuong-xa'], units, groups, 2024).length; // 17
 */
export function expandUnitRefs(
  refs: readonly string[],
  units: readonly Unit[],
  groups: readonly UnitGroup[],
  year: number,
): Unit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const seen = new Set<string>();
  const result: Unit[] = [];
  for (const ref of refs) {
    const group = groups.find((candidate) => candidate.id === ref);
    const members = group ? getGroupMembers(group, units, year) : [byId.get(ref)].filter((u): u is Unit => !!u);
    for (const unit of members) {
      if (!seen.has(unit.id)) {
        seen.add(unit.id);
        result.push(unit);
      }
    }
  }
  return result;
}
