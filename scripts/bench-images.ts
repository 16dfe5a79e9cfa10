/**
 * How many social images the list pages need at each scale, now that a list's later pages share its
 * first page's image (issue 18, point 3). Counted from the view models, without building:
 *
 *   npm run bench -- images [--scales 1,10,100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPortalContentFromDir } from '../src/lib/loading/load-fs.ts';
import { createPortalModel } from '../src/lib/portal/model.ts';
import { newsIndexPages, newsIndexView, newsPillarPages, newsPillarView, newsUnitPages, newsUnitView } from '../src/lib/views/news.ts';
import { BENCH_SCALES, generateBenchContent } from './bench-content.ts';

const project = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100' } } });
const keys = (values.scales ?? '1,10,100').split(',').map((key) => key.trim());
for (const key of keys) if (!BENCH_SCALES[key]) throw new TypeError(`--scales: cần các số trong 1, 10, 100, cách nhau bằng dấu phẩy; nhận được "${key}".`);

console.log('| scale | posts | list pages | images drawn for them before | now | saved |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const key of keys) {
  const scale = BENCH_SCALES[key]!;
  const dir = mkdtempSync(join(tmpdir(), 'dti-bench-images-'));
  try {
    generateBenchContent(join(project, 'content'), dir, scale);
    const model = createPortalModel(loadPortalContentFromDir(join(dir, 'content'), dir));
    const layouts = [
      ...newsIndexPages(model).map((page) => newsIndexView(model, page).layout),
      ...newsPillarPages(model).map(({ pillar, page }) => newsPillarView(model, pillar.id, page).layout),
      ...newsUnitPages(model).map(({ unit, page }) => newsUnitView(model, unit.id, page).layout),
    ];
    const drawn = layouts.filter((layout) => layout.imageOf === undefined).length;
    const row = [scale.name, model.publishedPosts.length, layouts.length, layouts.length, drawn, layouts.length - drawn];
    console.log(`| ${row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)).join(' | ')} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
