/**
 * Wards and communes side by side (issue 16 §3): each unit's completion in each pillar, as its page
 * states it (`UnitProgress.byPillar`), its rank among them in that pillar, and their average.
 */
import type { Pillar } from '../content/schemas/pillar.ts';
import { toPercent } from '../dashboard/percent.ts';
import { mean, type UnitProgress } from '../progress/rollup.ts';

export interface MatrixCell {
  pillar: Pillar;
  /** 0–1; undefined when the unit has no task in the pillar that applies. */
  completion: number | undefined;
  /** As shown, {@link toPercent}. */
  percent: number | undefined;
  /** 1-based among the units with a figure in the pillar; equal percentages share a rank. */
  rank: number | undefined;
}

export interface MatrixRow {
  progress: UnitProgress;
  cells: MatrixCell[];
}

export interface PillarMatrix {
  pillars: readonly Pillar[];
  rows: MatrixRow[];
  /** Per pillar, the mean of the units' figures in it. */
  average: { pillar: Pillar; completion: number | undefined; percent: number | undefined }[];
}

/**
 * Ranks percentages, highest first; equal ones share a rank ("1, 2, 2, 4"); undefined stays unranked.
 * @example rankPercents([50, 80, 50, undefined]) // [2, 1, 2, undefined]
 */
export function rankPercents(percents: readonly (number | undefined)[]): (number | undefined)[] {
  return percents.map((percent) => (percent === undefined ? undefined : 1 + percents.filter((other) => other !== undefined && other > percent).length));
}

/** @example pillarMatrix(wards, model.pillars).rows[0].cells[5].rank // 3 */
export function pillarMatrix(units: readonly UnitProgress[], pillars: readonly Pillar[]): PillarMatrix {
  const completions = units.map((progress) => pillars.map((pillar) => progress.byPillar.find((entry) => entry.pillar.id === pillar.id)?.completion));
  const ranks = pillars.map((_, column) => rankPercents(completions.map((row) => toPercent(row[column]))));
  return {
    pillars,
    rows: units.map((progress, row) => ({
      progress,
      cells: pillars.map((pillar, column) => {
        const completion = completions[row]![column];
        return { pillar, completion, percent: toPercent(completion), rank: ranks[column]![row] };
      }),
    })),
    average: pillars.map((pillar, column) => {
      const completion = mean(completions.map((row) => row[column]));
      return { pillar, completion, percent: toPercent(completion) };
    }),
  };
}

/** Steps of the colour scale, each 20 points wide; the number is always written in the cell too. */
export const SCALE_STEPS = 5;

/**
 * @example scaleStep(59.4) // 2
 * @example scaleStep(100) // 4
 */
export function scaleStep(percent: number | undefined): number | undefined {
  return percent === undefined ? undefined : Math.min(SCALE_STEPS - 1, Math.floor(percent / (100 / SCALE_STEPS)));
}
