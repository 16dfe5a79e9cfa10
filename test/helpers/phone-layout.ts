/**
 * What a phone reader sees of a page's layout (issue 14): whether the page
 * scrolls sideways, which tables are wider than their container, which status
 * badges stick out of their cell, and how far down the h1 starts.
 */
import type { Page } from 'playwright-core';

/** The phone the layout is checked on: a small Android screen. */
export const PHONE = { width: 360, height: 780 } as const;

/** The h1 must start within the first 40% of the screen. */
export const H1_TOP_LIMIT = Math.round(PHONE.height * 0.4);

export interface PhoneLayout {
  /** document.documentElement.scrollWidth: more than the screen width means the page scrolls sideways. */
  scrollWidth: number;
  /** Elements whose right edge lies past the screen, outermost first (at most 5), to say what widens the page. */
  pastTheEdge: string[];
  /** Tables wider than their container, with both widths. */
  wideTables: string[];
  /** Status badges wider than their cell or cut by it. */
  cutBadges: string[];
  /** Top of the h1 in CSS pixels from the top of the page, or undefined when there is none. */
  h1Top: number | undefined;
}

/** Reads the layout of the page as it is now (the caller sets the viewport and waits for the page). */
export function readPhoneLayout(page: Page): Promise<PhoneLayout> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const className = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const label = element.getAttribute('aria-label') ?? element.querySelector('caption')?.textContent ?? '';
      return `${element.tagName.toLowerCase()}${id}${className}${label ? ` “${label.trim().slice(0, 60)}”` : ''}`;
    };
    const screenWidth = document.documentElement.clientWidth;
    const pastTheEdge: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (pastTheEdge.length >= 5) break;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= screenWidth + 0.5) continue;
      // Only the outermost offender: its descendants are past the edge because it is.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > screenWidth + 0.5) continue;
      // Content clipped or scrolled inside a box that itself fits (a scrolling table's rows, a visually hidden header) does not widen the page.
      let clipped = false;
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        if ((style.overflowX !== 'visible' || style.clipPath !== 'none') && ancestor.getBoundingClientRect().right <= screenWidth + 0.5) {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      pastTheEdge.push(`${describe(element)} right=${Math.round(rect.right)}`);
    }
    const wideTables = [...document.querySelectorAll('table')].flatMap((table) => {
      const container = table.parentElement;
      if (!container || table.getClientRects().length === 0) return [];
      const tableWidth = table.getBoundingClientRect().width;
      const room = container.clientWidth;
      return tableWidth > room + 0.5 ? [`${describe(table)}: ${Math.round(tableWidth)} px in ${Math.round(room)} px`] : [];
    });
    const cutBadges = [...document.querySelectorAll('.status')].flatMap((badge) => {
      const cell = badge.closest('td, th, li, p, div');
      if (!cell || badge.getClientRects().length === 0) return [];
      const own = badge.getBoundingClientRect();
      const room = cell.getBoundingClientRect();
      const cut = own.right > room.right + 0.5 || own.left < room.left - 0.5 || badge.scrollWidth > badge.clientWidth + 1;
      return cut ? [`“${badge.textContent?.trim()}” ${Math.round(own.left)}–${Math.round(own.right)} px in ${Math.round(room.left)}–${Math.round(room.right)} px`] : [];
    });
    const h1 = document.querySelector('h1');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      pastTheEdge,
      wideTables,
      cutBadges,
      h1Top: h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : undefined,
    };
  });
}
