import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A post file as read straight from disk, without the validation code under test. */
export interface PostFile {
  unit: string;
  date: string;
  slug: string;
  draft: boolean;
  demo: boolean;
}

/** Lists content/posts/<unit>/<date>-<slug>.md|mdx with the flags from their frontmatter. */
export function readPostFiles(postsDir: string): PostFile[] {
  return readdirSync(postsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(postsDir, folder.name))
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => {
          const head = readFileSync(join(postsDir, folder.name, name), 'utf8').split(/\n---/)[0] ?? '';
          return {
            unit: folder.name,
            date: name.slice(0, 10),
            slug: name.slice(11).replace(/\.mdx?$/, ''),
            draft: /^draft: true\s*$/m.test(head),
            demo: /^demo: true\s*$/m.test(head),
          };
        }),
    );
}
