import { describe, expect, it } from 'vitest';
import { ContentValidationError, formatIssue, type ContentIssue } from '../../src/lib/content/errors.ts';
import { loadPortalContent, type ContentSources } from '../../src/lib/loading/load.ts';
import type { LegalDocument } from '../../src/lib/content/schemas/legal-document.ts';
import { documentCitation, documentDateText, documentHeading, documentIssuerText } from '../../src/lib/documents/format.ts';
import { sortLegalDocuments } from '../../src/lib/documents/order.ts';
import { site as baseSite } from '../helpers/content-sources.ts';

// The shared test site, plus the English section these documents' pages need.
const site = `${baseSite}en:
  name: Digital Transformation of Thử City
  tagline: The plan
  owner:
    name: Division of Culture and Information
    parent: People's Committee of the city
    functions: Advises the committee
  responsibleOfficial:
    title: Chairman
  plan:
    title: The 2024 plan
    summary: What the plan does
  pillars:
    - { id: 1, name: Digital awareness }
`;
const pillars = `- id: 1
  slug: nhan-thuc-so
  name: Nhận thức số
  maxPoints: 100
  planSection: II.1
`;
const units = `units:
  - id: phong-vhtt
    name: Phòng Văn hóa và Thông tin
    kind: agency
`;
const indicators = `- id: "1.1"
  title: Ban chỉ đạo
  lead: [phong-vhtt]
- id: "1.4"
  title: Chuyên mục chuyển đổi số
  lead: [phong-vhtt]
`;
const documents = `- id: nghi-dinh-42-2022-nd-cp
  type: nghi-dinh
  number: "42/2022/NĐ-CP"
  date: 2022-06-24
  issuer: Chính phủ
  summary: Cung cấp thông tin và dịch vụ công trực tuyến.
  citations:
    - where: Phụ lục, chỉ số 1.4
      indicator: "1.4"
      quote: Rà soát theo NĐ 42/2022
- id: ke-hoach-55-kh-ubnd
  type: ke-hoach
  number: "55/KH-UBND"
  summary: Kế hoạch không ghi ngày ban hành.
  citations:
    - where: Phụ lục, chỉ số 1.1
      indicator: "1.1"
      quote: Thực hiện theo Kế hoạch 55/KH-UBND
`;
const links = `- id: dich-vu-cong
  name: Cổng Dịch vụ công quốc gia
  url: https://dichvucong.gov.vn
  scope: national
- id: dti
  name: Chỉ số chuyển đổi số
  url: https://dti.gov.vn
  scope: national
`;

type Part = 'site' | 'documents' | 'links';

function sources(overrides: Partial<Record<Part, string>> = {}): ContentSources {
  return {
    site: { file: 'content/site.yaml', text: overrides.site ?? site },
    pillars: { file: 'content/pillars.yaml', text: pillars },
    units: { file: 'content/units.yaml', text: units },
    indicators: [{ file: 'content/indicators/1.yaml', text: indicators }],
    plans: [],
    documents: [{ file: 'content/documents/van-ban.yaml', text: overrides.documents ?? documents }],
    links: { file: 'content/links.yaml', text: overrides.links ?? links },
  };
}

function issuesOf(input: ContentSources): ContentIssue[] {
  try {
    loadPortalContent(input);
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('documents, links and English text in the validated content', () => {
  it('accepts a document without a date or issuer, keeping them absent', () => {
    const content = loadPortalContent(sources());
    const undated = content.documents?.find((document) => document.number === '55/KH-UBND');
    expect(undated).toMatchObject({ id: 'ke-hoach-55-kh-ubnd', type: 'ke-hoach' });
    expect(undated?.date).toBeUndefined();
    expect(undated?.issuer).toBeUndefined();
    expect(content.links?.map((link) => link.id)).toEqual(['dich-vu-cong', 'dti']);
    expect(content.site.en?.pillars).toEqual([{ id: 1, name: 'Digital awareness' }]);
  });

  it('needs neither documents nor links', () => {
    const { documents: _documents, links: _links, ...rest } = sources();
    const content = loadPortalContent(rest);
    expect(content.documents).toEqual([]);
    expect(content.links).toEqual([]);
  });

  it.each([
    {
      name: 'an unknown document type',
      input: sources({ documents: documents.replace('type: nghi-dinh', 'type: nghị định') }),
      expected: {
        file: 'content/documents/van-ban.yaml',
        line: 2,
        entry: 'văn bản "nghi-dinh-42-2022-nd-cp"',
        field: 'type',
        message: 'cần một trong các loại: luat, nghi-dinh, quyet-dinh, thong-tu, nghi-quyet, chi-thi, ke-hoach, thong-bao, cong-van',
      },
    },
    {
      name: 'the word "Số" written into the number',
      input: sources({ documents: documents.replace('number: "55/KH-UBND"', 'number: "Số 55/KH-UBND"') }),
      expected: {
        line: 13,
        entry: 'văn bản "ke-hoach-55-kh-ubnd"',
        field: 'number',
        message: 'cần số và ký hiệu văn bản, bắt đầu bằng số và không có chữ "Số", ví dụ "14/KH-UBND" hoặc "42/2022/NĐ-CP"',
      },
    },
    {
      name: 'a date that does not exist',
      input: sources({ documents: documents.replace('date: 2022-06-24', 'date: 2022-02-30') }),
      expected: { line: 4, entry: 'văn bản "nghi-dinh-42-2022-nd-cp"', field: 'date', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' },
    },
    {
      name: 'a date in the Vietnamese order',
      input: sources({ documents: documents.replace('date: 2022-06-24', 'date: 24/6/2022') }),
      expected: { field: 'date', message: 'cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2024-02-29' },
    },
    {
      name: 'a date whose year contradicts the number',
      input: sources({ documents: documents.replace('date: 2022-06-24', 'date: 2023-06-24') }),
      expected: { entry: 'văn bản "nghi-dinh-42-2022-nd-cp"', field: 'date', message: 'năm ban hành 2023 không khớp với năm 2022 trong số ký hiệu "42/2022/NĐ-CP"' },
    },
    {
      name: 'a citation of an indicator the appendix lacks',
      input: sources({ documents: documents.replace('indicator: "1.4"', 'indicator: "9.9"') }),
      expected: {
        file: 'content/documents/van-ban.yaml',
        line: 9,
        column: 18,
        entry: 'văn bản "nghi-dinh-42-2022-nd-cp"',
        field: 'citations[0].indicator',
        message: 'không có chỉ số "9.9" trong Phụ lục (content/indicators/)',
        fix: 'dùng mã của một chỉ số có trong Phụ lục, đặt trong dấu nháy, ví dụ indicator: "1.1"',
      },
    },
    {
      name: 'an unquoted indicator id in a citation',
      input: sources({ documents: documents.replace('indicator: "1.4"', 'indicator: 1.4') }),
      expected: { field: 'citations[0].indicator', message: 'cần một mã chỉ số trong dấu nháy, ví dụ "1.2.1", nhưng đang là số 1.4' },
    },
    {
      name: 'a document listed twice under different ids',
      input: sources({ documents: documents.replace('number: "55/KH-UBND"', 'number: "42/2022/NĐ-CP"') }),
      expected: {
        line: 13,
        entry: 'văn bản "ke-hoach-55-kh-ubnd"',
        field: 'number',
        message: 'số ký hiệu "42/2022/NĐ-CP" bị trùng; đã dùng ở content/documents/van-ban.yaml dòng 1',
        fix: 'mỗi văn bản chỉ ghi một lần: chuyển các chỗ dẫn (citations) của mục này sang mục kia rồi xóa mục này',
      },
    },
    {
      name: 'a document the plan never cites',
      input: sources({ documents: documents.replace(/citations:\n {4}- where: Phụ lục, chỉ số 1.1\n.*\n.*\n$/, 'citations: []\n') }),
      expected: { entry: 'văn bản "ke-hoach-55-kh-ubnd"', field: 'citations', message: 'cần ít nhất một chỗ Kế hoạch dẫn văn bản này (citations)' },
    },
    {
      name: 'a misspelt field',
      input: sources({ documents: documents.replace('issuer: Chính phủ', 'isuer: Chính phủ') }),
      expected: { entry: 'văn bản "nghi-dinh-42-2022-nd-cp"', message: 'có trường không được hỗ trợ: "isuer" — bạn muốn viết issuer?' },
    },
    {
      name: 'a link without https://',
      input: sources({ links: links.replace('https://dti.gov.vn', 'dti.gov.vn') }),
      expected: { file: 'content/links.yaml', line: 7, entry: 'liên kết "dti"', field: 'url', message: 'cần một địa chỉ web đầy đủ bắt đầu bằng https://' },
    },
    {
      name: 'the same portal linked twice',
      input: sources({ links: links.replace('https://dti.gov.vn', 'https://dichvucong.gov.vn') }),
      expected: { file: 'content/links.yaml', entry: 'liên kết "dti"', field: 'url', message: 'địa chỉ "https://dichvucong.gov.vn" bị trùng; đã dùng ở content/links.yaml dòng 1' },
    },
    {
      name: 'an unknown link scope',
      input: sources({ links: links.replace('scope: national\n- id: dti', 'scope: tỉnh\n- id: dti') }),
      expected: { entry: 'liên kết "dich-vu-cong"', field: 'scope', message: 'cần một trong: national, province, local' },
    },
    {
      name: 'an English name for a pillar that does not exist',
      input: sources({ site: site.replace('{ id: 1, name: Digital awareness }', '{ id: 9, name: Digital awareness }') }),
      expected: {
        file: 'content/site.yaml',
        line: 33,
        column: 13,
        entry: 'trụ cột "9"',
        field: 'en.pillars[0].id',
        message: 'không có trụ cột id 9 trong content/pillars.yaml',
        fix: 'dùng số thứ tự của một trụ cột có trong content/pillars.yaml (1)',
      },
    },
    {
      name: 'the English functions left out',
      input: sources({ site: site.replace('    functions: Advises the committee\n', '') }),
      expected: { file: 'content/site.yaml', field: 'en.owner.functions', message: 'thiếu trường bắt buộc này' },
    },
  ])('reports $name', ({ input, expected }) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining(expected));
  });

  it('formats a document issue for editors: where, what, how to fix, where to read more', () => {
    const [issue] = issuesOf(sources({ documents: documents.replace('indicator: "1.4"', 'indicator: "9.9"') }));
    expect(formatIssue(issue as ContentIssue)).toBe(
      'content/documents/van-ban.yaml:9:18 — văn bản "nghi-dinh-42-2022-nd-cp", trường "citations[0].indicator": không có chỉ số "9.9" trong Phụ lục (content/indicators/)\n' +
        '  Cách sửa: dùng mã của một chỉ số có trong Phụ lục, đặt trong dấu nháy, ví dụ indicator: "1.1"\n' +
        '  Xem hướng dẫn: CONTRIBUTING.md',
    );
  });
});

const doc = (number: string, type: LegalDocument['type'], date?: string, issuer?: string) =>
  ({ id: number, number, type, summary: 'Tóm tắt', citations: [], ...(date ? { date } : {}), ...(issuer ? { issuer } : {}) }) as LegalDocument;

describe('document names', () => {
  it.each([
    [doc('42/2022/NĐ-CP', 'nghi-dinh', '2022-06-24', 'Chính phủ'), 'Nghị định số 42/2022/NĐ-CP', '24/06/2022', 'Chính phủ', 'Nghị định số 42/2022/NĐ-CP ngày 24/06/2022 của Chính phủ'],
    [doc('556/TB-UBND', 'thong-bao', '2023-12-23', 'Chủ tịch UBND tỉnh Bắc Giang'), 'Thông báo số 556/TB-UBND', '23/12/2023', 'Chủ tịch UBND tỉnh Bắc Giang', 'Thông báo số 556/TB-UBND ngày 23/12/2023 của Chủ tịch UBND tỉnh Bắc Giang'],
    [doc('25-KH/TU', 'ke-hoach', '2021-07-29'), 'Kế hoạch số 25-KH/TU', '29/07/2021', 'không ghi trong Kế hoạch', 'Kế hoạch số 25-KH/TU ngày 29/07/2021'],
    [doc('55/KH-UBND', 'ke-hoach'), 'Kế hoạch số 55/KH-UBND', 'không ghi ngày trong Kế hoạch', 'không ghi trong Kế hoạch', 'Kế hoạch số 55/KH-UBND'],
  ])('%j', (document, heading, date, issuer, citation) => {
    expect(documentHeading(document)).toBe(heading);
    expect(documentDateText(document)).toBe(date);
    expect(documentIssuerText(document)).toBe(issuer);
    expect(documentCitation(document)).toBe(citation);
  });
});

describe('sortLegalDocuments', () => {
  it.each([
    {
      name: 'legal hierarchy first, then oldest first, undated last',
      input: [doc('55/KH-UBND', 'ke-hoach'), doc('556/TB-UBND', 'thong-bao', '2023-12-23'), doc('14/KH-UBND', 'ke-hoach', '2024-01-17'), doc('42/2022/NĐ-CP', 'nghi-dinh', '2022-06-24'), doc('25-KH/TU', 'ke-hoach', '2021-07-29'), doc('2663/KH-UBND', 'ke-hoach', '2022-06-11')],
      expected: ['42/2022/NĐ-CP', '25-KH/TU', '2663/KH-UBND', '14/KH-UBND', '55/KH-UBND', '556/TB-UBND'],
    },
    {
      name: 'the same date: numbers compared numerically',
      input: [doc('12/KH-UBND', 'ke-hoach', '2024-01-17'), doc('9/KH-UBND', 'ke-hoach', '2024-01-17')],
      expected: ['9/KH-UBND', '12/KH-UBND'],
    },
    {
      name: 'undated: Vietnamese order, NFC and NFD alike (Đ after D)',
      input: [doc('5/QĐ-UBND'.normalize('NFD'), 'ke-hoach'), doc('5/QD-UBND', 'ke-hoach'), doc('5/QĐ-UBND', 'ke-hoach')],
      expected: ['5/QD-UBND', '5/QĐ-UBND'.normalize('NFD'), '5/QĐ-UBND'],
    },
  ])('$name', ({ input, expected }) => {
    const sorted = sortLegalDocuments(input);
    expect(sorted.map((document) => document.number)).toEqual(expected);
    expect(sorted).not.toBe(input);
  });
});
