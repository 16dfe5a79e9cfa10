/**
 * Classifies the URLs a post uses (links, images, HTML attributes), the way a
 * browser would read them: tabs, line breaks and control characters are
 * ignored, and character references are decoded first.
 */

/** What a URL points to, as far as post safety is concerned. */
export type UrlKind =
  | 'relative' // ./anh.jpg, ../x, /chi-so/1-4/, ?a=b
  | 'fragment' // #muc-1
  | 'web' // http:, https:
  | 'protocol-relative' // //example.com/x.png: another host
  | 'mailto'
  | 'tel'
  | 'javascript'
  | 'data'
  | 'other-scheme'; // vbscript:, file:, blob:…

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&', colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', period: '.', num: '#', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0',
};

/**
 * Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`), enough
 * to see through the usual disguises of `javascript:`.
 * @example
 * decodeCharacterReferences('jav&#x61;script&colon;x'); // 'javascript:x'
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal || hex) {
      const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_REFERENCES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/**
 * The scheme of a URL, lower-cased, as a browser reads it; undefined when relative.
 * @example
 * urlScheme(' Java\tScript:alert(1)'); // 'javascript'
 * urlScheme('./anh.jpg'); // undefined
 */
export function urlScheme(url: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and drop tabs and newlines anywhere.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/**
 * Classifies a URL for the safety rules.
 * @example
 * classifyUrl('https://dichvucong.gov.vn'); // 'web'
 * classifyUrl('JAVASCRIPT:alert(1)'); // 'javascript'
 * classifyUrl('data:image/png;base64,AAAA'); // 'data'
 * classifyUrl('./anh-hoi-nghi.jpg'); // 'relative'
 * classifyUrl('//tracker.example/pixel.gif'); // 'protocol-relative'
 */
export function classifyUrl(url: string): UrlKind {
  const scheme = urlScheme(url);
  if (scheme === undefined) {
    const cleaned = url.trim().replace(/[\t\n\r]/g, '');
    if (/^[\\/]{2}/.test(cleaned)) return 'protocol-relative';
    return cleaned.startsWith('#') ? 'fragment' : 'relative';
  }
  if (scheme === 'http' || scheme === 'https') return 'web';
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'javascript' || scheme === 'data') return scheme;
  return 'other-scheme';
}

/**
 * Image file types a post may use: the ones whose bytes image-check.ts verifies.
 * SVG is excluded (an SVG file can carry scripts), and so are GIF and AVIF.
 */
export const POST_IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp'];

/**
 * What follows the file name in an image reference, if anything: a query
 * (`?raw`, `?url`, `?inline`, `?worker`) or a fragment makes Vite load the file
 * as a string, a URL or a module instead of an image, so both are refused.
 * Percent-escaped `?` and `#` count too.
 * @example
 * assetReferenceSuffix('./anh-bia.jpg?raw'); // '?raw'
 * assetReferenceSuffix('./anh-bia.jpg%3Furl'); // '?url'
 * assetReferenceSuffix('./anh-bia.jpg'); // undefined
 */
export function assetReferenceSuffix(url: string): string | undefined {
  const cleaned = url.trim().replace(/[\t\n\r]/g, '');
  for (const text of [cleaned, decodeURIComponentSafe(cleaned)]) {
    const index = text.search(/[?#]/);
    if (index >= 0) return text.slice(index);
  }
  return undefined;
}

/**
 * Resolves a relative image path against the post's folder, refusing paths
 * that leave the unit's folder or carry a query or fragment. Returns a path relative to the posts folder.
 * @example
 * resolvePostAsset('phuong-tran-phu', './anh/hoi-nghi.jpg'); // 'phuong-tran-phu/anh/hoi-nghi.jpg'
 * resolvePostAsset('phuong-tran-phu', '../xa-song-mai/anh.jpg'); // undefined
 * resolvePostAsset('phuong-tran-phu', './anh.jpg?raw'); // undefined: see assetReferenceSuffix
 */
export function resolvePostAsset(unitFolder: string, url: string): string | undefined {
  if (assetReferenceSuffix(url) !== undefined) return undefined;
  const path = decodeURIComponentSafe(url);
  if (path.startsWith('/') || path.includes('\\')) return undefined;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return undefined;
    segments.push(segment);
  }
  return segments.length > 0 ? [unitFolder, ...segments].join('/') : undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
