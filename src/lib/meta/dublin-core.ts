/**
 * Dublin Core metadata for every page, as the technical rules under
 * Nghị định 42/2022/NĐ-CP ask of state portals: seven `DC.*` meta tags.
 */
import { isIsoDate } from '../format/date.ts';

/** The Dublin Core elements every page carries, in the order they are written. */
export const DUBLIN_CORE_ELEMENTS = ['title', 'creator', 'date', 'description', 'publisher', 'identifier', 'language'] as const;
export type DublinCoreElement = (typeof DUBLIN_CORE_ELEMENTS)[number];

/** What a page says about itself. */
export type DublinCoreInput = Record<DublinCoreElement, string>;

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function clean(value: unknown, element: DublinCoreElement): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(
      `createDublinCore: thiếu DC.${element}; cần một đoạn chữ không rỗng, nhưng nhận được ${JSON.stringify(value)}.`,
    );
  }
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Builds the seven Dublin Core tags. Text is NFC-normalised and its whitespace
 * collapsed; the date must be a real ISO date, the identifier an absolute
 * http(s) URL and the language a BCP 47 tag such as "vi" or "en".
 * @throws {TypeError} When a value is missing or malformed.
 * @example
 * createDublinCore({
 *   title: 'Chỉ số 1.4', creator: 'Phòng Văn hóa và Thông tin', date: '2024-10-15',
 *   description: 'Chuyên mục chuyển đổi số', publisher: 'UBND thành phố Bắc Giang',
 *   identifier: 'https://example.vn/chi-so/1-4/', language: 'vi',
 * })[0]; // { name: 'DC.title', content: 'Chỉ số 1.4' }
 */
export function createDublinCore(input: DublinCoreInput): MetaTag[] {
  const values = Object.fromEntries(
    DUBLIN_CORE_ELEMENTS.map((element) => [element, clean(input?.[element], element)]),
  ) as DublinCoreInput;
  if (!isIsoDate(values.date)) {
    throw new TypeError(`createDublinCore: DC.date phải là một ngày có thật dạng YYYY-MM-DD, ví dụ "2024-10-15", nhưng nhận được "${values.date}".`);
  }
  if (!/^https?:\/\/[^\s/]+/.test(values.identifier) || !URL.canParse(values.identifier)) {
    throw new TypeError(`createDublinCore: DC.identifier phải là địa chỉ đầy đủ của trang, ví dụ "https://example.vn/chi-so/", nhưng nhận được "${values.identifier}".`);
  }
  if (!LANGUAGE_TAG.test(values.language)) {
    throw new TypeError(`createDublinCore: DC.language phải là mã ngôn ngữ như "vi" hoặc "en", nhưng nhận được "${values.language}".`);
  }
  return DUBLIN_CORE_ELEMENTS.map((element) => ({ name: `DC.${element}`, content: values[element] }));
}
