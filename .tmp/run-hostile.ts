import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { materializeCase } from '../test/helpers/malformed-cases.ts';
const root = '/work/wt-html/test/fixtures/hostile';
const only = process.argv[2];
for (const family of readdirSync(root)) {
  for (const name of readdirSync(join(root, family))) {
    if (only && !`${family}/${name}`.includes(only)) continue;
    const dir = join(root, family, name);
    const data = parse(readFileSync(join(dir, 'case.yaml'), 'utf8'));
    if (data.outcome !== 'refused') continue;
    const copy = materializeCase({ name, dir, about: data.about, type: 'posts', mistake: 'hostile-post', edits: data.edits, expectedFile: '' });
    const run = spawnSync(process.execPath, ['/work/wt-html/scripts/check-content.ts'], { cwd: copy.root, env: { ...process.env, PORTAL_TODAY: '2024-12-31', PORTAL_CONTENT_DIR: copy.contentDir }, encoding: 'utf8' });
    copy.remove();
    const out = `${run.stdout}${run.stderr}`;
    if (run.status !== 1) console.log(`!! ${family}/${name}: status ${run.status}\n${out}`);
    else writeFileSync(join(dir, 'expected.txt'), run.stderr);
    console.log(`== ${family}/${name}\n${out}`);
  }
}
