/**
 * Writes the editor into a built site: dist/quan-tri/index.html, its generated
 * config.yml, and Decap CMS's bundle copied from node_modules (no CDN).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { buildCmsConfig, CMS_PATH, editorAuthOrigin, serializeCmsConfig, type CmsModelInput } from './config.ts';
import { CMS_CONFIG_FILE, CMS_RULES_SCRIPT, CMS_SCRIPT, renderCmsPage } from './page.ts';
import { buildCmsRulesData, rulesDataScript, type CmsRulesFiles, type CmsRulesInput } from './rules-data.ts';

/** node_modules/decap-cms/dist: the bundle (React included) and the chunks it loads beside itself. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/**
 * The files Decap loads: its bundle and its numbered chunks; no source maps, and not the WebAssembly
 * of its image processing (`media_processing`), which the configuration leaves off and the policy refuses.
 */
export function decapAssetNames(names: readonly string[]): string[] {
  return names.filter((name) => name === CMS_SCRIPT || /^\d+\.decap-cms\.js$/.test(name)).sort();
}

let rulesScript: string | undefined;

/**
 * The page's rules before saving (src/lib/cms/browser-rules.ts) with the schemas they re-run, bundled for the
 * browser once per process: one self-contained script, no request elsewhere.
 */
export function cmsRulesScript(): string {
  if (rulesScript === undefined) {
    const entry = fileURLToPath(new URL('./browser-rules.ts', import.meta.url));
    const result = buildSync({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', minify: true, legalComments: 'none', charset: 'utf8' });
    rulesScript = result.outputFiles[0]!.text;
  }
  return rulesScript;
}

/** The page's rules script with the data generated from the content ahead of it. */
export function cmsRulesScriptFor(model: CmsRulesInput, files: CmsRulesFiles = {}): string {
  return rulesDataScript(buildCmsRulesData(model, files)) + cmsRulesScript();
}

/**
 * Every file under `root`/public/ as a site path (`/minh-chung/qd-12.pdf`), what an evidence `file` may name
 * (src/lib/loading/load-fs.ts answers the check the same way). Hidden names are left out: the check refuses them.
 */
export function listPublicFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, at: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no public/ folder: no file an evidence item can name
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${at}/${entry.name}`);
      else if (entry.isFile()) files.push(`${at}/${entry.name}`);
    }
  };
  walk(join(root, 'public'), '');
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Writes /quan-tri/ into `outDir`; returns the files written, relative to outDir. */
export function writeCmsEditor(outDir: string, model: CmsModelInput & CmsRulesInput, files: CmsRulesFiles = {}): string[] {
  const dir = join(outDir, ...CMS_PATH.split('/').filter(Boolean));
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text, 'utf8');
    written.push(`${CMS_PATH.slice(1)}${name}`);
  };
  write('index.html', renderCmsPage(model.site.name, editorAuthOrigin(model.site)));
  write(CMS_CONFIG_FILE, serializeCmsConfig(buildCmsConfig(model), model.site));
  write(CMS_RULES_SCRIPT, cmsRulesScriptFor(model, files));
  const source = decapDistDir();
  for (const name of decapAssetNames(readdirSync(source))) {
    copyFileSync(join(source, name), join(dir, name));
    written.push(`${CMS_PATH.slice(1)}${name}`);
  }
  return written;
}

const TYPES: Readonly<Record<string, string>> = { html: 'text/html; charset=utf-8', yml: 'text/yaml; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/**
 * One file of /quan-tri/ for the dev server (`npm run dev`), made as the build makes it;
 * undefined for a name that is not one of them.
 * @example cmsEditorFile('config.yml', model)?.type; // 'text/yaml; charset=utf-8'
 */
export function cmsEditorFile(name: string, model: CmsModelInput & CmsRulesInput, files: CmsRulesFiles = {}): { type: string; body: string | Buffer } | undefined {
  const file = name === '' ? 'index.html' : name;
  if (file === 'index.html') return { type: TYPES.html!, body: renderCmsPage(model.site.name, editorAuthOrigin(model.site)) };
  if (file === CMS_CONFIG_FILE) return { type: TYPES.yml!, body: serializeCmsConfig(buildCmsConfig(model), model.site) };
  if (file === CMS_RULES_SCRIPT) return { type: TYPES.js!, body: cmsRulesScriptFor(model, files) };
  const source = decapDistDir();
  if (!decapAssetNames(readdirSync(source)).includes(file)) return undefined;
  return { type: TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream', body: readFileSync(join(source, file)) };
}
