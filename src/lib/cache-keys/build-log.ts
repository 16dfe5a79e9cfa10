/**
 * How many pages `astro build` rendered and how many it reused, read from its
 * log: under "generating static routes" Astro prints one line per path, ending
 * in "(cached)" (left in dist/) or "(restored)" (copied from its cache) when it
 * reused the last build's file, and in the render time ("(+12ms)") otherwise.
 */

/** Astro's colours, when its log went to a terminal. */
const ANSI = /\u001b\[[0-9;]*m/g;

export interface PageRenderCounts {
  rendered: number;
  reused: number;
}

/**
 * Counts the paths of the "generating static routes" section(s) of an Astro build log.
 * @example
 * countPageRenders(' generating static routes \n06:28:40   ├─ /index.html (+5ms)\n06:28:40   ├─ /a/index.html (cached)\n06:28:40 ✓ Completed in 1s.');
 * // { rendered: 1, reused: 1 }
 */
export function countPageRenders(log: string): PageRenderCounts {
  const counts: PageRenderCounts = { rendered: 0, reused: 0 };
  let inRoutes = false;
  for (const line of log.replace(ANSI, '').split('\n')) {
    if (line.includes('generating static routes')) inRoutes = true;
    else if (inRoutes && /✓ Completed in/.test(line)) inRoutes = false;
    // Each path line starts with Astro's timestamp: "06:28:40   ├─ /chi-so/1-1/index.html (+5ms)".
    else if (inRoutes && /(?:^|\s)[├└]─ \S/.test(line)) {
      if (/\((?:cached|restored)\)\s*$/.test(line)) counts.reused += 1;
      else counts.rendered += 1;
    }
  }
  return counts;
}

/**
 * The build's one line about it, in Vietnamese.
 * @example pageRenderLine({ rendered: 12, reused: 240 }); // 'Trang: 12 dựng lại, 240 dùng lại từ lần dựng trước.'
 */
export function pageRenderLine(counts: PageRenderCounts): string {
  return `Trang: ${counts.rendered} dựng lại, ${counts.reused} dùng lại từ lần dựng trước.`;
}
