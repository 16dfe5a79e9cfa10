import { describe, expect, it } from 'vitest';
import { indexedPortion, isPostPage, limitPostBodyWords, POST_INDEX_WORDS } from '../../src/lib/search/index-budget.ts';

const IGNORE = 'data-pagefind-ignore';
const words = (count: number, word = 'số') => Array.from({ length: count }, () => word).join(' ');
const post = (body: string) =>
  `<html><head><meta name="pagefind-filter-type" data-pagefind-filter="type[content]" content="post"></head><body><main><div data-pagefind-body>` +
  `<h1>Phường Trần Phú ra mắt tổ công nghệ số</h1><p class="lead">Tóm tắt ${words(30, 'chuyển')}</p>` +
  `<div class="prose post-body">${body}</div><section class="post-related"><ul><li><a href="/chi-so/1-4/">Chỉ số 1.4</a></li></ul></section></div></main></body></html>`;

describe('limitPostBodyWords: the index reads the first words of a post body', () => {
  it.each([
    // [body, budget, expected body]
    ['<p>Một hai ba</p><p>bốn năm</p>', 3, `<p>Một hai ba</p><p ${IGNORE}>bốn năm</p>`],
    ['<p>Một hai</p><p>ba bốn</p><p>năm</p>', 3, `<p>Một hai</p><p>ba bốn</p><p ${IGNORE}>năm</p>`],
    // The paragraph where the budget runs out is kept whole, with its inline tags.
    ['<p>Một <strong>hai</strong> ba bốn</p><ul><li>năm</li><li>sáu</li></ul>', 2, `<p>Một <strong>hai</strong> ba bốn</p><ul ${IGNORE}><li ${IGNORE}>năm</li><li ${IGNORE}>sáu</li></ul>`],
    // Void elements take no attribute; an element already ignored stays as it was.
    ['<p>Một hai</p><img src="a.png" alt="ảnh"><br><p data-pagefind-ignore="all">ba</p>', 2, '<p>Một hai</p><img src="a.png" alt="ảnh"><br><p data-pagefind-ignore="all">ba</p>'],
    // Shorter than the budget: unchanged.
    ['<p>Đăng ký tài khoản định danh điện tử</p>', 100, '<p>Đăng ký tài khoản định danh điện tử</p>'],
  ])('%s (budget %i)', (body, budget, expected) => {
    expect(limitPostBodyWords(post(body), budget)).toBe(post(expected));
  });

  it('keeps the title, the summary and the related indicators whole, however short the budget', () => {
    const cut = limitPostBodyWords(post(`<p>${words(5)}</p><p>${words(5)}</p>`), 1);
    expect(cut).toContain('<h1>Phường Trần Phú ra mắt tổ công nghệ số</h1>');
    expect(cut).toContain(`<p class="lead">Tóm tắt ${words(30, 'chuyển')}</p>`);
    expect(cut).toContain('<section class="post-related"><ul><li><a href="/chi-so/1-4/">Chỉ số 1.4</a></li></ul></section>');
    expect(cut.match(new RegExp(IGNORE, 'g'))).toHaveLength(1);
  });

  it('stops at the end of the body, even in nested elements', () => {
    const cut = limitPostBodyWords(post(`<div><p>${words(3)}</p><div><p>${words(3)}</p></div></div><p>hết</p>`), 3);
    expect(cut).toContain(`<div><p>${words(3)}</p><div ${IGNORE}><p ${IGNORE}>${words(3)}</p></div></div><p ${IGNORE}>hết</p></div><section class="post-related">`);
  });

  it('leaves a page without a post body unchanged', () => {
    const indicator = '<div data-pagefind-body><h1>Chỉ số 1.4</h1><table><tr><td>Đang thực hiện</td></tr></table></div>';
    expect(limitPostBodyWords(indicator, 1)).toBe(indicator);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the budget %s with a Vietnamese RangeError', (budget) => {
    expect(() => limitPostBodyWords(post('<p>a</p>'), budget)).toThrow(`limitPostBodyWords: số từ phải là số nguyên dương, nhưng nhận được ${budget}.`);
  });
});

describe('indexedPortion: only news posts are cut', () => {
  const longBody = Array.from({ length: 20 }, (_, n) => `<p>Đoạn ${n}: ${words(20)}</p>`).join('');

  it(`cuts a post after ${POST_INDEX_WORDS} words of its body`, () => {
    const cut = indexedPortion(post(longBody));
    // 22 words a paragraph ("Đoạn", its number, 20 more): the paragraphs after the one that reaches the budget are ignored.
    expect(cut.match(new RegExp(`<p ${IGNORE}>`, 'g'))).toHaveLength(20 - Math.ceil(POST_INDEX_WORDS / 22));
  });

  it.each(['indicator', 'unit', 'plan', 'document', 'page'])('indexes a %s page whole', (type) => {
    const page = post(longBody).replace('content="post"', `content="${type}"`);
    expect(isPostPage(page)).toBe(false);
    expect(indexedPortion(page)).toBe(page);
  });

  it('reads the page type in either attribute order', () => {
    expect(isPostPage('<meta content="post" data-pagefind-filter="type[content]">')).toBe(true);
    expect(isPostPage('<meta data-pagefind-filter="unit[content]" content="post">')).toBe(false);
  });
});
