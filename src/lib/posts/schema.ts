/**
 * The frontmatter of a news post in `content/posts/<unit>/<yyyy-mm-dd>-<slug>.md`.
 * One schema, shared by validation (src/lib/posts/validate.ts) and the Astro
 * collection (src/content.config.ts, which swaps `cover.src` for `image()`).
 */
import { z } from 'zod';
import { boundedTextSchema, isoDateSchema, nameSchema, slugIdSchema } from '../content/schemas/common.ts';
import { indicatorSchema } from '../content/schemas/indicator.ts';

/** Longest title and summary an editor may write; longer ones break cards and feeds. */
export const POST_TITLE_MAX = 200;
export const POST_SUMMARY_MAX = 400;
/** A cover's description and path: a sentence, and a file name beside the post. */
export const POST_ALT_MAX = 300;
export const POST_COVER_SRC_MAX = 200;

/** The cover image: a file beside the post, with a description for readers who cannot see it. */
export const postCoverSchema = z
  .object({
    /** Relative to the post, e.g. "./anh-bia.jpg". */
    src: z.string({ error: 'cần đường dẫn tới tệp ảnh, ví dụ "./anh-bia.jpg"' }).trim().min(1, { message: 'không được để trống' }).max(POST_COVER_SRC_MAX),
    /** What the picture shows, for screen readers and when it fails to load. */
    alt: boundedTextSchema(POST_ALT_MAX),
  })
  .strict();

/** Post frontmatter. Unknown fields are refused, so a typo never passes silently. */
export const postFrontmatterSchema = z
  .object({
    title: boundedTextSchema(POST_TITLE_MAX, `tiêu đề dài quá ${POST_TITLE_MAX} ký tự; hãy viết ngắn gọn hơn`),
    /** Publication date; must equal the date at the start of the file name. */
    date: isoDateSchema,
    /** The publishing unit's id; must equal the folder name. */
    unit: slugIdSchema,
    /** One or two sentences shown in lists and feeds. */
    summary: boundedTextSchema(POST_SUMMARY_MAX, `phần tóm tắt dài quá ${POST_SUMMARY_MAX} ký tự; hãy viết 1–2 câu`),
    /** Related pillars by number (1–8), beyond those of the related indicators. */
    pillars: z.array(z.int({ error: 'cần số thứ tự của trụ cột, ví dụ 1' }).positive()).default([]),
    /** Related indicators, e.g. ["1.4", "4.1"]. */
    indicators: z.array(indicatorSchema.shape.id).default([]),
    cover: postCoverSchema.optional(),
    author: nameSchema.optional(),
    /** A draft is checked but never published. */
    draft: z.boolean({ error: 'cần true hoặc false' }).default(false),
    /** Demonstration content, shown with a "Bài viết minh họa" notice wherever it appears. */
    demo: z.boolean({ error: 'cần true hoặc false' }).default(false),
  })
  .strict();

export type PostFrontmatter = z.output<typeof postFrontmatterSchema>;
export type PostFrontmatterInput = z.input<typeof postFrontmatterSchema>;

/** The source formats a post may use: Markdown, or MDX restricted to allow-listed components. */
export const POST_FORMATS = ['md', 'mdx'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

/** A validated post, without its body (Astro renders the body from the collection). */
export interface Post extends PostFrontmatter {
  /** Path relative to the project root, e.g. content/posts/phuong-tran-phu/2024-03-05-ra-mat.md. */
  file: string;
  /** Path relative to the posts folder, e.g. phuong-tran-phu/2024-03-05-ra-mat.md. */
  path: string;
  /** The URL slug, unique across the portal: /chuyen-doi-so/<slug>/. */
  slug: string;
  format: PostFormat;
}
