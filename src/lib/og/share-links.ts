/**
 * Share links for Facebook and Zalo: plain addresses built at build time, so
 * pages load no third-party script and make no request until a reader clicks.
 * See docs/adr/0007-social-images-after-build.md for the Zalo address.
 */

/** A share target, in the order shown. */
export interface ShareLink {
  id: 'facebook' | 'zalo';
  label: string;
  href: string;
}

function assertAbsoluteUrl(url: string, caller: string): void {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    throw new TypeError(`${caller}: cần một địa chỉ tuyệt đối (https://…), nhưng nhận được ${JSON.stringify(url)}.`);
  }
}

/**
 * Facebook's sharer, which reads the page's Open Graph tags for the preview.
 * @example
 * facebookShareUrl('https://cds.example.vn/chi-so/1-4/');
 * // 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcds.example.vn%2Fchi-so%2F1-4%2F'
 */
export function facebookShareUrl(url: string): string {
  assertAbsoluteUrl(url, 'facebookShareUrl');
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/**
 * Zalo's web share page: the address the official share button (sp.zalo.me
 * SDK) opens, with the page given as base64 of `{"url": …}` in `d`. It needs
 * no Official Account id and no script on our page.
 * @example
 * zaloShareUrl('https://cds.example.vn/');
 * // 'https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=eyJ1cmwiOiJodHRwczovL2Nkcy5leGFtcGxlLnZuLyJ9&shareType=0'
 */
export function zaloShareUrl(url: string): string {
  assertAbsoluteUrl(url, 'zaloShareUrl');
  const payload = Buffer.from(JSON.stringify({ url }), 'utf8').toString('base64');
  return `https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=${encodeURIComponent(payload)}&shareType=0`;
}

/**
 * @example
 * shareLinks('https://cds.example.vn/don-vi/xa-song-mai/').map((link) => link.label); // ['Facebook', 'Zalo']
 */
export function shareLinks(url: string): ShareLink[] {
  return [
    { id: 'facebook', label: 'Facebook', href: facebookShareUrl(url) },
    { id: 'zalo', label: 'Zalo', href: zaloShareUrl(url) },
  ];
}
