/**
 * The portal's content security policy, as Astro's `security.csp` takes it
 * (ADR 9). Astro writes it into a `<meta http-equiv="content-security-policy">`
 * on every page and adds the hashes of the styles and scripts it bundles.
 *
 * Everything comes from the site itself: no CDN, no web font service, no
 * analytics. Directives that a `<meta>` policy ignores (`frame-ancestors`,
 * `report-uri`, `sandbox`) are left out, because Chromium logs a console
 * error for each of them.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // Pagefind fetches its index, fragments and WebAssembly from /pagefind/. It runs on the page, without
  // its worker (ADR 8), so there is no worker-src: no page starts a worker.
  "connect-src 'self'",
  "object-src 'none'",
  // No page has a <base>; none may gain one from content (issue 12).
  "base-uri 'none'",
  // The header search box is a GET form to /tim-kiem/; no form may submit anywhere else.
  "form-action 'self'",
] as const;

/** `script-src` on every page: only the site's own bundles (plus Astro's hashes). */
export const CSP_SCRIPT_RESOURCES = ["'self'"] as const;

/**
 * Added to `script-src` on the search page only: Pagefind compiles its
 * WebAssembly in the page when its worker is not available, which a policy
 * without `'wasm-unsafe-eval'` blocks. (`'wasm-unsafe-eval'` allows
 * WebAssembly compilation, not `eval()` of JavaScript.)
 */
export const CSP_SEARCH_SCRIPT_RESOURCES = ["'wasm-unsafe-eval'"] as const;
