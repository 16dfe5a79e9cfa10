import type { Pillar } from '../content/schemas/pillar.ts';
import type { Site } from '../content/schemas/site.ts';

/**
 * A pillar's name for the English page: its English name from site.yaml, or
 * its Vietnamese name marked `lang: 'vi'` when none is given, so a screen
 * reader pronounces it right.
 * @example
 * englishPillarName(site, { id: 1, name: 'Nhận thức số' }); // { name: 'Digital awareness' }
 * englishPillarName(siteWithoutNames, { id: 1, name: 'Nhận thức số' }); // { name: 'Nhận thức số', lang: 'vi' }
 */
export function englishPillarName(site: Pick<Site, 'en'>, pillar: Pick<Pillar, 'id' | 'name'>): { name: string; lang?: 'vi' } {
  const english = site.en?.pillars.find((entry) => entry.id === pillar.id);
  return english ? { name: english.name } : { name: pillar.name, lang: 'vi' };
}
