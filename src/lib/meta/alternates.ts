import { routes } from '../routes.ts';

/** A `<link rel="alternate" hreflang>` target, root-relative. */
export interface LanguageAlternate {
  hreflang: string;
  href: string;
}

/**
 * The language versions of a page. Only the home page has an English
 * counterpart (`/en/`), so only those two pages are joined; `x-default`
 * points at the Vietnamese home.
 * @example
 * getLanguageAlternates('/', true);
 * // [{ hreflang: 'vi', href: '/' }, { hreflang: 'en', href: '/en/' }, { hreflang: 'x-default', href: '/' }]
 * getLanguageAlternates('/chi-so/', true); // []
 * getLanguageAlternates('/', false); // []
 */
export function getLanguageAlternates(pathname: string, hasEnglish: boolean): LanguageAlternate[] {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!hasEnglish || (path !== routes.home() && path !== routes.english())) return [];
  return [
    { hreflang: 'vi', href: routes.home() },
    { hreflang: 'en', href: routes.english() },
    { hreflang: 'x-default', href: routes.home() },
  ];
}
