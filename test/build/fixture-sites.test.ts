import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, runAstroBuild, type FixtureBuild } from '../helpers/build-fixture.ts';

const fixturesDir = resolve(import.meta.dirname, '../fixtures');

// Tests in a file run in order; the builds share .astro/, so they stay in this one file.
describe('fixture sites built with the real astro build', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('minimal');
  });

  it('builds the minimal fixture', () => {
    expect(site.status, site.output).toBe(0);
  });

  it('writes every page of the content model', () => {
    for (const page of [
      'index.html',
      'ke-hoach/index.html',
      'chi-so/index.html',
      'chi-so/1-1/index.html',
      'chi-so/1-2/index.html',
      'chi-so/1-2-1/index.html',
      'chi-so/2-1/index.html',
      'tru-cot/nhan-thuc-so/index.html',
      'tru-cot/the-che-so/index.html',
      'don-vi/index.html',
      'don-vi/phong-vhtt/index.html',
      'don-vi/phuong-tran-phu/index.html',
      'don-vi/xa-dong-son/index.html',
      '404.html',
    ]) {
      expect(site.exists(page), page).toBe(true);
      expect(site.read(page), page).toMatch(/^<!DOCTYPE html><html lang="vi"/i);
    }
  });

  it('links an indicator to its lead and partner units', () => {
    const html = site.read('chi-so/1-2-1/index.html');
    expect(html).toContain('href="/don-vi/phong-vhtt/"');
    expect(html).toContain('href="/don-vi/xa-dong-son/"');
    expect(html).toContain('href="/chi-so/1-2/"');
  });

  it('expands a group into the units valid in the plan year', () => {
    const html = site.read('chi-so/1-1/index.html');
    expect(html).toContain('href="/don-vi/phuong-tran-phu/"');
    expect(html).toContain('href="/don-vi/xa-dong-son/"');
    expect(html).not.toContain('href="/don-vi/phuong-da-giai-the/"');
  });

  it('renders the seed emphasis, and content HTML as text', () => {
    const html = site.read('chi-so/1-2-1/index.html');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('<em>Tham gia</em>');
    // Tags are refused by validation (plain text); the signs that remain are escaped as text.
    expect(main).toContain('đầy đủ (&lt;3 buổi vắng &amp;');
    expect(main).not.toContain('(<3 buổi');
  });

  it('shows Vietnamese dates and the structured deadline', () => {
    const html = site.read('chi-so/1-1/index.html');
    expect(html).toContain('Trước 29/02/2024');
    expect(html).toContain('datetime="2024-02-29"');
  });

  it('renders the plan MDX with GFM tables as real tables', () => {
    const html = site.read('ke-hoach/index.html');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Cột một<\/th>/);
    expect(html).toContain('<em>nhấn mạnh</em>');
    expect(html).toContain('12/KH-UBND');
  });

  it('lists on a unit page the indicators it leads and partners on', () => {
    const html = site.read('don-vi/xa-dong-son/index.html');
    expect(html).toContain('href="/chi-so/1-1/"');
    expect(html).toContain('href="/chi-so/2-1/"');
    expect(html).toContain('href="/chi-so/1-2-1/"');
  });

  it('puts the owner and responsible official from site.yaml in every footer', () => {
    for (const page of ['index.html', 'chi-so/1-1/index.html', 'don-vi/index.html']) {
      const html = site.read(page);
      expect(html).toContain('Phòng Văn hóa và Thông tin thành phố Thử Nghiệm');
      expect(html).toContain('Nguyễn Thị Kiểm');
      // Phone numbers are written with non-breaking spaces, so they never wrap.
      expect(html).toContain('0204\u00a0111\u00a02222');
      expect(html).toContain('lienhe@thu-nghiem.example');
    }
  });

  it('ships no client JavaScript', () => {
    for (const page of ['index.html', 'ke-hoach/index.html', 'chi-so/index.html', 'don-vi/phong-vhtt/index.html']) {
      expect(site.read(page)).not.toMatch(/<script/i);
    }
  });

  it('refuses to build broken content, naming the file, line and field', () => {
    const broken = buildFixture('broken');
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(
      'test/fixtures/broken/content/indicators/1-nhan-thuc-so.yaml:12:10 — chỉ số "1.2", trường "lead[0]": không có đơn vị hay nhóm đơn vị nào mang mã "phong-khong-ton-tai"',
    );
    expect(broken.exists('index.html')).toBe(false);
  });

  it('npm run build (scripts/build.ts) refuses it too, with the same message and exit code, and indexes nothing', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dti-broken-npm-'));
    try {
      const broken = runAstroBuild({ outDir, contentDir: join(fixturesDir, 'broken', 'content'), command: 'npm-run-build' });
      expect(broken.status).not.toBe(0);
      expect(broken.output).toContain('chỉ số "1.2", trường "lead[0]": không có đơn vị hay nhóm đơn vị nào mang mã "phong-khong-ton-tai"');
      expect(broken.output).not.toContain('Chỉ mục tìm kiếm:');
      expect(broken.exists('index.html')).toBe(false);
      expect(broken.exists('pagefind/pagefind.js')).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('refuses a progress report on an indicator the unit does not lead, naming the file, unit and indicator', () => {
    const broken = buildFixture('broken-progress');
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(
      'test/fixtures/broken-progress/content/progress/xa-dong-son.yaml:7:16 — báo cáo chỉ số "1.2.1", trường "indicator": đơn vị "xa-dong-son" không chủ trì chỉ số "1.2.1" nên không báo cáo chỉ số này',
    );
    expect(broken.exists('index.html')).toBe(false);
  });
});
