import { ContentValidationError, type ContentIssue } from '../../src/lib/content/errors.ts';
import { loadPortalContent, type ContentSources, type LoadOptions } from '../../src/lib/loading/load.ts';

/** A small valid content set, as YAML text, for validation tests to break one piece at a time. */
export const site = `name: Cổng thử
shortName: Thử
tagline: Khẩu hiệu
city: Bắc Giang
cityKind: thành phố
province: Bắc Giang
year: 2024
asOf: 2024-10-15
baseUrl: https://example.vn
demo: true
license: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }
owner:
  name: Phòng Văn hóa và Thông tin
  unit: phong-vhtt
  parent: UBND thành phố
  functions: Tham mưu
responsibleOfficial:
  name: Nguyễn Văn A
  title: Chủ tịch
`;
export const pillars = `- id: 1
  slug: nhan-thuc-so
  name: Nhận thức số
  maxPoints: 100
  planSection: II.1
`;
export const units = `units:
  - id: phong-vhtt
    name: Phòng Văn hóa và Thông tin
    shortName: Phòng VH&TT
    kind: agency
  - id: phuong-tran-phu
    name: Phường Trần Phú
    kind: ward
groups:
  - id: ubnd-phuong-xa
    name: UBND các phường, xã
    kinds: [ward, commune]
    aliases: ["UBND phường, xã"]
`;
export const indicators = `- id: "1.1"
  title: Ban chỉ đạo
  lead: [phong-vhtt, ubnd-phuong-xa]
  leadText: Phòng VH&TT, UBND phường, xã
  timeframe:
    text: Quý I/2024
    kind: deadline
    due: 2024-03-31
- id: "1.2"
  title: Chủ trì
  lead: [phong-vhtt]
- id: 1.2.1
  title: Tham gia họp
  lead: [phong-vhtt]
`;

/** The content set, with any file replaced; `progress` maps a unit id to its report file. */
export function sources(
  overrides: Partial<Record<'site' | 'pillars' | 'units' | 'indicators', string>> & { progress?: Partial<Record<string, string>> } = {},
): ContentSources {
  return {
    progress: Object.entries(overrides.progress ?? {}).flatMap(([unit, text]) => (text === undefined ? [] : [{ file: `content/progress/${unit}.yaml`, text }])),
    site: { file: 'content/site.yaml', text: overrides.site ?? site },
    pillars: { file: 'content/pillars.yaml', text: overrides.pillars ?? pillars },
    units: { file: 'content/units.yaml', text: overrides.units ?? units },
    indicators: [{ file: 'content/indicators/1.yaml', text: overrides.indicators ?? indicators }],
    plans: [],
  };
}

/** The issues that loading reports; fails the test if the content is accepted. */
export function issuesOf(input: ContentSources, options?: LoadOptions): ContentIssue[] {
  try {
    loadPortalContent(input, options);
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the content to be rejected');
}
