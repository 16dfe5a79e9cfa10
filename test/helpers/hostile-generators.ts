/**
 * Pathological texts for the hostile corpus (`generate:` edits): inputs whose
 * naive parsing is super-linear or recursive. Each is made to about `size`
 * bytes (ASCII, so characters and bytes agree).
 */

/** The generators a case may name. */
export const HOSTILE_GENERATORS = ['nested-emphasis', 'nested-brackets', 'nested-quotes', 'alias-bomb', 'deep-nesting'] as const;
export type HostileGeneratorName = (typeof HOSTILE_GENERATORS)[number];

/**
 * A pathological text of about `size` bytes.
 * @example
 * generateHostileText('nested-emphasis', 20); // '*a *a *a x a* a* a*' (n levels each side)
 * generateHostileText('deep-nesting', 0);     // '[' × 10,000 then ']' × 10,000, whatever the size
 */
export function generateHostileText(name: HostileGeneratorName, size: number): string {
  switch (name) {
    case 'nested-emphasis': {
      // `*a ` × n, then `x`, then ` a*` × n: 6n + 1 bytes.
      const levels = Math.max(1, Math.floor((size - 1) / 6));
      return `${'*a '.repeat(levels)}x${' a*'.repeat(levels)}`;
    }
    case 'nested-brackets':
      return '['.repeat(Math.max(1, size));
    case 'nested-quotes': {
      const levels = Math.max(1, Math.floor((size - 1) / 2));
      return `${'> '.repeat(levels)}x`;
    }
    case 'deep-nesting':
      return `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    case 'alias-bomb': {
      // "Billion laughs": each level holds nine aliases of the one before, 9^9 strings once expanded.
      const lines = ['a0: &a0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]'];
      for (let level = 1; level <= 9; level += 1) lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
      return `${lines.join('\n')}\n`;
    }
  }
}
