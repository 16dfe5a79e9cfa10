/**
 * Indicator ids of the DTI appendix ("1", "1.4", "1.2.1", "5.5.3", "6.13") and
 * their URL slugs ("1-2-1" in `/chi-so/1-2-1/`).
 *
 * An id is 1–3 dot-separated positive integers without leading zeros. The first
 * segment is the pillar number; a one-segment id is the pillar row itself.
 */

const INDICATOR_ID = /^[1-9]\d*(?:\.[1-9]\d*){0,2}$/;
const INDICATOR_SLUG = /^[1-9]\d*(?:-[1-9]\d*){0,2}$/;

function assertIndicatorId(id: unknown, fn: string): asserts id is string {
  if (!isIndicatorId(id)) {
    throw new TypeError(
      `${fn}: mã chỉ số không hợp lệ: ${JSON.stringify(id)}. ` +
        `Mã chỉ số gồm 1–3 số nguyên dương cách nhau bởi dấu chấm, ví dụ "1.4" hoặc "1.2.1".`,
    );
  }
}

/**
 * Tells whether a value is a well-formed indicator id.
 *
 * @example
 * isIndicatorId('1.2.1'); // true
 * isIndicatorId('6.13'); // true
 * isIndicatorId('1'); // true (the pillar row)
 * isIndicatorId('1.2.3.4'); // false
 * isIndicatorId('01.2'); // false
 */
export function isIndicatorId(value: unknown): value is string {
  return typeof value === 'string' && INDICATOR_ID.test(value);
}

/**
 * Splits an id into its numeric segments.
 *
 * @throws {TypeError} When `id` is not a valid indicator id.
 * @example
 * parseIndicatorId('5.5.3'); // [5, 5, 3]
 */
export function parseIndicatorId(id: string): number[] {
  assertIndicatorId(id, 'parseIndicatorId');
  return id.split('.').map(Number);
}

/**
 * Converts an id into the slug used in URLs (dots become dashes).
 *
 * @throws {TypeError} When `id` is not a valid indicator id.
 * @example
 * indicatorIdToSlug('1.2.1'); // '1-2-1'
 */
export function indicatorIdToSlug(id: string): string {
  assertIndicatorId(id, 'indicatorIdToSlug');
  return id.replaceAll('.', '-');
}

/**
 * Converts a URL slug back into an id. Returns `undefined` for anything that
 * is not an indicator slug, so a route can answer "not found" instead of
 * throwing.
 *
 * @example
 * slugToIndicatorId('1-2-1'); // '1.2.1'
 * slugToIndicatorId('1.2.1'); // undefined
 * slugToIndicatorId('nhan-thuc-so'); // undefined
 */
export function slugToIndicatorId(slug: string): string | undefined {
  if (typeof slug !== 'string' || !INDICATOR_SLUG.test(slug)) return undefined;
  return slug.replaceAll('-', '.');
}

/**
 * Returns the id of the parent indicator, or `undefined` when the parent is
 * the pillar rather than an indicator ("1.4") or when the id is a pillar ("1").
 *
 * @throws {TypeError} When `id` is not a valid indicator id.
 * @example
 * getParentId('1.2.1'); // '1.2'
 * getParentId('5.5.3'); // '5.5'
 * getParentId('1.4'); // undefined
 * getParentId('1'); // undefined
 */
export function getParentId(id: string): string | undefined {
  const segments = parseIndicatorId(id);
  if (segments.length < 3) return undefined;
  return segments.slice(0, -1).join('.');
}

/**
 * Returns the pillar number, the id's first segment.
 *
 * @throws {TypeError} When `id` is not a valid indicator id.
 * @example
 * getPillarNumber('5.5.3'); // 5
 * getPillarNumber('6.13'); // 6
 */
export function getPillarNumber(id: string): number {
  const [pillar] = parseIndicatorId(id);
  // A valid id always has a first segment; the fallback only satisfies the type checker.
  return pillar ?? Number.NaN;
}

/**
 * Orders ids numerically, segment by segment, with a parent before its
 * children. Use it as an `Array.prototype.sort` comparator.
 *
 * @returns A negative number, zero or a positive number.
 * @throws {TypeError} When an argument is not a valid indicator id.
 * @example
 * ['6.13', '6.2', '1.2.1', '6.10', '1.2'].sort(compareIndicatorIds);
 * // ['1.2', '1.2.1', '6.2', '6.10', '6.13']
 */
export function compareIndicatorIds(a: string, b: string): number {
  const left = parseIndicatorId(a);
  const right = parseIndicatorId(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}
