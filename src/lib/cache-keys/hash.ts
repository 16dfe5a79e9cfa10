/**
 * The one hash behind every cache key of the build (issue 18): a page's key is
 * the hash of its view model, a social image's the hash of its image model
 * (a part of that view). Plain data only: a Map or Set is written with its
 * entries in order (a view's order is what the page shows), a Date as its ISO
 * text. A function (a list's `urlOf`, which turns a page number into its
 * address) is written as its source: what it returns is code, and the values
 * it closes over (the unit's id) are in the view too — the cache-keys test
 * lists every function the views hold, so a new one is looked at. What a hash
 * cannot see through (a symbol, a cycle) is refused, so a key never silently
 * misses part of what a page shows.
 */
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so equal data always gives equal text. Plain JSON data gives exactly
 * `JSON.stringify` with sorted keys (undefined properties left out, as JSON does).
 * @example
 * stableStringify({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 * stableStringify(new Map([['x', 1]])); // '{"$map":[["x",1]]}'
 */
export function stableStringify(value: unknown): string {
  return write(value, new Set());
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Views repeat the same few property names: each is quoted once. */
const quotedKeys = new Map<string, string>();
const quoted = (key: string) => {
  let text = quotedKeys.get(key);
  if (text === undefined) quotedKeys.set(key, (text = JSON.stringify(key)));
  return text;
};

// Hot: every page's key goes through here (≈ 6 s of a warm ~10× build before this was written with loops).
function write(value: unknown, path: Set<object>): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON writes NaN and ±Infinity as null; a key must tell them apart from a missing figure.
      return Number.isFinite(value) ? JSON.stringify(value) : `{"$number":"${String(value)}"}`;
    case 'bigint':
      return `{"$bigint":"${value.toString()}"}`;
    case 'function':
      return `{"$function":${JSON.stringify(String(value))}}`;
    case 'symbol':
      throw new TypeError(`Không tính được khóa bộ nhớ đệm: dữ liệu có một symbol (${String(value).slice(0, 60)}); mô hình hiển thị chỉ được chứa dữ liệu thuần.`);
  }
  const object = value as object;
  if (path.has(object)) throw new TypeError('Không tính được khóa bộ nhớ đệm: dữ liệu tự tham chiếu đến chính nó (vòng lặp).');
  path.add(object);
  try {
    if (Array.isArray(object)) {
      let text = '[';
      for (let index = 0; index < object.length; index += 1) text += (index === 0 ? '' : ',') + write(object[index], path);
      return `${text}]`;
    }
    if (object instanceof Date) return `{"$date":${JSON.stringify(Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString())}}`;
    if (object instanceof Map) return `{"$map":[${[...object].map(([key, item]) => `[${write(key, path)},${write(item, path)}]`).join(',')}]}`;
    if (object instanceof Set) return `{"$set":[${[...object].map((item) => write(item, path)).join(',')}]}`;
    if (ArrayBuffer.isView(object)) return `{"$bytes":"${createHash('sha256').update(object as Uint8Array).digest('hex')}"}`;
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareKeys);
    let text = '{';
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      text += `${first ? '' : ','}${quoted(key)}:${write(item, path)}`;
      first = false;
    }
    return `${text}}`;
  } finally {
    path.delete(object);
  }
}

/**
 * The sha-256 (64 hex digits) of the parts, in order. Text parts are hashed as they are; any other part
 * through stableStringify, so `contentHash('a', {…})` and `contentHash({…}, 'a')` differ.
 * @example
 * contentHash(view); // '9c1d…'
 * contentHash(fingerprint, model); // the social image's key
 */
export function contentHash(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? `s${part.length}:${part}` : `j:${stableStringify(part)}`).update('\n');
  return hash.digest('hex');
}
