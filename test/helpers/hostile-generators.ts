/**
 * Pathological texts for the hostile corpus's `generate: <name>` edit verb
 * (test/fixtures/hostile/, format in its README). Shared by the corpus runner
 * and the bounded-work timing tests, so both attack with exactly the same bytes.
 *
 * Markdown generators return a post body (no frontmatter); YAML generators
 * return a single-line flow value, so it can follow `key: ` anywhere.
 * Every text is pure ASCII, so its length in characters is its size in bytes.
 */

type Generator = (size: number) => string;

/** Repeats `unit` as many whole times as fit in `size` characters (at least once). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** `*a ` × n, `x`, ` a*` × n: the pattern that made micromark quadratic (issue 12). */
function nestedEmphasis(size: number): string {
  const n = Math.max(1, Math.floor((size - 1) / 6));
  return `${'*a '.repeat(n)}x${' a*'.repeat(n)}`;
}

/** YAML billion laughs as one flow sequence: 9 levels of 9 aliases, about 387 million leaves once expanded. */
function aliasBomb(): string {
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const parts = [`&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let index = 1; index < levels.length; index += 1) {
    parts.push(`&${levels[index]} [${Array.from({ length: 9 }, () => `*${levels[index - 1]}`).join(',')}]`);
  }
  return `[${parts.join(', ')}]`;
}

/** Balanced flow sequences, `[[[…]]]`: valid YAML whose depth (size / 2) overflows recursive code. */
function deepNesting(size: number): string {
  const depth = Math.max(1, Math.floor(size / 2));
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const GENERATORS: Record<string, Generator> = {
  'nested-emphasis': nestedEmphasis,
  'nested-brackets': (size) => fill('[', size),
  'nested-images': (size) => fill('![', size),
  'nested-quotes': (size) => `${fill('> ', size - 1)}x`,
  'nested-lists': (size) => `${fill('- ', size - 1)}x`,
  'unmatched-delimiters': (size) => fill('*_', size),
  'long-text': (size) => fill('Phuong Tran Phu ', size).trimEnd(),
  'alias-bomb': aliasBomb,
  'deep-nesting': deepNesting,
};

/** The names `generate:` accepts. */
export const HOSTILE_GENERATOR_NAMES = Object.keys(GENERATORS);

/**
 * The pathological text called `name`, about `size` bytes long
 * (`alias-bomb` is always about 300 bytes: its size is what it expands to).
 * @example
 * generateHostileText('nested-emphasis', 13); // '*a *a x a* a*'
 * generateHostileText('deep-nesting', 20_000); // 10,000 levels of [ ]
 * @throws {Error} For a name no generator has.
 */
export function generateHostileText(name: string, size: number): string {
  const generator = GENERATORS[name];
  if (!generator) throw new Error(`generate: "${name}" is not a known generator (${HOSTILE_GENERATOR_NAMES.join(', ')})`);
  if (!Number.isInteger(size) || size < 1) throw new Error(`generate: "${name}" needs a positive whole size in bytes, got ${size}`);
  return generator(size);
}

/** Where a case's `write` asks the generated text to go: `title: {{generate}}`. */
export const GENERATE_PLACEHOLDER = '{{generate}}';

/**
 * The file's new text for a `generate:` edit: the generated text replaces the
 * placeholder `{{generate}}` in the file as edited so far (so a case writes the
 * frontmatter or the YAML key around it first); a file without the placeholder,
 * or not yet written, becomes the generated text alone.
 * @example
 * applyGenerateEdit('name: {{generate}}\n', 'deep-nesting', 4); // 'name: [[]]\n'
 */
export function applyGenerateEdit(current: string | undefined, name: string, size: number): string {
  const text = generateHostileText(name, size);
  if (current === undefined || !current.includes(GENERATE_PLACEHOLDER)) return text;
  return current.replace(GENERATE_PLACEHOLDER, () => text);
}
