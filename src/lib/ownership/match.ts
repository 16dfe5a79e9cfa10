/**
 * Who owns a path under a CODEOWNERS file, by GitHub's rules
 * (docs.github.com, "About code owners"), so tests can prove that every file
 * of the repository has the owner it should:
 * - the last matching line wins; a line with a pattern and no owner un-owns;
 * - patterns follow .gitignore: `/x` is anchored at the root, a pattern with a
 *   slash inside is anchored too, one without matches at any depth;
 * - `dir/` owns everything below it, `dir/*` only its direct files;
 * - `*` stays within one path segment, `**` crosses segments;
 * - `!negation` and `[ranges]` are not supported by GitHub and are refused here.
 */

/** One rule of a CODEOWNERS file. */
export interface CodeownersRule {
  pattern: string;
  owners: string[];
  /** 1-based line in the file. */
  line: number;
  matches(path: string): boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\?]/g, '\\$&');
}

/** A pattern as a regular expression over paths without a leading slash. */
export function patternToRegExp(pattern: string): RegExp {
  if (pattern.startsWith('!') || /[[\]]/.test(pattern)) throw new Error(`CODEOWNERS pattern not supported by GitHub: ${pattern}`);
  const directoryOnly = pattern.endsWith('/');
  let body = pattern.replace(/\/+$/, '');
  // Anchored at the root when it starts with "/" or has a slash inside (gitignore).
  const anchored = body.startsWith('/') || body.includes('/');
  body = body.replace(/^\/+/, '');
  let source = '';
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char === '*' && body[index + 1] === '*') {
      const slashAfter = body[index + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else source += escapeRegExp(char ?? '');
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  // A name matches the file itself or, as a folder, everything below it; "dir/" only the folder's contents.
  // "docs/*" matches docs/a.md but not docs/sub/b.md (GitHub's own example).
  const suffix = directoryOnly ? '/.*$' : body.endsWith('/*') ? '$' : '(?:/.*)?$';
  return new RegExp(`${prefix}${source}${suffix}`);
}

/** Parses CODEOWNERS text into its rules, in file order. */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [pattern = '', ...owners] = line.split(/\s+/);
    const regExp = patternToRegExp(pattern);
    rules.push({ pattern, owners: owners.filter((owner) => !owner.startsWith('#')), line: index + 1, matches: (path) => regExp.test(path.replace(/^\/+/, '')) });
  }
  return rules;
}

/**
 * The owners of a path (relative to the repository root), from the last
 * matching rule; an empty list when no rule matches or the rule names nobody.
 * @example
 * ownersOf(parseCodeowners('* @bg/quan-tri\n/content/posts/x/ @a'), 'content/posts/x/bai.md'); // ['@a']
 */
export function ownersOf(rules: readonly CodeownersRule[], path: string): string[] {
  for (let index = rules.length - 1; index >= 0; index -= 1) {
    const rule = rules[index];
    if (rule?.matches(path)) return rule.owners;
  }
  return [];
}
