/**
 * The editor's page and the files the dev server hands out for /quan-tri/
 * (src/lib/cms/page.ts, src/lib/cms/write-fs.ts).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, serializeCmsConfig } from '../../src/lib/cms/config.ts';
import { CMS_CSP_DIRECTIVES, renderCmsPage } from '../../src/lib/cms/page.ts';
import { cmsEditorFile, decapAssetNames } from '../../src/lib/cms/write-fs.ts';
import { loadPortalModel } from '../../src/lib/portal/model-fs.ts';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';

const root = resolve(import.meta.dirname, '../..');
const model = loadPortalModel(join(root, 'content'), root);

describe('the /quan-tri/ page', () => {
  const html = renderCmsPage('Chuyển đổi số "Bắc Giang" <thử>');
  it('loads only the bundled script, with no inline script, and is not indexed', () => {
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="/quan-tri/decap-cms.js">']);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Trình soạn thảo nội dung · Chuyển đổi số &quot;Bắc Giang&quot; &lt;thử></title>');
  });
  it('keeps every restriction of the site policy that Decap does not need lifted', () => {
    for (const directive of CSP_DIRECTIVES.filter((directive) => !/^(img|connect|worker)-src/.test(directive))) expect(CMS_CSP_DIRECTIVES).toContain(directive);
    expect(CMS_CSP_DIRECTIVES.join('; ')).not.toMatch(/https:\/\/(?!api\.github\.com|avatars\.githubusercontent\.com)/);
    expect(CMS_CSP_DIRECTIVES.join('; ')).not.toContain('*');
    expect(CMS_CSP_DIRECTIVES.join('; ')).not.toContain("'wasm-unsafe-eval'");
  });
});

describe('files served for /quan-tri/ by the dev server', () => {
  it.each([
    ['', 'text/html; charset=utf-8'],
    ['index.html', 'text/html; charset=utf-8'],
    ['config.yml', 'text/yaml; charset=utf-8'],
    ['decap-cms.js', 'text/javascript; charset=utf-8'],
  ])('"%s" is served as %s', (name, type) => {
    expect(cmsEditorFile(name, model)?.type).toBe(type);
  });
  it('serves the generated configuration', () => {
    expect(cmsEditorFile('config.yml', model)?.body).toBe(serializeCmsConfig(buildCmsConfig(model), model.site));
  });
  it.each(['../package.json', '../../content/site.yaml', 'decap-cms.js.map', 'cms.js', '%2e%2e/package.json', 'decap-cms.js/../../package.json'])('refuses "%s"', (name) => {
    expect(cmsEditorFile(name, model)).toBeUndefined();
  });
  it('copies the bundle and its chunks, never source maps or the image-processing WebAssembly', () => {
    expect(decapAssetNames(['decap-cms.js', '103.decap-cms.js', '103.cms.js', 'decap-cms.js.map', 'a1.wasm', 'cms.css', 'index.html'])).toEqual(['103.decap-cms.js', 'decap-cms.js']);
  });
});
