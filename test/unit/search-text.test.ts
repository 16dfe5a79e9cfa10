import { describe, expect, it } from 'vitest';
import { decodeIndexText, encodeIndexText, foldQueryText } from '../../src/lib/search/index-text.ts';
import { isPhraseQuery, normalizeQueryText, toPagefindTerm, hasDiacritics } from '../../src/lib/search/query.ts';
import { htmlPathToUrl, isSearchablePage, prepareHtmlForIndex } from '../../src/lib/search/index-html.ts';
import { phraseOf } from '../../src/lib/search/run-search.ts';

const S = '\u0335';
const DOT = '\u2024';

describe('encodeIndexText / decodeIndexText', () => {
  it.each([
    ['đổi', `d${S}ổi`],
    ['Đường', `D${S}ường`],
    ['ĐĂNG KÝ', `D${S}ĂNG KÝ`],
    ['\u00D0ông (Ð từ bảng mã cũ)', `D${S}ông (D${S} từ bảng mã cũ)`],
    ['Chỉ số 1.4', `Chỉ số 1${DOT}4`],
    ['chỉ số 1.2.1.', `chỉ số 1${DOT}2${DOT}1.`],
    ['Hết câu. Mở đầu', 'Hết câu. Mở d\u0335ầu'],
    ['12,5%', '12,5%'],
    ['Trần Phú', 'Trần Phú'],
  ])('%s', (text, encoded) => {
    expect(encodeIndexText(text)).toBe(encoded);
  });

  it.each(['Chuyển đổi số', 'Đăng ký tài khoản định danh điện tử', 'Chỉ số 6.13 và 1.2.1.', 'ĐƯỜNG dây nóng', '<mark>đổi</mark>'])(
    'round-trips %s',
    (text) => {
      expect(decodeIndexText(encodeIndexText(text))).toBe(text);
    },
  );

  it('decodes a marked excerpt', () => {
    expect(decodeIndexText(`Chuyển <mark>d${S}ổi</mark> số, chỉ số <mark>1${DOT}4</mark>`)).toBe('Chuyển <mark>đổi</mark> số, chỉ số <mark>1.4</mark>');
  });

  it('treats NFD input like NFC (đ has no decomposition)', () => {
    expect(encodeIndexText('đổi'.normalize('NFD')).normalize('NFC')).toBe(`d${S}ổi`.normalize('NFC'));
  });

  it.each([encodeIndexText, decodeIndexText, foldQueryText])('%o refuses a non-string with a Vietnamese TypeError', (fn) => {
    expect(() => fn(null as unknown as string)).toThrow(/cần một chuỗi văn bản \(string\), nhưng nhận được null/);
  });
});

describe('query spelling', () => {
  it.each([
    ['đường', 'dường'],
    ['Đăng ký', 'Dăng ký'],
    ['duong', 'duong'],
    ['dang ky', 'dang ky'],
    ['chuyen đổi so', 'chuyen dổi so'],
    ['1.4', `1${DOT}4`],
    ['6.13', `6${DOT}13`],
    ['  Trần   Phú ', 'Trần Phú'],
    ['Tra\u0302\u0300n Phu\u0301', 'Trần Phú'],
    ['“chuyển đổi số”', '"chuyển dổi số"'],
    ['«đổi mới»', '"dổi mới"'],
    ['chuyển\u200Bđổi', 'chuyểndổi'],
    ['   ', ''],
  ])('toPagefindTerm(%j) = %j', (raw, term) => {
    expect(toPagefindTerm(raw)).toBe(term);
  });

  it('cuts a very long query at a word boundary', () => {
    const text = normalizeQueryText('chuyển đổi số '.repeat(40));
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('số') || text.endsWith('đổi') || text.endsWith('chuyển')).toBe(true);
  });

  it.each([
    ['"chuyển đổi số"', true],
    ['“chuyen doi so”', true],
    ['chuyển "đổi" số', false],
    ['chuyển đổi số', false],
  ])('isPhraseQuery(%j) = %s', (raw, phrase) => {
    expect(isPhraseQuery(raw)).toBe(phrase);
  });

  it.each([
    ['Trần Phú', true],
    ['đường', true],
    ['đăng ký', true],
    ['"chuyển đổi số"', true],
    ['chỉ số 1.4', true],
    ['Đặng Đình Hoan', true],
    ['chuyen đổi so', true],
    ['Tran Phu', false],
    ['dang ky', false],
    ['1.4', false],
    ['Tra\u0302\u0300n Phu\u0301', true],
  ])('hasDiacritics(%j) = %s', (raw, typed) => {
    expect(hasDiacritics(raw)).toBe(typed);
  });
});

describe('prepareHtmlForIndex', () => {
  it.each([
    ['table header then a row', '<tr><th>Minh chứng</th></tr><tr><th>1.1</th><td>Đổi</td></tr>', `<tr><th>Minh chứng</th></tr><tr><th> 1${DOT}1</th><td> D${S}ổi</td></tr>`],
    ['caption then header', '<caption>Nhận thức số</caption><thead><tr><th>STT</th>', '<caption>Nhận thức số</caption><thead><tr><th> STT</th>'],
    ['heading with a block-styled span', '<h1>Kế hoạch số 14/KH-UBND<span class="subtitle">Chuyển</span></h1>', '<h1>Kế hoạch số 14/KH-UBND<span class="subtitle"> Chuyển</span></h1>'],
    ['definition list', '<dt>Loại</dt><dd>Phường</dd>', '<dt>Loại</dt><dd> Phường</dd>'],
    ['punctuation after a link stays', '<p><a href="/">Trần Phú</a>.</p>', '<p><a href="/">Trần Phú</a>.</p>'],
    ['an opening bracket stays', '(<a>Chỉ số</a>)', '(<a>Chỉ số</a>)'],
    ['space already there', '<span>Chỉ số 1.4<span class="sr-only">: </span></span>Cổng', `<span>Chỉ số 1${DOT}4<span class="sr-only">: </span></span>Cổng`],
  ])('%s', (_, html, prepared) => {
    expect(prepareHtmlForIndex(html)).toBe(prepared);
  });

  it('refuses a non-string', () => {
    expect(() => prepareHtmlForIndex(undefined as unknown as string)).toThrow(TypeError);
  });

  it.each([
    ['<div class="container" data-pagefind-body="">', true],
    ['<div class="container">', false],
  ])('isSearchablePage(%j) = %s', (html, searchable) => {
    expect(isSearchablePage(html)).toBe(searchable);
  });

  it.each([
    ['index.html', '/'],
    ['chi-so/1-4/index.html', '/chi-so/1-4/'],
    ['chuyen-doi-so/trang/2/index.html', '/chuyen-doi-so/trang/2/'],
    ['404.html', '/404.html'],
    ['chi-so\\1-4\\index.html', '/chi-so/1-4/'],
  ])('htmlPathToUrl(%j) = %j', (path, url) => {
    expect(htmlPathToUrl(path)).toBe(url);
  });
});

describe('phraseOf: the phrase search that ranks words side by side first', () => {
  it.each<[string, string | undefined]>([
    ['dang ky', '"dang ky"'],
    ['dich  vu cong', '"dich vu cong"'],
    [toPagefindTerm('đăng ký'), '"dăng ký"'],
    [toPagefindTerm('chỉ số 6.13'), '"chỉ số 6\u202413"'],
    ['duong', undefined],
    [toPagefindTerm('1.4'), undefined],
    ['"chuyen doi so"', undefined],
    ['chuyển "đổi" số', undefined],
    ['  ', undefined],
  ])('%j → %j', (term, phrase) => {
    expect(phraseOf(term)).toBe(phrase);
  });
});
