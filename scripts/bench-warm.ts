/**
 * The change the warm-rebuild benchmark makes between the cold and the warm
 * build (issue 18, point 6): a ward editor fixes one word in one post.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lines of a post's body that are not prose: headings, lists, tables, images, HTML and MDX. */
const NOT_PROSE = /^\s*(?:#|[-*+>|!<{]|\d+\.|import\s|export\s|$)/;

/**
 * `text` (a post: front matter, then its body) with the first word of the
 * body's first prose line replaced by another, and the two words.
 * @example
 * changeOneWord('---\ntitle: "A"\n---\n\nBưu điện thành phố…\n');
 * // { text: '---\ntitle: "A"\n---\n\ncác điện thành phố…\n', from: 'Bưu', to: 'các' }
 */
export function changeOneWord(text: string): { text: string; from: string; to: string } {
  const bodyStart = text.indexOf('\n---', 3) + 4;
  if (!text.startsWith('---') || bodyStart < 4) throw new Error('Bài viết không có phần đầu (front matter) giữa hai dòng ---.');
  let offset = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const word = NOT_PROSE.test(line) ? null : /\p{L}{2,}/u.exec(line);
    if (word) {
      const to = word[0] === 'các' ? 'những' : 'các';
      const at = offset + word.index;
      return { text: text.slice(0, at) + to + text.slice(at + word[0].length), from: word[0], to };
    }
    offset += line.length + 1;
  }
  throw new Error('Bài viết không có đoạn văn nào để sửa một từ.');
}

/**
 * Changes one word in one post of `contentDir`: the first post of the first
 * ward's folder (the first post of all if no folder is a ward's).
 * @returns The post's path inside content/ and the words changed.
 */
export function changeOneWordInOnePost(contentDir: string): { post: string; from: string; to: string } {
  const postsDir = join(contentDir, 'posts');
  const folders = readdirSync(postsDir).sort();
  const postsOf = (folder: string) => readdirSync(join(postsDir, folder)).filter((name) => /\.mdx?$/.test(name)).sort();
  const folder = folders.find((name) => name.startsWith('phuong-') && postsOf(name).length > 0) ?? folders.find((name) => postsOf(name).length > 0);
  const name = folder === undefined ? undefined : postsOf(folder)[0];
  if (folder === undefined || name === undefined) throw new Error(`Không có bài viết nào trong ${postsDir}.`);
  const file = join(postsDir, folder, name);
  const changed = changeOneWord(readFileSync(file, 'utf8'));
  writeFileSync(file, changed.text);
  return { post: join('posts', folder, name), from: changed.from, to: changed.to };
}
