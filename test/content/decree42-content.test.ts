import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir } from '../../src/lib/loading/load-fs.ts';
import { DATE_NOT_STATED, documentDateText } from '../../src/lib/documents/format.ts';

const content = loadPortalContentFromDir('content');
const seed = readFileSync('test/fixtures/seed/ke-hoach-2024.txt', 'utf8').normalize('NFC');
const documents = content.documents ?? [];

describe('the documents the plan cites (content/documents/)', () => {
  it('lists the six documents of issue 8', () => {
    expect(documents.map((document) => document.number).sort()).toEqual(
      ['14/KH-UBND', '25-KH/TU', '2663/KH-UBND', '42/2022/NĐ-CP', '55/KH-UBND', '556/TB-UBND'].sort(),
    );
  });

  it.each([
    ['42/2022/NĐ-CP', '2022-06-24', 'Chính phủ'],
    ['2663/KH-UBND', '2022-06-11', 'Chủ tịch UBND tỉnh Bắc Giang'],
    ['556/TB-UBND', '2023-12-23', 'Chủ tịch UBND tỉnh Bắc Giang'],
    ['14/KH-UBND', '2024-01-17', 'Chủ tịch UBND thành phố Bắc Giang'],
    ['25-KH/TU', '2021-07-29', undefined],
    ['55/KH-UBND', undefined, undefined],
  ])('%s: date %s, issuer %s, never guessed', (number, date, issuer) => {
    const document = documents.find((candidate) => candidate.number === number);
    expect(document?.date).toBe(date);
    expect(document?.issuer).toBe(issuer);
  });

  it('says the plan gives no date for Kế hoạch 55/KH-UBND', () => {
    const document = documents.find((candidate) => candidate.number === '55/KH-UBND');
    expect(document && documentDateText(document)).toBe(DATE_NOT_STATED);
    expect(DATE_NOT_STATED).toBe('không ghi ngày trong Kế hoạch');
  });

  it.each(documents.flatMap((document) => document.citations.map((citation) => [document.number, citation.quote] as const)))(
    '%s is quoted verbatim from the seed: %s',
    (_number, quote) => {
      expect(seed).toContain(quote);
    },
  );

  it('cites indicator rows whose text names the document', () => {
    for (const document of documents) {
      for (const citation of document.citations.filter((entry) => entry.indicator)) {
        const row = content.indicators.find((indicator) => indicator.id === citation.indicator);
        expect(row?.evidence, `${document.number} → ${citation.indicator}`).toContain(citation.quote);
      }
    }
  });
});

describe('related portals and the English text', () => {
  it('links only the agreed official addresses, over https', () => {
    expect((content.links ?? []).map((link) => link.url).sort()).toEqual(
      ['https://bacgiang.gov.vn', 'https://chinhphu.vn', 'https://dichvucong.gov.vn', 'https://dti.gov.vn'].sort(),
    );
  });

  it('names every pillar in English and keeps the placeholder contacts marked as demo', () => {
    expect(content.site.en?.pillars.map((pillar) => pillar.id)).toEqual(content.pillars.map((pillar) => pillar.id));
    expect(content.site.owner.demo).toBe(true);
    expect(content.site.responsibleOfficial.demo).toBe(true);
  });
});
