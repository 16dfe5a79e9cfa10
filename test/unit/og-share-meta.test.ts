import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAttribute, readCanonical, readMetaTags } from '../../src/lib/og/html-meta.ts';
import { readHtmlHead } from '../../src/lib/og/pages-fs.ts';
import { facebookShareUrl, shareLinks, zaloShareUrl } from '../../src/lib/og/share-links.ts';

describe('share links', () => {
  it.each([
    ['https://cds.example.vn/chi-so/1-4/', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcds.example.vn%2Fchi-so%2F1-4%2F'],
    ['https://cds.example.vn/tim-kiem/?q=đổi số', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcds.example.vn%2Ftim-kiem%2F%3Fq%3D%C4%91%E1%BB%95i%20s%E1%BB%91'],
  ])('Facebook: %s', (url, expected) => {
    expect(facebookShareUrl(url)).toBe(expected);
  });

  it('Zalo: the page as base64 JSON in `d`, decodable back to the same address', () => {
    const url = 'https://cds.example.vn/don-vi/xa-dong-son/';
    const href = zaloShareUrl(url);
    expect(href).toBe(
      'https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=eyJ1cmwiOiJodHRwczovL2Nkcy5leGFtcGxlLnZuL2Rvbi12aS94YS1kb25nLXNvbi8ifQ%3D%3D&shareType=0',
    );
    const d = new URL(href).searchParams.get('d') ?? '';
    expect(JSON.parse(Buffer.from(d, 'base64').toString('utf8'))).toEqual({ url });
  });

  it('refuses a relative address', () => {
    expect(() => shareLinks('/chi-so/1-4/')).toThrow('facebookShareUrl: cần một địa chỉ tuyệt đối (https://…), nhưng nhận được "/chi-so/1-4/".');
  });

  it('lists Facebook, then Zalo', () => {
    expect(shareLinks('https://cds.example.vn/').map((link) => link.id)).toEqual(['facebook', 'zalo']);
  });
});

describe('reading built pages’ meta tags', () => {
  it.each([
    ['Ph&#7889; &amp; x&quot;', 'Phố & x"'],
    ['&#x110;&#xF4;ng', 'Đông'],
    ['&unknown; stays', '&unknown; stays'],
  ])('decodes %s', (input, expected) => {
    expect(decodeAttribute(input)).toBe(expected);
  });

  it('reads og: and twitter: tags from the head only, first one winning', () => {
    const html =
      '<html><head><meta property="og:title" content="Chỉ số 1.4"><meta name="twitter:card" content=\'summary_large_image\'>' +
      '<meta property="og:description" content="Tham gia họp <b>đầy đủ</b>">' +
      '<meta property="og:title" content="thứ hai"><link rel="canonical" href="https://x.vn/a/?b=1&amp;c=2"></head>' +
      '<body><meta property="og:image" content="trong thân trang"></body></html>';
    const tags = readMetaTags(html);
    expect(tags.get('og:title')).toBe('Chỉ số 1.4');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(tags.get('og:description')).toBe('Tham gia họp <b>đầy đủ</b>');
    expect(tags.has('og:image')).toBe(false);
    expect(readCanonical(html)).toBe('https://x.vn/a/?b=1&c=2');
  });
});

describe('reading only a built page’s head', () => {
  const dir = mkdtempSync(join(tmpdir(), 'html-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('stops at </head>, even when the head spans several reads and holds multi-byte text', () => {
    const style = `<style>${'ạ'.repeat(40_000)}</style>`;
    const head = `<!DOCTYPE html><html lang="vi"><head><meta property="og:title" content="Phường Trần Phú">${style}</head>`;
    const path = write('long.html', `${head}<body>${'<p>Đồng</p>'.repeat(10_000)}</body></html>`);
    expect(readHtmlHead(path)).toBe(head);
    expect(readMetaTags(readHtmlHead(path)).get('og:title')).toBe('Phường Trần Phú');
  });

  it('finds a </head> that a read boundary cuts in two', () => {
    const head = `<head>${'x'.repeat(32 * 1024 - 9)}</head>`;
    const path = write('boundary.html', `${head}<body></body>`);
    expect(readHtmlHead(path)).toBe(head);
  });

  it('reads the whole file when it has no head, and an empty file as empty', () => {
    expect(readHtmlHead(write('bare.html', '<p>Không có phần đầu</p>'))).toBe('<p>Không có phần đầu</p>');
    expect(readHtmlHead(write('empty.html', ''))).toBe('');
  });
});
