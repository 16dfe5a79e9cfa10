import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { materializeCase } from '../test/helpers/malformed-cases.ts';
import { runAstroBuild } from '../test/helpers/build-fixture.ts';
const dir = '/work/wt-html/test/fixtures/hostile/feeds/summary-lt-amp-as-text';
const data = parse(readFileSync(join(dir, 'case.yaml'), 'utf8'));
const copy = materializeCase({ name: 'n', dir, about: '', type: 'posts', mistake: 'hostile-post', edits: data.edits, expectedFile: '' });
const site = runAstroBuild({ outDir: join(copy.root, 'dist'), contentDir: copy.contentDir, env: { PORTAL_TODAY: '2024-12-31' } });
console.log(site.status, site.status ? site.output.slice(-3000) : '');
for (const c of ['summary-lt-amp-as-text', 'unit-feed-summary-as-text']) {
  const d = parse(readFileSync(join('/work/wt-html/test/fixtures/hostile/feeds', c, 'case.yaml'), 'utf8'));
  const text = site.read(d.page.replace(/^\//, ''));
  for (const s of d.contains) console.log(c, 'contains', JSON.stringify(s), text.includes(s));
  for (const s of d.excludes) console.log(c, 'excludes', JSON.stringify(s), !text.includes(s));
}
const page = site.read('chuyen-doi-so/index.html');
console.log('page shows', page.includes('Tỷ lệ hồ sơ trực tuyến &lt;50% &amp; mục tiêu &gt;80%'));
copy.remove();
