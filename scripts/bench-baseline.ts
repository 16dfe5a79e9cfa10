/**
 * The baseline of the build benchmark: what a user gets by assembling
 * AstroPaper-style parts on the same stack (issue 18, point 6). A bare Astro 7
 * project that renders the same news posts as Markdown, plus simple generated
 * pages up to the number of pages the portal builds at that scale; one
 * satori + sharp social image per page (a card with the page's title, in the
 * portal's font, Be Vietnam Pro), drawn by an Astro endpoint as AstroPaper
 * does; then Pagefind over the built site (`pagefind --site`). No content
 * validation, no portal pages, no MDX, no caches kept between builds.
 * The portal's cold build time over this one is its own overhead.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Caches stay in the project: node_modules is the portal's (a symlink), and Astro's default
// cacheDir (node_modules/.astro) would clear the portal's own content store.
const CONFIG = `// Bare Astro: the same URL style as the portal, nothing else.
export default {
  site: 'https://example.vn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite', ssr: { external: ['sharp'] } },
};
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: './posts' }) }) };
`;

/** Every page of the site with its title: the posts, the index and the generated pages (generated-pages.json holds their number). */
const PAGES = `import { getCollection } from 'astro:content';
import generated from './generated-pages.json';

export interface SitePage { slug: string; title: string }

export const generatedPageTitle = (n: number) => \`Trang thông tin số \${n}\`;

export async function sitePages(): Promise<SitePage[]> {
  const posts = await getCollection('posts');
  return [
    { slug: 'index', title: 'Tin chuyển đổi số' },
    ...posts.map((post) => ({ slug: post.id, title: String(post.data.title) })),
    ...Array.from({ length: generated.count }, (_, index) => ({ slug: \`trang/\${index + 1}\`, title: generatedPageTitle(index + 1) })),
  ];
}
`;

/** The card: title and site name, in the portal's font (one family per subset, as satori needs for the Vietnamese letters). */
const OG = `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const SUBSETS = ['vietnamese', 'latin-ext', 'latin'];
const fonts = SUBSETS.flatMap((subset) =>
  [400, 700].map((weight) => ({
    name: \`Be Vietnam Pro \${subset}\`,
    weight,
    style: 'normal',
    data: readFileSync(require.resolve(\`@fontsource/be-vietnam-pro/files/be-vietnam-pro-\${subset}-\${weight}-normal.woff\`)),
  })),
);
const fontFamily = SUBSETS.map((subset) => \`'Be Vietnam Pro \${subset}'\`).join(', ');

export async function socialImage(title: string): Promise<Buffer> {
  const card = {
    type: 'div',
    props: {
      style: { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px', backgroundColor: '#ffffff', color: '#1a1a1a', fontFamily },
      children: [
        { type: 'div', props: { style: { fontSize: 60, fontWeight: 700, lineHeight: 1.2 }, children: title } },
        { type: 'div', props: { style: { fontSize: 28, color: '#4a4a4a' }, children: 'Cổng minh bạch chuyển đổi số' } },
      ],
    },
  };
  const svg = await satori(card as never, { width: 1200, height: 630, fonts: fonts as never });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
`;

const OG_ENDPOINT = `import type { APIRoute } from 'astro';
import { socialImage } from '../../og.ts';
import { sitePages } from '../../site-pages.ts';

export async function getStaticPaths() {
  return (await sitePages()).map((page) => ({ params: { slug: page.slug }, props: { title: page.title } }));
}

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await socialImage(props.title)), { headers: { 'Content-Type': 'image/png' } });
`;

const LAYOUT = `---
const { title, slug } = Astro.props;
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title>
<meta property="og:title" content={title} /><meta property="og:image" content={new URL(\`/og/\${slug}.png\`, Astro.site)} /></head>
<body><main><h1>{title}</h1><slot /></main></body></html>
`;

const POST_PAGE = `---
import { getCollection, render } from 'astro:content';
import Page from '../Page.astro';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<Page title={String(post.data.title)} slug={post.id}><Content /></Page>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
import Page from '../Page.astro';
const posts = await getCollection('posts');
---
<Page title="Tin chuyển đổi số" slug="index"><ul>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{String(post.data.title)}</a></li>)}</ul></Page>
`;

const GENERATED_PAGE = `---
import generated from '../../generated-pages.json';
import Page from '../../Page.astro';
import { generatedPageTitle } from '../../site-pages.ts';

export function getStaticPaths() {
  return Array.from({ length: generated.count }, (_, index) => ({ params: { n: String(index + 1) } }));
}
const { n } = Astro.params;
---
<Page title={generatedPageTitle(Number(n))} slug={\`trang/\${n}\`}>
  <p>Trang {n} trình bày kết quả thực hiện kế hoạch nâng cao chỉ số chuyển đổi số của thành phố năm 2024.</p>
  <p>Các cơ quan, đơn vị cập nhật tiến độ từng chỉ tiêu, minh chứng và những khó khăn cần tháo gỡ.</p>
</Page>
`;

/** `npm run build` of the baseline, as AstroPaper's: `astro build && pagefind --site dist`; each step's time is logged. */
const BUILD = `import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const outIndex = process.argv.indexOf('--outDir');
const outDir = resolve(outIndex >= 0 ? process.argv[outIndex + 1] : 'dist');
const step = (label, args) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(\`[baseline] \${label} in \${Math.round(performance.now() - started)} ms\`);
};
step('astro build', [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir]);
step('pagefind', [join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', outDir]);
`;

/**
 * Writes the baseline project to `dir`: the posts of `postsDir` (MDX posts
 * copied as .md: their few components then render as plain HTML tags), and
 * generated pages so that it builds `htmlPages` HTML pages in all (at least
 * the posts and the index). Uses the portal's node_modules through a symlink, with caches of its own.
 * @returns The number of HTML pages it will build.
 */
export function writeBaselineProject(dir: string, postsDir: string, nodeModules: string, htmlPages: number): { pages: number; posts: number; generated: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'og'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'trang'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  let posts = 0;
  for (const folder of readdirSync(postsDir)) {
    mkdirSync(join(dir, 'posts', folder), { recursive: true });
    for (const name of readdirSync(join(postsDir, folder))) {
      if (/\.mdx?$/.test(name)) posts += 1;
      // Images too: a post's Markdown image is optimised by bare Astro as well.
      cpSync(join(postsDir, folder, name), join(dir, 'posts', folder, name.replace(/\.mdx$/, '.md')));
    }
  }
  const generated = Math.max(0, htmlPages - posts - 1);
  const files: Record<string, string> = {
    'package.json': '{ "name": "same-stack-baseline", "private": true, "type": "module" }\n',
    'astro.config.mjs': CONFIG,
    'build.mjs': BUILD,
    'src/generated-pages.json': `${JSON.stringify({ count: generated })}\n`,
    'src/content.config.ts': COLLECTIONS,
    'src/site-pages.ts': PAGES,
    'src/og.ts': OG,
    'src/Page.astro': LAYOUT,
    'src/pages/[...slug].astro': POST_PAGE,
    'src/pages/index.astro': INDEX_PAGE,
    'src/pages/trang/[n].astro': GENERATED_PAGE,
    'src/pages/og/[...slug].png.ts': OG_ENDPOINT,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return { pages: posts + 1 + generated, posts, generated };
}
