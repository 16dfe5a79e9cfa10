import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import type { Unit } from '../../src/lib/content/schemas/unit.ts';
import { createPortalModel } from '../../src/lib/portal/model.ts';
import { expandUnitRefs, getGroupMembers, isUnitActiveInYear } from '../../src/lib/units/membership.ts';

const model = createPortalModel(loadPortalContentFromDir('content'));
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('createPortalModel on the shipped content', () => {
  it('links parents and children', () => {
    expect(ids(model.childrenOf(model.getIndicator('1.2')!))).toEqual(['1.2.1', '1.2.2']);
    expect(ids(model.childrenOf(model.getIndicator('5.5')!))).toHaveLength(7);
    expect(model.parentOf(model.getIndicator('5.5.3')!)?.id).toBe('5.5');
    expect(model.parentOf(model.getIndicator('1.4')!)).toBeUndefined();
  });

  it('sorts indicators numerically within a pillar', () => {
    expect(ids(model.indicatorsOf(model.getPillar(6)!))).toEqual([
      '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10', '6.11', '6.12', '6.13',
    ]);
  });

  it('gives every ward the rows assigned to "UBND phường, xã"', () => {
    const ward = model.getUnit('phuong-tran-phu')!;
    const { lead, partner } = model.assignmentsOf(ward);
    expect(ids(lead)).toContain('1.4');
    expect(ids(lead)).toContain('1.8');
    expect(ids(lead)).toContain('6.13');
    expect(ids(partner)).toContain('3.3');
    // A unit never appears as partner on a row it leads.
    expect(ids(lead).filter((id) => ids(partner).includes(id))).toEqual([]);
  });

  it('expands groups into their members for display', () => {
    const [vhtt, group] = model.resolveRefs(model.getIndicator('1.1')!.lead);
    expect(vhtt).toMatchObject({ type: 'unit', unit: { id: 'phong-vhtt' } });
    expect(group?.type === 'group' && group.members).toHaveLength(16);
    expect(model.leadUnitsOf(model.getIndicator('1.1')!)).toHaveLength(17);
  });

  it('groups units by kind, sorted the Vietnamese way', () => {
    const wards = model.unitsByKind().find((entry) => entry.kind === 'ward')!;
    expect(wards.units).toHaveLength(10);
    expect(wards.units[0]?.name).toBe('Phường Dĩnh Kế');
    expect(wards.units.at(-1)?.name).toBe('Phường Xương Giang');
  });

  it('assigns every indicator at least one lead unit, except group headings', () => {
    const withoutLead = model.indicators.filter((indicator) => model.leadUnitsOf(indicator).length === 0);
    expect(ids(withoutLead)).toEqual(['5.5']);
  });
});

describe('unit validity periods', () => {
  const unit = (id: string, kind: Unit['kind'], validFrom?: string, validTo?: string): Unit =>
    ({ id, name: id, kind, aliases: [], editors: [], validFrom, validTo }) as Unit;
  const units = [
    unit('phuong-cu', 'ward', undefined, '2024-12-31'),
    unit('phuong-moi', 'ward', '2025-01-01'),
    unit('xa-con', 'commune'),
    unit('phong', 'agency'),
  ];

  it.each([
    [2024, ['phuong-cu', 'xa-con']],
    [2025, ['phuong-moi', 'xa-con']],
  ])('in %i the wards and communes are %j', (year, expected) => {
    expect(ids(getGroupMembers({ kinds: ['ward', 'commune'] }, units, year))).toEqual(expected);
  });

  it.each([
    [{}, 2024, true],
    [{ validTo: '2024-01-01' }, 2024, true],
    [{ validTo: '2023-12-31' }, 2024, false],
    [{ validFrom: '2025-07-01' }, 2024, false],
    [{ validFrom: '2024-07-01', validTo: '2024-07-01' }, 2024, true],
  ])('%j active in %i: %s', (period, year, expected) => {
    expect(isUnitActiveInYear(period, year)).toBe(expected);
  });

  it('expands a mix of units and groups without duplicates', () => {
    const groups = [{ id: 'phuong-xa', name: 'UBND các phường, xã', kinds: ['ward', 'commune'] as Unit['kind'][], aliases: [] }];
    expect(ids(expandUnitRefs(['xa-con', 'phuong-xa', 'phong'], units, groups, 2024))).toEqual(['xa-con', 'phuong-cu', 'phong']);
  });
});
