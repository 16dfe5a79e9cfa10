/**
 * The editor's page and the files the dev server hands out for /quan-tri/
 * (src/lib/cms/page.ts, src/lib/cms/write-fs.ts).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, serializeCmsConfig } from '../../src/lib/cms/config.ts';
import { CMS_CSP_DIRECTIVES, cmsCspDirectives, renderCmsPage } from '../../src/lib/cms/page.ts';
import { cmsEditorFile, cmsRulesScript, cmsRulesScriptFor, decapAssetNames, listPublicFiles } from '../../src/lib/cms/write-fs.ts';
import { loadPortalModel } from '../../src/lib/portal/model-fs.ts';
import { CSP_DIRECTIVES } from '../../src/lib/security/csp.ts';

const root = resolve(import.meta.dirname, '../..');
const model = loadPortalModel(join(root, 'content'), root);

describe('the /quan-tri/ page', () => {
  const html = renderCmsPage('Chuyển đổi số "Bắc Giang" <thử>');
  it('loads only the bundled scripts, Decap then the portal rules, with no inline script, and is not indexed', () => {
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="/quan-tri/decap-cms.js">', '<script src="/quan-tri/quy-tac.js">']);
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

describe('signing in through the OAuth provider of site.yaml', () => {
  it('allows that origin alone, for connecting, and nothing without one', () => {
    const connect = (directives: readonly string[]) => directives.find((directive) => directive.startsWith('connect-src '));
    expect(connect(cmsCspDirectives('https://dang-nhap.example.vn'))).toBe(`${connect(CMS_CSP_DIRECTIVES)} https://dang-nhap.example.vn`);
    expect(cmsCspDirectives('https://dang-nhap.example.vn').filter((directive) => !directive.startsWith('connect-src '))).toEqual(CMS_CSP_DIRECTIVES.filter((directive) => !directive.startsWith('connect-src ')));
    expect(cmsCspDirectives()).toEqual([...CMS_CSP_DIRECTIVES]);
    expect(renderCmsPage('Cổng', 'https://dang-nhap.example.vn')).toContain('https://dang-nhap.example.vn;');
  });
  it('writes base_url and auth_endpoint into config.yml', () => {
    const site = { ...model.site, editorAuth: { baseUrl: 'https://dang-nhap.example.vn/', endpoint: 'api/auth' } };
    expect(buildCmsConfig({ ...model, site }).backend).toMatchObject({ base_url: 'https://dang-nhap.example.vn', auth_endpoint: 'api/auth' });
    expect(buildCmsConfig(model).backend).not.toHaveProperty('base_url');
  });
});

describe('the rules before saving, bundled for the page', () => {
  it('is one script that registers with Decap and refuses an evidence item with a title only', async () => {
    const { fromJS } = await import('immutable');
    const script = cmsRulesScript();
    expect(script).not.toMatch(/\brequire\(|\bprocess\.|import\(/);
    let handler: ((event: { entry: unknown }) => Promise<{ toJS(): unknown } | undefined>) | undefined;
    const CMS = { registerEventListener: (listener: { name: string; handler: typeof handler }) => (handler = listener.handler) };
    new Function('CMS', `globalThis.CMS = CMS; ${script}`)(CMS);
    const entry = (data: unknown) => fromJS({ collection: 'tien-do', path: 'content/progress/phuong-tran-phu.yaml', newRecord: false, data });
    const report = { indicator: '1.1', status: 'dang-thuc-hien', updated: '2024-01-15', reporter: 'Cán bộ', note: '', evidence: [{ title: 'Báo cáo', number: '', date: '' }] };
    await expect(handler!({ entry: entry({ unit: 'phuong-tran-phu', reports: [report] }) })).rejects.toThrow(/minh chứng cần số và ngày văn bản/);
    const saved = await handler?.({ entry: entry({ unit: 'phuong-tran-phu', reports: [{ ...report, evidence: [{ title: 'Báo cáo', number: '05/BC-UBND', date: '2024-01-10', url: '' }] }] }) });
    // Cleared fields are dropped, not written empty.
    expect(saved?.toJS()).toEqual({
      unit: 'phuong-tran-phu',
      reports: [{ indicator: '1.1', status: 'dang-thuc-hien', updated: '2024-01-15', reporter: 'Cán bộ', evidence: [{ title: 'Báo cáo', number: '05/BC-UBND', date: '2024-01-10' }] }],
    });
    expect(await handler?.({ entry: fromJS({ collection: 'khac', data: {} }) })).toBeUndefined();
  });
});

describe('the rules script with its generated data', () => {
  it('refuses a post dated outside the days its collection\'s unit existed, and saves one inside them', async () => {
    const { fromJS } = await import('immutable');
    const limited = { ...model, unitsByKind: () => model.unitsByKind().map((group) => ({ ...group, units: group.units.map((unit) => (unit.id === 'phuong-tran-phu' ? { ...unit, validTo: '2024-06-30' } : unit)) })) };
    const script = cmsRulesScriptFor(limited);
    let handler: ((event: { entry: unknown }) => Promise<{ toJS(): unknown } | undefined>) | undefined;
    const CMS = { registerEventListener: (listener: { name: string; handler: typeof handler }) => (handler = listener.handler) };
    new Function('CMS', `globalThis.CMS = CMS; ${script}`)(CMS);
    const entry = (date: string) => fromJS({ collection: 'bai-viet-phuong-tran-phu', newRecord: true, data: { title: 'Phường ra mắt trang tin', date, unit: 'phuong-tran-phu', summary: 'Trang tin chuyển đổi số của phường.', body: 'Nội dung.' } });
    await expect(handler!({ entry: entry('2024-07-01') })).rejects.toThrow('Phường Trần Phú không hoạt động vào ngày 01/07/2024 (đơn vị chỉ hoạt động đến 30/06/2024)');
    expect((await handler!({ entry: entry('2024-06-30') }))?.toJS()).toMatchObject({ date: '2024-06-30' });
  });
});

describe('the rules script names a new post as Decap does', () => {
  it('refuses a new post whose title gives the slug of a post the deploy knows, in any unit; not the post itself when edited', async () => {
    const { fromJS } = await import('immutable');
    let handler: ((event: { entry: unknown }) => Promise<{ toJS(): unknown } | undefined>) | undefined;
    const CMS = { registerEventListener: (listener: { name: string; handler: typeof handler }) => (handler = listener.handler) };
    new Function('CMS', `globalThis.CMS = CMS; ${cmsRulesScriptFor(model)}`)(CMS);
    const existing = 'content/posts/phuong-tran-phu/2024-06-23-ho-tro-kich-hoat-dinh-danh-dien-tu-phuong-tran-phu.md';
    const entry = (collection: string, title: string, newRecord = true) =>
      fromJS({ collection, newRecord, ...(newRecord ? {} : { path: existing }), data: { title, date: '2024-06-23', unit: collection.replace('bai-viet-', ''), summary: 'Phường hỗ trợ người dân kích hoạt định danh điện tử.', body: 'Nội dung.' } });
    // Decap's slug: lowercased, diacritics removed (đ → d), spaces and punctuation → "-".
    const sameSlug = 'Hỗ trợ kích hoạt định danh điện tử phường Trần Phú';
    for (const collection of ['bai-viet-phuong-tran-phu', 'bai-viet-phuong-my-do']) {
      await expect(handler!({ entry: entry(collection, sameSlug) })).rejects.toThrow(`tên bài "ho-tro-kich-hoat-dinh-danh-dien-tu-phuong-tran-phu" (phần sau ngày trong tên tệp) đã được dùng cho ${existing}`);
    }
    expect((await handler!({ entry: entry('bai-viet-phuong-tran-phu', `${sameSlug} đợt 2`) }))?.toJS()).toMatchObject({ date: '2024-06-23' });
    expect((await handler!({ entry: entry('bai-viet-phuong-tran-phu', sameSlug, false) }))?.toJS()).toMatchObject({ date: '2024-06-23' });
  });
});

describe('the rules script reads what was uploaded with the entry', () => {
  it('refuses a cover whose bytes are not the image its name claims, or too many pixels; saves a real one', async () => {
    const { fromJS } = await import('immutable');
    let handler: ((event: { entry: unknown }) => Promise<{ toJS(): unknown } | undefined>) | undefined;
    const CMS = { registerEventListener: (listener: { name: string; handler: typeof handler }) => (handler = listener.handler) };
    new Function('CMS', `globalThis.CMS = CMS; ${cmsRulesScriptFor(model)}`)(CMS);
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png, 0);
    const sized = (width: number, height: number) => (png.writeUInt32BE(width, 16), png.writeUInt32BE(height, 20), (png[24] = 8), (png[25] = 2), Uint8Array.from(png) as Uint8Array<ArrayBuffer>);
    // As Decap keeps an upload on the entry being edited: a draft media file holding the browser's File (fromJS leaves it as it is).
    const entry = (bytes: Uint8Array<ArrayBuffer>, draft = true) =>
      fromJS({
        collection: 'bai-viet-phuong-tran-phu',
        newRecord: true,
        data: { title: 'Phường ra mắt trang tin', date: '2024-06-30', unit: 'phuong-tran-phu', summary: 'Trang tin chuyển đổi số của phường.', body: 'Nội dung.', cover: { src: 'anh-bia.png', alt: 'Trang chủ trang tin của phường' } },
        mediaFiles: [{ id: 'a', path: 'content/posts/phuong-tran-phu/anh-bia.png', draft, file: new File([bytes], 'anh-bia.png', { type: 'image/png' }) }],
      });
    await expect(handler!({ entry: entry(new TextEncoder().encode('GIF89a\u0001\u0000')) })).rejects.toThrow('Ảnh tải lên: tệp "anh-bia.png" không phải ảnh PNG: nội dung là ảnh GIF, định dạng cổng không nhận');
    await expect(handler!({ entry: entry(sized(20000, 20000)) })).rejects.toThrow('vượt giới hạn 40 megapixel');
    expect((await handler!({ entry: entry(sized(8000, 5000)) }))?.toJS()).toMatchObject({ cover: { src: 'anh-bia.png' } });
    // A media file already saved is the repository's, checked when it was merged.
    expect((await handler!({ entry: entry(new TextEncoder().encode('GIF89a'), false) }))?.toJS()).toMatchObject({ cover: { src: 'anh-bia.png' } });
  });

  it('refuses an evidence file that is not under public/, unless uploaded with the entry', async () => {
    const { fromJS } = await import('immutable');
    let handler: ((event: { entry: unknown }) => Promise<{ toJS(): unknown } | undefined>) | undefined;
    const CMS = { registerEventListener: (listener: { name: string; handler: typeof handler }) => (handler = listener.handler) };
    const publicFiles = listPublicFiles(root);
    new Function('CMS', `globalThis.CMS = CMS; ${cmsRulesScriptFor(model, { publicFiles })}`)(CMS);
    const entry = (file: string, mediaFiles: unknown[] = []) =>
      fromJS({
        collection: 'tien-do',
        path: 'content/progress/phuong-tran-phu.yaml',
        newRecord: false,
        mediaFiles,
        data: { unit: 'phuong-tran-phu', reports: [{ indicator: '1.1', status: 'dang-thuc-hien', updated: '2024-01-15', reporter: 'Cán bộ', evidence: [{ title: 'Quyết định', number: '12/QĐ-UBND', date: '2024-01-10', file }] }] },
      });
    await expect(handler!({ entry: entry('/minh-chung/khong-co.pdf') })).rejects.toThrow('không tìm thấy tệp minh chứng public/minh-chung/khong-co.pdf');
    expect((await handler!({ entry: entry(publicFiles[0]!) }))?.toJS()).toMatchObject({ unit: 'phuong-tran-phu' });
    const upload = { id: 'b', path: 'public/minh-chung/khong-co.pdf', draft: true, file: new File([Uint8Array.from([0x25, 0x50, 0x44, 0x46])], 'khong-co.pdf') };
    expect((await handler!({ entry: entry('/minh-chung/khong-co.pdf', [upload]) }))?.toJS()).toMatchObject({ unit: 'phuong-tran-phu' });
  });
});

describe('files served for /quan-tri/ by the dev server', () => {
  it.each([
    ['', 'text/html; charset=utf-8'],
    ['index.html', 'text/html; charset=utf-8'],
    ['config.yml', 'text/yaml; charset=utf-8'],
    ['decap-cms.js', 'text/javascript; charset=utf-8'],
    ['quy-tac.js', 'text/javascript; charset=utf-8'],
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
