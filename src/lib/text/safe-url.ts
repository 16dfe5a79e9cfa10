/**
 * The one place that decides whether an address from content may be written
 * into a page. It reads the address as a browser does, with the WHATWG `URL`
 * parser against the site's base: tabs and line breaks vanish, a backslash is
 * a slash, so "/\evil.example/" and "/\t/evil.example" lead to another host
 * although they look like paths on the portal. Site-relative addresses must
 * stay on the site; absolute ones must be written `https://host/…` in full.
 */

/** What an address points to. */
export type UrlKind =
  | 'relative' // ./anh.jpg, ../x, /chi-so/1-4/, ?a=b: on the site
  | 'fragment' // #muc-1
  | 'web' // http:, https:
  | 'protocol-relative' // //example.com/x, /\example.com/x, \\example.com: looks relative, leaves the site
  | 'mailto'
  | 'tel'
  | 'javascript'
  | 'data'
  | 'other-scheme'; // vbscript:, file:, blob:…

/** Why an address is refused, for the message. */
export type UrlProblem =
  | { reason: 'javascript' }
  | { reason: 'data' }
  | { reason: 'scheme'; scheme: string }
  | { reason: 'leaves-site'; host: string } // "/\evil.example" written as a path on the portal
  | { reason: 'missing-slashes'; scheme: string } // "https:evil.example"
  | { reason: 'credentials'; host: string } // "https://dichvucong.gov.vn@evil.example"
  | { reason: 'unparsable' }
  | { reason: 'not-allowed'; kind: UrlKind }; // e.g. a mailto: where a web page is expected

export type UrlVerdict = { ok: true; kind: UrlKind; resolved: URL } | { ok: false; kind: UrlKind; problem: UrlProblem };

/** Resolves relative addresses when the site's own address is not at hand; any https origin gives the same verdicts. */
export const PROBE_BASE = 'https://cong-chuyen-doi-so.invalid/';

/**
 * Strips what a browser ignores before reading a URL: leading and trailing C0
 * controls and spaces, and every tab and line break.
 * @example
 * browserCleanUrl(' java\tscript:x\n'); // 'javascript:x'
 */
export function browserCleanUrl(url: string): string {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * The scheme of a URL, lower-cased, as a browser reads it; undefined when relative.
 * @example
 * urlScheme(' Java\tScript:alert(1)'); // 'javascript'
 * urlScheme('./anh.jpg'); // undefined
 */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserCleanUrl(url))?.[1]?.toLowerCase();
}

function parse(url: string, base: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * Classifies a URL the way a browser will follow it.
 * @example
 * classifyUrl('https://dichvucong.gov.vn'); // 'web'
 * classifyUrl('JAVASCRIPT:alert(1)'); // 'javascript'
 * classifyUrl('./anh-hoi-nghi.jpg'); // 'relative'
 * classifyUrl('/\\evil.example/'); // 'protocol-relative'
 */
export function classifyUrl(url: string, base: string = PROBE_BASE): UrlKind {
  const scheme = urlScheme(url);
  if (scheme === undefined) {
    const cleaned = browserCleanUrl(url);
    if (cleaned.startsWith('#')) return 'fragment';
    const resolved = parse(cleaned, base);
    // A relative address that the URL parser cannot read, or that lands on another origin, is not a path on the site.
    return resolved && resolved.origin === new URL(base).origin ? 'relative' : 'protocol-relative';
  }
  if (scheme === 'http' || scheme === 'https') return 'web';
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'javascript' || scheme === 'data') return scheme;
  return 'other-scheme';
}

/**
 * Checks an address from content against the kinds a field accepts.
 * @example
 * checkUrl('/\\evil.example/x', ['web', 'relative']); // { ok: false, kind: 'protocol-relative', problem: { reason: 'leaves-site', host: 'evil.example' } }
 * checkUrl('https://dichvucong.gov.vn/p/home', ['web']).ok; // true
 * checkUrl('https:evil.example', ['web']).ok; // false (missing-slashes)
 */
export function checkUrl(url: string, allowed: readonly UrlKind[], base: string = PROBE_BASE): UrlVerdict {
  const kind = classifyUrl(url, base);
  const cleaned = browserCleanUrl(url);
  const resolved = parse(cleaned, base);
  const refuse = (problem: UrlProblem): UrlVerdict => ({ ok: false, kind, problem });
  if (kind === 'javascript') return refuse({ reason: 'javascript' });
  if (kind === 'data') return refuse({ reason: 'data' });
  if (kind === 'other-scheme') return refuse({ reason: 'scheme', scheme: urlScheme(url) ?? '' });
  if (!resolved) return refuse({ reason: 'unparsable' });
  if (kind === 'protocol-relative') return refuse({ reason: 'leaves-site', host: resolved.host });
  if (kind === 'web') {
    // "https:evil.example" is a path on an https page but another host on an http one: write it in full.
    if (!/^https?:\/\/[^/\\]/i.test(cleaned)) return refuse({ reason: 'missing-slashes', scheme: urlScheme(url) ?? 'https' });
    if (resolved.username || resolved.password) return refuse({ reason: 'credentials', host: resolved.host });
  }
  if (!allowed.includes(kind)) return refuse({ reason: 'not-allowed', kind });
  return { ok: true, kind, resolved };
}

/** An address written into a page: a web page, a path on the site, a fragment, mail or phone. */
export const LINK_KINDS: readonly UrlKind[] = ['web', 'relative', 'fragment', 'mailto', 'tel'];

const EXAMPLE_WEB = 'https://dichvucong.gov.vn/';

/**
 * Explains a refused address in Vietnamese: what is wrong, and a fix with an example.
 * @example
 * describeUrlProblem('/\\evil.example/', { reason: 'leaves-site', host: 'evil.example' }).message;
 * // 'địa chỉ "/\\evil.example/" trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "evil.example"'
 */
export function describeUrlProblem(url: string, problem: UrlProblem, example: string = EXAMPLE_WEB): { message: string; fix: string } {
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);
  // The example may be a path on the portal (evidence files) or a web page; each fix quotes the kind it needs.
  const path = example.startsWith('/') ? example : '/chi-so/1-4/';
  const web = example.startsWith('/') ? EXAMPLE_WEB : example;
  switch (problem.reason) {
    case 'javascript':
      return { message: `địa chỉ ${shown} chạy mã JavaScript khi được mở`, fix: `dùng địa chỉ web đầy đủ bắt đầu bằng https://, ví dụ ${example}` };
    case 'data':
      return { message: `địa chỉ ${shown} nhúng dữ liệu thẳng vào trang (data:)`, fix: `dẫn tới một trang web bằng địa chỉ bắt đầu bằng https://, ví dụ ${example}` };
    case 'scheme':
      return { message: `địa chỉ ${shown} dùng giao thức "${problem.scheme}:" không được hỗ trợ`, fix: `dùng địa chỉ bắt đầu bằng https://, ví dụ ${example}` };
    case 'leaves-site':
      return {
        message: `địa chỉ ${shown} trông như một đường dẫn trên cổng nhưng trình duyệt mở sang máy chủ khác "${problem.host}"`,
        fix: `đường dẫn trên cổng bắt đầu bằng đúng một dấu / và không có dấu \\, ví dụ ${path}; trang của nơi khác thì ghi đầy đủ, ví dụ ${web}`,
      };
    case 'missing-slashes':
      return { message: `địa chỉ ${shown} thiếu hai dấu // sau "${problem.scheme}:"`, fix: `ghi đầy đủ ${problem.scheme}://tên-miền/…, ví dụ ${web}` };
    case 'credentials':
      return {
        message: `địa chỉ ${shown} có phần đứng trước dấu @, nên thật ra dẫn tới máy chủ "${problem.host}"`,
        fix: `xóa phần trước dấu @; ghi đúng địa chỉ của trang, ví dụ ${web}`,
      };
    case 'unparsable':
      return { message: `địa chỉ ${shown} không đọc được (sai dạng)`, fix: `ghi một địa chỉ web đầy đủ, ví dụ ${example}` };
    case 'not-allowed':
      return { message: `địa chỉ ${shown} không phải một trang web`, fix: `dùng địa chỉ web đầy đủ bắt đầu bằng https://, ví dụ ${example}` };
  }
}
