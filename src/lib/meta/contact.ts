/**
 * A `tel:` link for a phone number as people write it: spaces, dots and
 * dashes dropped, a leading + kept.
 * @throws {TypeError} When the text has no digit.
 * @example
 * telHref('0204 000 0000'); // 'tel:02040000000'
 * telHref('+84 204.385.1234'); // 'tel:+842043851234'
 */
export function telHref(phone: string): string {
  const digits = String(phone).replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (!/\d/.test(digits)) throw new TypeError(`telHref: số điện thoại không có chữ số nào: ${JSON.stringify(phone)}.`);
  return `tel:${digits}`;
}

/**
 * A phone number for display: its spaces made non-breaking, so the number
 * never wraps across lines (and html-validate's tel-non-breaking rule holds).
 * @example
 * phoneText('0204 000 0000'); // '0204\u00a0000\u00a00000'
 */
export function phoneText(phone: string): string {
  return String(phone).trim().replace(/\s+/g, '\u00a0');
}
