import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { unitsFileSchema, type Unit, type UnitGroup } from '../../src/lib/content/schemas/unit.ts';

/** Reads units.yaml for maintenance scripts, which run before the full validation. */
export function loadUnitsForImport(path: string): { units: Unit[]; groups: UnitGroup[] } {
  return unitsFileSchema.parse(parse(readFileSync(path, 'utf8')));
}
