import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSearchIndexHandoff, writeSearchIndexHandoff } from '../../src/integrations/pagefind/deferred.ts';
import { resolvePagefindOptions } from '../../src/integrations/pagefind/options.ts';

describe('handing the search index from astro build to npm run build (ADR 12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-handoff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back the folder and the options the integration was configured with', () => {
    const path = join(dir, 'handoff.json');
    const options = resolvePagefindOptions({ outputSubdir: 'tim', concurrency: 4 });
    writeSearchIndexHandoff(path, { dir: '/srv/site/dist', options });
    expect(readSearchIndexHandoff(path)).toEqual({ dir: '/srv/site/dist', options });
  });

  it('checks the options again, and refuses a file that is not a handoff', () => {
    const bad = join(dir, 'bad-options.json');
    writeFileSync(bad, JSON.stringify({ dir: '/srv/site/dist', options: { outputSubdir: '../ngoai' } }));
    expect(() => readSearchIndexHandoff(bad)).toThrow('pagefind: outputSubdir "../ngoai" cần là tên một thư mục, ví dụ "pagefind".');
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"trang": 1}');
    expect(() => readSearchIndexHandoff(other)).toThrow(`${other}: không phải tệp chuyển giao chỉ mục tìm kiếm (cần "dir" và "options").`);
  });
});
