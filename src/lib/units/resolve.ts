import { normalizeForMatch } from '../text/fold.ts';

/** Anything that can be named in an appendix cell: a unit or a group of units. */
export interface NamedRef {
  id: string;
  name: string;
  shortName?: string;
  aliases: readonly string[];
}

/** The outcome of reading an agency cell: the ids found, and any text nobody answers to. */
export interface ResolvedAgencies {
  ids: string[];
  unmatched: string[];
}

const SEPARATORS = /^[\s,;.:]+/;

/**
 * Builds a resolver that turns a free-text agency cell into unit and group ids.
 * It reads the cell left to right and takes the longest alias that matches at
 * each point, because the separators are ambiguous: "UBND phường, xã" is one
 * group, while "Phòng VH&TT, UBND phường, xã" is two entries.
 * @example
 * const resolve = createAgencyResolver(units);
 * resolve('Phòng TC-KH, Kinh tế'); // { ids: ['phong-tckh', 'phong-kinh-te'], unmatched: [] }
 */
export function createAgencyResolver(refs: readonly NamedRef[]): (cell: string) => ResolvedAgencies {
  const aliases: { key: string; id: string }[] = [];
  for (const ref of refs) {
    for (const name of [ref.name, ref.shortName, ...ref.aliases]) {
      if (name) aliases.push({ key: normalizeForMatch(name), id: ref.id });
    }
  }
  aliases.sort((a, b) => b.key.length - a.key.length);

  return (cell: string) => {
    const ids: string[] = [];
    const unmatched: string[] = [];
    let rest = normalizeForMatch(cell.replace(/<[^>]+>/g, ''));
    while (rest.length > 0) {
      rest = rest.replace(SEPARATORS, '');
      if (rest.length === 0) break;
      const match = aliases.find(
        ({ key }) => rest.startsWith(key) && (rest.length === key.length || /^[\s,;.:]/.test(rest.slice(key.length))),
      );
      if (match) {
        if (!ids.includes(match.id)) ids.push(match.id);
        rest = rest.slice(match.key.length);
      } else {
        const end = rest.search(/[,;]/);
        unmatched.push(end === -1 ? rest : rest.slice(0, end));
        rest = end === -1 ? '' : rest.slice(end);
      }
    }
    return { ids, unmatched };
  };
}

/**
 * Finds aliases that two different units answer to; such a spelling could not be resolved.
 * @example
 * findAmbiguousAliases([{ id: 'a', name: 'X', aliases: [] }, { id: 'b', name: 'Y', aliases: ['x'] }]);
 * // [{ alias: 'x', ids: ['a', 'b'] }]
 */
export function findAmbiguousAliases(refs: readonly NamedRef[]): { alias: string; ids: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const ref of refs) {
    for (const name of [ref.name, ref.shortName, ...ref.aliases]) {
      if (!name) continue;
      const key = normalizeForMatch(name);
      owners.set(key, (owners.get(key) ?? new Set()).add(ref.id));
    }
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([alias, ids]) => ({ alias, ids: [...ids] }));
}
