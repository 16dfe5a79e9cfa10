/** Decap's slug function (decap-cms-core/src/lib/urlHelper.ts), bundled into the rules before saving. */
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(text: string, options?: { encoding?: 'ascii' | 'unicode'; clean_accents?: boolean; sanitize_replacement?: string }, preserveSlashes?: boolean): string;
}
