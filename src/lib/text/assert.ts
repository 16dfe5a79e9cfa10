/**
 * Checks input up front with a clear TypeError, as the text helpers promise.
 * @example
 * assertString(42, 'slugify'); // throws "slugify: cần một chuỗi văn bản (string), nhưng nhận được number."
 */
export function assertString(value: unknown, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    const shown = value === null ? 'null' : typeof value;
    throw new TypeError(`${fn}: cần một chuỗi văn bản (string), nhưng nhận được ${shown}.`);
  }
}
