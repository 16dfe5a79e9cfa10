/**
 * Reads a built page's social meta tags (og:title, og:image…), which
 * SocialMeta.astro wrote: the image runner renders each page's image at the
 * address its own og:image announces, so the tag and the file always agree.
 */

/** A start tag, reading quoted attribute values whole: a value may hold ">" (e.g. a title with "<b>"). */
const TAG = (name: string) => new RegExp(`<${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references an HTML serializer writes in attributes.
 * @example decodeAttribute('Ph&#7889; &amp; x&quot;'); // 'Phố & x"'
 */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal || hex) {
      const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/**
 * The `<meta>` tags of a document's head, keyed by `property` or `name`
 * (first occurrence wins).
 * @example
 * readMetaTags('<head><meta property="og:title" content="Chỉ số 1.4"></head>').get('og:title'); // 'Chỉ số 1.4'
 */
export function readMetaTags(html: string): Map<string, string> {
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const tags = new Map<string, string>();
  for (const [tag] of head.matchAll(TAG('meta'))) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(/([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      attributes.set((match[1] ?? '').toLowerCase(), decodeAttribute(match[2] ?? match[3] ?? ''));
    }
    const key = attributes.get('property') ?? attributes.get('name');
    const content = attributes.get('content');
    if (key !== undefined && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** The canonical link's address, if any. */
export function readCanonical(html: string): string | undefined {
  const match = [...html.matchAll(TAG('link'))].find(([tag]) => /\brel="canonical"/i.test(tag));
  const href = match && /\bhref="([^"]*)"/i.exec(match[0]);
  return href?.[1] === undefined ? undefined : decodeAttribute(href[1]);
}
