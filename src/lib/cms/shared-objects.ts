/**
 * Makes structurally identical parts of a plain-data tree one shared object, so that YAML's
 * `aliasDuplicateObjects` writes each once (an anchor) and refers to it after (an alias).
 * The editor's configuration repeats the same report types and post fields for every unit:
 * 2,4 MB of YAML for the shipped 32 units, ~130 KB with aliases; Decap reads aliases
 * (`yaml.parse(…, { maxAliasCount: -1 })` in decap-cms-core's config loader).
 * Pure: hash-consing in one pass, linear in the size of the tree.
 */

/** Parts smaller than this (in JSON characters) stay inline: an alias would save little and read worse. */
export const MIN_SHARED_SIZE = 200;

interface Visited {
  value: unknown;
  /** Identifies the structure: equal keys, equal JSON. */
  key: string;
  size: number;
}

/**
 * A copy of `tree` in which equal objects and arrays of at least MIN_SHARED_SIZE characters are one object.
 * @example
 * const field = { name: 'status', options: [...] };
 * const shared = shareIdenticalObjects({ a: { ...field }, b: { ...field } });
 * shared.a === shared.b; // true when the field is at least 200 characters of JSON
 */
export function shareIdenticalObjects<T>(tree: T, minSize = MIN_SHARED_SIZE): T {
  const known = new Map<string, Visited>();
  const visit = (node: unknown): Visited => {
    if (node === null || typeof node !== 'object') {
      const json = JSON.stringify(node) ?? 'undefined';
      return { value: node, key: json, size: json.length };
    }
    const isArray = Array.isArray(node);
    const entries: [string, unknown][] = isArray ? node.map((item, index) => [String(index), item]) : Object.entries(node);
    const children = entries.map(([name, child]) => [name, visit(child)] as const);
    const key = `${isArray ? '[' : '{'}${children.map(([name, child]) => `${JSON.stringify(name)}:${child.key}`).join(',')}`;
    const size = children.reduce((total, [name, child]) => total + name.length + child.size + 4, 2);
    const build = () => (isArray ? children.map(([, child]) => child.value) : Object.fromEntries(children.map(([name, child]) => [name, child.value])));
    if (size < minSize) return { value: build(), key, size };
    let shared = known.get(key);
    if (!shared) {
      shared = { value: build(), key: `#${known.size}`, size };
      known.set(key, shared);
    }
    return shared;
  };
  return visit(tree).value as T;
}
