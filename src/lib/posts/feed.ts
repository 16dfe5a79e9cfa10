/**
 * RSS items for the news section, built from posts (pure; the endpoints wrap
 * them with @astrojs/rss, which XML-escapes every field). Demonstration posts
 * say so in their description.
 *
 * Text is text for a feed reader too: titles and categories are plain text
 * (their XML text is exactly the title's characters), and the description,
 * which RSS 2.0 readers render as HTML, is the summary HTML-escaped, so a
 * summary "<img onerror=…>" reaches the reader as those characters, never as
 * an element. No `content:encoded` is written: the post's body stays on its page.
 */
import { escapeHtml } from '../text/inline-emphasis.ts';
import type { Post } from './schema.ts';

/** The fields @astrojs/rss needs for one item. */
export interface PostFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Characters XML 1.0 cannot carry even as references: C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF. */
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * A field for a feed, checked to be representable in XML. Validation refuses
 * such characters in content first; this guard keeps a feed from ever being
 * written ill-formed (or silently altered) if one slips through.
 * @throws {Error} Naming the field and the character.
 * @example
 * feedText('Tin chuyển đổi số', 'tiêu đề kênh'); // 'Tin chuyển đổi số'
 */
export function feedText(value: string, where: string): string {
  const bad = NOT_XML_CHARACTER.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0) ?? 0;
    throw new Error(`Không thể ghi ${where} vào nguồn tin RSS: có ký tự U+${code.toString(16).toUpperCase().padStart(4, '0')} ở vị trí ${bad.index + 1}, XML không chứa được ký tự này. Sửa nội dung rồi chạy lại npm run check.`);
  }
  return value;
}

/** Vietnam's offset: a post dated 2024-03-05 is published on that day in Hà Nội. */
const VIETNAM_OFFSET = '+07:00';

/**
 * Turns posts into feed items, in the order given.
 * @example
 * postsToFeedItems([post], { unitName: () => 'Phường Trần Phú', link: (slug) => `/chuyen-doi-so/${slug}/` })[0].description;
 * // 'Bài viết minh họa. Từ tháng 3, người dân theo dõi…' (for a demo post)
 */
export function postsToFeedItems(
  posts: readonly Pick<Post, 'slug' | 'title' | 'date' | 'summary' | 'unit' | 'indicators' | 'demo'>[],
  options: { unitName: (unitId: string) => string; link: (slug: string) => string },
): PostFeedItem[] {
  return posts.map((post) => {
    const where = (field: string) => `${field} của bài "${post.slug}"`;
    return {
      title: feedText(post.title, where('tiêu đề')),
      link: options.link(post.slug),
      pubDate: new Date(`${post.date}T00:00:00${VIETNAM_OFFSET}`),
      description: escapeHtml(feedText(`${post.demo ? 'Bài viết minh họa. ' : ''}${post.summary}`, where('tóm tắt'))),
      categories: [options.unitName(post.unit), ...post.indicators.map((id) => `Chỉ số ${id}`)].map((category) => feedText(category, where('chuyên mục'))),
    };
  });
}
