import type { ContentIssue } from '../content/errors.ts';
import type { SourceText } from '../content/parse-file.ts';
import { describeFsError, readContentFile, type ContentFile } from '../content/walk-fs.ts';
import { checkImageBytes, MAX_IMAGE_BYTES } from './image-check.ts';
import type { PostSources } from './validate.ts';

/**
 * The posts folder as the content walk found it (walk-fs.ts): post files are
 * read (through `read`, which decodes and reports encoding problems), images
 * are kept as asset paths. Returns undefined when the walk found no posts
 * folder content: a site may have no posts.
 * @example
 * const posts = postSourcesFromWalk(walk.files, 'content/posts', read);
 * posts?.files[0]?.path; // 'phong-vhtt/2024-01-15-hoi-nghi-trien-khai-ke-hoach.md'
 */
export function postSourcesFromWalk(files: readonly ContentFile[], postsDir: string, read: (file: ContentFile) => SourceText): PostSources | undefined {
  const inPosts = files.filter((file) => file.role === 'post' || file.role === 'post-image' || (file.role === 'readme' && file.path.startsWith('posts/')));
  if (inPosts.length === 0) return undefined;
  const relativeToPosts = (file: ContentFile) => file.path.slice('posts/'.length);
  return {
    dir: postsDir,
    files: inPosts.filter((file) => file.role === 'post').map((file) => ({ ...read(file), path: relativeToPosts(file) })),
    assets: inPosts.filter((file) => file.role !== 'post').map(relativeToPosts),
  };
}

// Validation runs several times per build; an image is read again only when it changed.
const imageVerdicts = new Map<string, ContentIssue | null>();

/**
 * Checks every post image by its bytes (checkImageBytes): reads at most the
 * size limit, and reads nothing from a file already too large.
 * @example
 * const issues = checkPostImages(walk.files); // [] when every image is a real JPEG, PNG or WebP within limits
 */
export function checkPostImages(files: readonly ContentFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const image of files.filter((file) => file.role === 'post-image')) {
    const name = image.path.split('/').pop() ?? image.path;
    const key = [image.absolute, image.size, image.modified].join('\u0000');
    let issue = imageVerdicts.get(key);
    try {
      if (issue === undefined) {
        const bytes = image.size > MAX_IMAGE_BYTES ? new Uint8Array() : readContentFile(image.absolute, MAX_IMAGE_BYTES);
        const problem = checkImageBytes(name, bytes, image.size);
        issue = problem ? { file: image.file, ...problem } : null;
        if (imageVerdicts.size > 20_000) imageVerdicts.clear();
        imageVerdicts.set(key, issue);
      }
    } catch (error) {
      issue = { file: image.file, message: `ảnh "${name}" ${describeFsError(error)}`, fix: 'đặt lại tệp ảnh thật (JPEG, PNG hoặc WebP) vào thư mục bài viết' };
    }
    if (issue) issues.push(issue);
  }
  return issues;
}
