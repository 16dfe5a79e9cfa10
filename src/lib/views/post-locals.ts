/**
 * An MDX post's components get only the props the post wrote, so PostBody
 * puts the post view's indicator links in the request's locals for
 * <IndicatorLink id="…" /> to read. Nothing else travels this way.
 */
export interface IndicatorLinks {
  [id: string]: { href: string; label: string } | undefined;
}

const KEY = 'dtiIndicatorLinks';

/** Stores the post view's links for the components of the body being rendered. */
export function setIndicatorLinks(locals: object, links: IndicatorLinks): void {
  (locals as Record<string, unknown>)[KEY] = links;
}

/** The links PostBody stored; empty when none were. */
export function indicatorLinksOf(locals: object): IndicatorLinks {
  return ((locals as Record<string, unknown>)[KEY] as IndicatorLinks | undefined) ?? {};
}
