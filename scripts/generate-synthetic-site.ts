/**
 * Writes a synthetic built portal of N pages (default 10,000) for the search
 * benchmark: the HTML shape of the real pages (chrome outside the indexed
 * content, `<meta data-pagefind-*>` from the same code as SearchMeta.astro),
 * with Vietnamese text drawn sentence by sentence from the shipped content,
 * so word frequencies are those of the portal itself.
 *
 * The pages are written as HTML directly, not built with Astro: a 10,000-page
 * Astro build of this portal also draws 10,000 social images and takes far
 * longer than the index it is meant to measure. The index is then built with
 * the same runner as `astro build` (src/integrations/pagefind/runner.ts).
 *
 *   node scripts/generate-synthetic-site.ts --out /tmp/synthetic [--pages 10000] [--seed 42]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import { EFFECTIVE_STATUS_LABELS, EFFECTIVE_STATUSES } from '../src/lib/content/schemas/taxonomies.ts';
import { escapeHtml, inlineEmphasisToText } from '../src/lib/text/inline-emphasis.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { searchMetaTags, type SearchPageMeta } from '../src/lib/search/page-meta.ts';
import { createRandom } from './lib/seeded-random.ts';

const root = resolve(import.meta.dirname, '..');


/** Sentences of the shipped plan and posts, stripped of Markdown and frontmatter. */
function readCorpus(contentDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|mdx)$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(contentDir, 'plan'));
  walk(join(contentDir, 'posts'));
  const text = files
    .map((file) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join('\n')
    .replace(/<[^>]+>|[*_#>|`[\]]|\(https?:[^)]*\)|^\s*[-+]\s+/gm, ' ');
  return text
    .split(/(?<=[.;:!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.split(' ').length >= 5 && sentence.length < 400);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function page(meta: SearchPageMeta, main: string, siteName: string): string {
  const metas = searchMetaTags(meta)
    .map((tag) => `<meta data-pagefind-${tag.kind}="${tag.name}[content]" content="${escapeHtml(tag.content)}">`)
    .join('');
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(meta.title)} — ${escapeHtml(siteName)}</title>${metas}</head><body>` +
    `<a class="skip-link" href="#noi-dung-chinh">Bỏ qua, đến nội dung chính</a><header class="site-header"><div class="container"><a class="site-name" href="/">${escapeHtml(siteName)}</a>` +
    `<nav class="site-nav" aria-label="Điều hướng chính"><ul><li><a href="/">Trang chủ</a></li><li><a href="/ke-hoach/">Kế hoạch</a></li><li><a href="/chi-so/">Chỉ số</a></li><li><a href="/don-vi/">Đơn vị</a></li></ul></nav>` +
    `<form class="header-search" role="search" action="/tim-kiem/" method="get"><input name="q" type="search"><button>Tìm</button></form></div></header>` +
    `<main id="noi-dung-chinh"><div class="container" data-pagefind-body><nav class="breadcrumbs"><ol><li><a href="/">Trang chủ</a></li></ol></nav>${main}</div></main>` +
    `<footer class="site-footer"><p>Cơ quan chủ quản: Phòng Văn hóa và Thông tin. Nội dung được cấp phép theo CC BY 4.0.</p></footer></body></html>`
  );
}

/**
 * Writes `pages` pages under `outDir`: nine in ten are news posts, the rest
 * indicator pages with a progress table, as a portal collecting several years
 * of ward news would have.
 * @returns How many pages of each kind were written.
 */
export function generateSyntheticSite({ outDir, pages = 10_000, seed = 42 }: { outDir: string; pages?: number; seed?: number }): { posts: number; indicators: number } {
  const random = createRandom(seed);
  const content = loadPortalContentFromDir(join(root, 'content'));
  const sentences = readCorpus(join(root, 'content'));
  const units = content.units;
  const indicators = content.indicators;
  const siteName = content.site.name;
  const indicatorPages = Math.round(pages / 10);
  let posts = 0;

  for (let n = 0; n < pages; n += 1) {
    const unit = pick(random, units);
    const year = 2024 + (n % 3);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    if (n < indicatorPages) {
      const indicator = indicators[n % indicators.length]!;
      const title = `Chỉ số ${indicator.id}: ${inlineEmphasisToText(indicator.title)}`;
      const status = pick(random, EFFECTIVE_STATUSES);
      const rows = Array.from({ length: 8 + Math.floor(random() * 10) }, () => {
        const rowStatus = pick(random, EFFECTIVE_STATUSES);
        return `<tr><th scope="row">${escapeHtml(pick(random, units).name)}</th><td>${EFFECTIVE_STATUS_LABELS[rowStatus]}</td><td>Báo cáo số ${Math.floor(random() * 300)}/BC-UBND ngày ${date.split('-').reverse().join('/')}</td></tr>`;
      }).join('');
      const main =
        `<h1><span class="kicker">Chỉ số ${indicator.id}: </span>${escapeHtml(inlineEmphasisToText(indicator.title))}</h1>` +
        `<dl class="fields"><dt>Cơ quan chủ trì</dt><dd>${escapeHtml(indicator.leadText ?? unit.name)}</dd><dt>Thời gian thực hiện</dt><dd>${escapeHtml(indicator.timeframe?.text ?? 'Thường xuyên')}</dd><dt>Minh chứng</dt><dd>${escapeHtml(indicator.evidence ?? 'Báo cáo')}</dd></dl>` +
        `<p>${escapeHtml(pick(random, sentences))}</p>` +
        `<table><caption>Tiến độ chỉ số ${indicator.id} theo đơn vị chủ trì</caption><thead><tr><th scope="col">Đơn vị</th><th scope="col">Trạng thái</th><th scope="col">Minh chứng</th></tr></thead><tbody>${rows}</tbody></table>`;
      const path = join(outDir, 'nam', String(year), 'chi-so', `${indicator.id.replace(/\./g, '-')}-${n}`, 'index.html');
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, page({ type: 'indicator', title, date, unitIds: [unit.id], unitsText: unit.name, status, pillarSlugs: [] }, main, siteName));
      continue;
    }
    const title = pick(random, sentences).split(' ').slice(0, 8 + Math.floor(random() * 8)).join(' ').replace(/[.,;:]$/, '');
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 8) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, sentences)).join(' '),
    );
    const related = Array.from({ length: Math.floor(random() * 3) }, () => pick(random, indicators));
    const main =
      `<article class="post"><h1>${escapeHtml(title)}</h1><p class="post-meta"><time datetime="${date}">${date.split('-').reverse().join('/')}</time> · <a href="/don-vi/${unit.id}/">${escapeHtml(unit.name)}</a></p>` +
      `<div class="prose post-body">${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</div>` +
      (related.length > 0
        ? `<section><h2>Liên quan trong Kế hoạch</h2><ul>${related.map((indicator) => `<li><a href="/chi-so/${indicator.id.replace(/\./g, '-')}/">Chỉ số ${indicator.id}: ${escapeHtml(inlineEmphasisToText(indicator.title))}</a></li>`).join('')}</ul></section>`
        : '') +
      `</article>`;
    const path = join(outDir, 'chuyen-doi-so', `${slugify(title).slice(0, 60)}-${n}`, 'index.html');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, page({ type: 'post', title, date, unitIds: [unit.id], unitsText: unit.name, pillarSlugs: [], demo: true }, main, siteName));
    posts += 1;
  }
  return { posts, indicators: indicatorPages };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, pages: { type: 'string', default: '10000' }, seed: { type: 'string', default: '42' } } });
  if (!values.out) {
    console.error('Cần --out <thư mục>, ví dụ: node scripts/generate-synthetic-site.ts --out /tmp/synthetic');
    process.exit(1);
  }
  const started = performance.now();
  const written = generateSyntheticSite({ outDir: resolve(values.out), pages: Number(values.pages), seed: Number(values.seed) });
  console.log(`Đã viết ${written.posts} tin bài và ${written.indicators} trang chỉ số vào ${values.out} (${Math.round(performance.now() - started)} ms).`);
}
