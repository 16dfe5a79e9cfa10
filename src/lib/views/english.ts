/**
 * The English page's progress summary: the city's completion, its tasks by status and each
 * pillar's completion, read from model.progress like the home page, in English notation.
 */
import { COMPUTED_STATUS_TERMS, type EffectiveStatus } from '../content/schemas/taxonomies.ts';
import { STATUS_DISPLAYS } from '../dashboard/status-display.ts';
import type { PortalModel } from '../portal/model.ts';
import { tallyOf } from '../progress/distribution.ts';
import { englishPillarName } from '../english/pillars.ts';
import { formatDateEn, formatNumberEn, percentLabelEn } from '../english/format.ts';

export interface EnglishProgressSummary {
  /** Whether any figure counts demonstration reports: the summary then says so. */
  demo: boolean;
  /** "15 October 2024". */
  asOf: string;
  /** "60.0%": the home page's "60,0%". */
  completion: string;
  /** "165 of 358 tasks done": done of the tasks that apply. */
  doneSentence: string;
  /** The statuses that occur (and "Done" always), in the home page's order. */
  counts: { status: EffectiveStatus; label: string; count: string }[];
  pillars: { id: number; name: string; lang?: 'vi'; completion: string }[];
}

/**
 * @example englishProgressSummary(model).completion; // '60.0%', as the home page's '60,0%'
 */
export function englishProgressSummary(model: PortalModel): EnglishProgressSummary {
  const { progress, site } = model;
  const tally = tallyOf(progress.counts);
  return {
    demo: model.hasDemoData,
    asOf: formatDateEn(site.asOf),
    completion: percentLabelEn(progress.completion),
    doneSentence: `${formatNumberEn(tally.done)} of ${formatNumberEn(tally.applicable)} tasks done`,
    counts: STATUS_DISPLAYS.filter(({ status }) => progress.counts[status] > 0 || status === 'done').map(({ status }) => ({
      status,
      label: COMPUTED_STATUS_TERMS[status].labelEn,
      count: formatNumberEn(progress.counts[status]),
    })),
    pillars: progress.pillars.map(({ pillar, completion }) => ({ id: pillar.id, ...englishPillarName(site, pillar), completion: percentLabelEn(completion) })),
  };
}
