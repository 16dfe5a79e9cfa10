/**
 * Loads a built site's Pagefind bundle (pagefind.js) in Node, as the browser
 * would, for the tests and the benchmark: the same search code, the same
 * index files. Node's fetch cannot read file: URLs, so they are served from
 * disk here, and every file fetched is reported (the benchmark adds them up).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_SEARCH_OPTIONS } from './pagefind-options.ts';
import type { PagefindApi } from './run-search.ts';

/** One file the search fetched. */
export interface FetchedFile {
  /** Path inside the bundle, e.g. "index/vi_3f2a1b0.pf_index". */
  path: string;
  bytes: number;
}

const listeners = new Map<string, (file: FetchedFile) => void>();
let installed = false;
let instances = 0;

function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return networkFetch(input, init);
    const url = new URL(href);
    url.search = '';
    const body = await readFile(fileURLToPath(url)).catch(() => undefined);
    for (const [prefix, listener] of listeners) {
      if (url.href.startsWith(prefix)) listener({ path: url.href.slice(prefix.length), bytes: body?.byteLength ?? 0 });
    }
    return body ? new Response(body, { status: 200 }) : new Response('', { status: 404 });
  };
}

/**
 * A fresh Pagefind instance over `<siteDir>/pagefind/`. Each call loads its own
 * copy of pagefind.js, so indexes of different sites never share state.
 *
 * @example
 * const pagefind = await loadPagefindFromDir('dist');
 * const { results } = await runSearch(pagefind, parseSearchState('?q=duong'));
 */
export async function loadPagefindFromDir(
  siteDir: string,
  { onFetch, bundle = 'pagefind' }: { onFetch?: (file: FetchedFile) => void; bundle?: string } = {},
): Promise<PagefindApi> {
  installFileFetch();
  const bundleUrl = pathToFileURL(join(siteDir, bundle, 'pagefind.js'));
  const prefix = new URL('./', bundleUrl).href;
  if (onFetch) listeners.set(prefix, onFetch);
  else listeners.delete(prefix);
  bundleUrl.search = `?instance=${++instances}`;
  const module = (await import(bundleUrl.href)) as PagefindApi;
  await module.options({ ...PAGEFIND_SEARCH_OPTIONS, baseUrl: '/' });
  // Options given before init() replace each other; runSearch's later calls must add to these.
  await module.init();
  return module;
}
