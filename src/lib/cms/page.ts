/**
 * The editor's page, /quan-tri/index.html: Decap CMS served from the portal
 * itself (docs/adr/0014-browser-editor.md), with a content security policy of
 * its own. The rest of the site keeps the policy of ADR 9 (src/lib/security/csp.ts).
 */
import { CMS_PATH } from './config.ts';

/** The bundle copied from node_modules/decap-cms/dist/ beside the page. */
export const CMS_SCRIPT = 'decap-cms.js';
export const CMS_CONFIG_FILE = 'config.yml';
/** The portal's rules before saving (src/lib/cms/browser-rules.ts), loaded after Decap. */
export const CMS_RULES_SCRIPT = 'quy-tac.js';

/** The port decap-server listens on by default; Decap looks for it on the page's own host name. */
export const LOCAL_BACKEND_PORT = 8081;

/**
 * The editor's policy. Looser than the site's on this page only, each for a reason:
 * - `'unsafe-eval'`: Decap validates its configuration with ajv, which compiles schemas with `new Function`;
 * - `style-src 'unsafe-inline'`: Decap's interface is styled by emotion, which writes `<style>` elements;
 * - `blob:` and `data:` images: the preview of an image before it is saved;
 * - `connect-src` GitHub's API (the pull requests) and decap-server on the editor's own computer.
 * Still nothing from a CDN: scripts, styles and fonts come from the portal.
 */
export const CMS_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self'",
  `connect-src 'self' blob: https://api.github.com http://localhost:${LOCAL_BACKEND_PORT} http://127.0.0.1:${LOCAL_BACKEND_PORT}`,
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/**
 * The policy with the OAuth provider of site.yaml's `editorAuth`, when there is one: its origin only, in
 * `connect-src` (Decap's token refresh posts to it). The sign-in itself is a window Decap opens at that
 * origin and a message back from it, which a page's policy does not govern.
 */
export function cmsCspDirectives(authOrigin?: string): string[] {
  return CMS_CSP_DIRECTIVES.map((directive) => (authOrigin && directive.startsWith('connect-src ') ? `${directive} ${authOrigin}` : directive));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page's HTML: no inline script, noindex, and the configuration linked beside it. */
export function renderCmsPage(siteName: string, authOrigin?: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${escapeAttribute(cmsCspDirectives(authOrigin).join('; '))}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Trình soạn thảo nội dung · ${escapeAttribute(siteName)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link href="${CMS_PATH}${CMS_CONFIG_FILE}" type="text/yaml" rel="cms-config-url">
  </head>
  <body>
    <noscript>Trình soạn thảo cần JavaScript. Có thể sửa nội dung trên GitHub: xem CONTRIBUTING.md.</noscript>
    <script src="${CMS_PATH}${CMS_SCRIPT}"></script>
    <script src="${CMS_PATH}${CMS_RULES_SCRIPT}"></script>
  </body>
</html>
`;
}
