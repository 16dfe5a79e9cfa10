/**
 * The small pieces issue 7 added: phone numbers that do not wrap, one-pass
 * post counts, the build day in Vietnam, the Windows-1258 encoder of the
 * malformed corpus, and the typed list of page types.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortalContentFromDir, todayInVietnam } from '../../src/lib/loading/load-fs.ts';
import { phoneText } from '../../src/lib/meta/contact.ts';
import { countListedPostsByUnit } from '../../src/lib/posts/listing.ts';
import { encodeWindows1258 } from '../helpers/malformed-cases.ts';
import { pageSafetyProblems } from '../helpers/page-safety.ts';
import { PAGE_TYPES, pathToFile, qualityRoutes } from '../helpers/quality-routes.ts';

describe('phoneText', () => {
  it.each([
    ['0204 000 0000', '0204\u00a0000\u00a00000'],
    ['  0204  3854 321 ', '0204\u00a03854\u00a0321'],
    ['+84 204.385.1234', '+84\u00a0204.385.1234'],
    ['02043854321', '02043854321'],
  ])('%j → %j', (input, expected) => {
    expect(phoneText(input)).toBe(expected);
  });
});

describe('countListedPostsByUnit', () => {
  it('counts every unit in one pass, Vietnamese ids included', () => {
    const counts = countListedPostsByUnit([{ unit: 'phuong-tran-phu' }, { unit: 'xa-dong-son' }, { unit: 'phuong-tran-phu' }]);
    expect(Object.fromEntries(counts)).toEqual({ 'phuong-tran-phu': 2, 'xa-dong-son': 1 });
    expect(countListedPostsByUnit([]).size).toBe(0);
  });
});

describe('todayInVietnam', () => {
  it.each([
    ['2024-05-19T16:59:59Z', '2024-05-19'],
    ['2024-05-19T17:00:00Z', '2024-05-20'],
    ['2024-12-31T23:30:00Z', '2025-01-01'],
    ['2024-02-28T18:00:00Z', '2024-02-29'],
  ])('%s (UTC) is %s in Vietnam', (utc, expected) => {
    expect(todayInVietnam(new Date(utc))).toBe(expected);
  });
});

describe('encodeWindows1258', () => {
  const decode = (bytes: Uint8Array) => new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  it.each(['Phường Trần Phú', 'Đồng Sơn', 'chuyển đổi số', 'Nhận thức số', 'ĐƯỜNG ƯU TIÊN', 'ASCII: 1.4 / 2024'])('round-trips %j', (text) => {
    expect(decode(encodeWindows1258(text))).toBe(text.normalize('NFC'));
  });

  it('writes bytes that are not UTF-8, as an old editor would', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encodeWindows1258('Trần Phú'))).toThrow();
    // ầ is a precomposed â (0xE2) followed by the combining grave accent (0xCC).
    expect([...encodeWindows1258('ầ')]).toEqual([0xe2, 0xcc]);
  });

  it('refuses characters the code page lacks', () => {
    expect(() => encodeWindows1258('漢')).toThrow(/Windows-1258 has no byte/);
  });
});

describe('qualityRoutes', () => {
  const root = resolve(import.meta.dirname, '../..');
  const routes = qualityRoutes(loadPortalContentFromDir(join(root, 'content'), root));

  it('gives one route to every page type, in order, each with its built file', () => {
    expect(routes.map((route) => route.type)).toEqual([...PAGE_TYPES]);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
    for (const route of routes) expect(route.path).toMatch(/^\/(?:[\w-]+\/)*$/);
    expect(routes.find((route) => route.type === 'not-found')?.file).toBe('404.html');
    expect(routes.find((route) => route.type === 'indicator')).toMatchObject({ path: '/chi-so/1-4/', file: 'chi-so/1-4/index.html' });
  });

  it.each([
    ['/', 'index.html'],
    ['/chi-so/1-2-1/', 'chi-so/1-2-1/index.html'],
    ['/chuyen-doi-so/don-vi/phuong-tran-phu/', 'chuyen-doi-so/don-vi/phuong-tran-phu/index.html'],
  ])('pathToFile(%j) is %j', (path, file) => {
    expect(pathToFile(path)).toBe(file);
  });
});

describe('pageSafetyProblems: the built-site gate reads pages with the tokenizer', () => {
  const PAGE = 'https://cong.example.vn/chuyen-doi-so/tin/';
  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', ['<meta http-equiv="refresh" content="0;url=https://evil.example">']],
    ['<META HTTP-EQUIV=Refresh CONTENT="0 https://evil.example">', ['<meta http-equiv="refresh" content="0 https://evil.example">']],
    ['<base href="https://evil.example/">', ['<base href="https://evil.example/">']],
    ['<form action="https://evil.example/dang-nhap"></form>', ['<form action="https://evil.example/dang-nhap"> gửi tới https://evil.example']],
    ['<form action="/\\evil.example/"></form>', ['<form action="/\\evil.example/"> gửi tới https://evil.example', '<form action="/\\evil.example/"> (protocol-relative)']],
    ['<a href="jav&#x61;script:alert(1)">x</a>', ['<a href="javascript:alert(1)"> (javascript)']],
    ['<img src="data:image/png;base64,AAAA" alt="">', ['<img src="data:image/png;base64,AAAA"> (data)']],
    ['<a href="/\\evil.example/">x</a>', ['<a href="/\\evil.example/"> (protocol-relative)']],
  ])('fails on %j', (html, problems) => {
    expect(pageSafetyProblems(html, PAGE)).toEqual(problems);
  });

  it('passes the portal\'s own markup', () => {
    const html = '<!DOCTYPE html><meta http-equiv="content-security-policy" content="default-src \'self\'"><form role="search" action="/tim-kiem/" method="get"><input name="q"></form><a href="/chi-so/1-4/">1.4</a><a href="https://dichvucong.gov.vn/">DVC</a><a href="mailto:a@b.vn">thư</a><a href="tel:0204">gọi</a><a href="#noi-dung">nhảy</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/b.webp 2x" alt="">';
    expect(pageSafetyProblems(html, PAGE)).toEqual([]);
  });
});
