/** Subscription links to a calendar: the https address, and the same as webcal: for calendar apps. */
import { absoluteUrl } from '../routes.ts';

/**
 * @example calendarLinks('/han-chot.ics', 'https://example.vn/'); // { https: 'https://example.vn/han-chot.ics', webcal: 'webcal://example.vn/han-chot.ics' }
 */
export function calendarLinks(path: string, origin: string): { https: string; webcal: string } {
  const https = absoluteUrl(path, origin);
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
