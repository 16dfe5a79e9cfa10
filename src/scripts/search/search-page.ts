/**
 * The search page's script, the portal's only client JavaScript. It reads the
 * search from the address, runs it with Pagefind's search API (loaded from the
 * site's own /pagefind/ bundle), shows the results, counts each filter's
 * values while the filters are open, and keeps the address in step with the
 * form so that a search can be shared.
 */
import { activeFilters, noResultHints, optionLabel, resultSummary, type FilterLabels } from '../../lib/search/messages.ts';
import { SEARCH_SORTS, type SearchFilterKey } from '../../lib/search/page-types.ts';
import { PAGEFIND_SEARCH_OPTIONS } from '../../lib/search/pagefind-options.ts';
import { toResultView } from '../../lib/search/result.ts';
import { toPagefindTerm } from '../../lib/search/query.ts';
import { runSearch, type FilterCounts, type LazyResult, type PagefindApi } from '../../lib/search/run-search.ts';
import { SEARCH_MARKS, SEARCH_MEASURE, SEARCH_PAGE_MEASURE } from '../../lib/search/timing.ts';
import { hasFilters, hasSearchInput, parseSearchState, searchStateToHref, type SearchState } from '../../lib/search/url-state.ts';
import { renderResult } from './render.ts';

/** Results shown at once; "Xem thêm" shows the next ones. */
const PAGE_SIZE = 10;
const PROMPT = 'Nhập từ khóa hoặc chọn bộ lọc, rồi bấm Tìm kiếm.';
const LOAD_ERROR = 'Không tải được công cụ tìm kiếm. Hãy tải lại trang hoặc thử lại sau.';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Trang tìm kiếm thiếu phần tử #${id}`);
  return node as T;
}

function listItem(content: string | Node): HTMLLIElement {
  const item = document.createElement('li');
  item.append(content);
  return item;
}

/** Wires up the search page. Does nothing on a page without the search form. */
export function startSearchPage(): void {
  const form = document.getElementById('tim-kiem-form');
  if (!(form instanceof HTMLFormElement)) return;
  const input = byId<HTMLInputElement>('tu-khoa');
  const panel = byId<HTMLDetailsElement>('bo-loc-chi-tiet');
  const status = byId<HTMLParagraphElement>('tom-tat-ket-qua');
  const list = byId<HTMLOListElement>('danh-sach-ket-qua');
  const more = byId<HTMLButtonElement>('xem-them');
  const hints = byId<HTMLDivElement>('goi-y-khong-ket-qua');
  const hintList = byId<HTMLUListElement>('goi-y-danh-sach');
  const clearFilters = byId<HTMLAnchorElement>('bo-loc');
  const section = byId<HTMLElement>('ket-qua-tim-kiem');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sortSelect = byId<HTMLSelectElement>('sap-xep');
  const baseTitle = document.title;
  const bundleUrl = form.dataset.pagefindBundle ?? '/pagefind/pagefind.js';

  const labels: FilterLabels = Object.fromEntries(
    selects.map((select) => [
      select.dataset.filter,
      Object.fromEntries([...select.options].filter((option) => option.value).map((option) => [option.value, option.dataset.label ?? option.text])),
    ]),
  );

  let api: Promise<PagefindApi> | undefined;
  const loadApi = () =>
    (api ??= (async () => {
      const module = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi;
      // Search on the page's own thread: Pagefind's worker costs one more script (43 KB) and a
      // message round trip per result, and this index answers in milliseconds (BENCHMARKS.md).
      await module.options({ ...PAGEFIND_SEARCH_OPTIONS, noWorker: true });
      // Options given before init() replace each other; runSearch's later calls must add to these.
      await module.init();
      return module;
    })());

  // Fetch Pagefind, its entry, metadata and WebAssembly now, while the reader reads the form:
  // the first search then only waits for its words' chunks and its results' fragments.
  void loadApi().catch(() => {});
  let preloaded = '';
  const preloadTyped = () => {
    const term = toPagefindTerm(input.value);
    if (!term || term === preloaded) return;
    preloaded = term;
    void loadApi()
      .then((module) => module.preload(term))
      .catch(() => {});
  };
  input.addEventListener('input', preloadTyped);
  input.addEventListener('focus', () => void loadApi().catch(() => {}), { once: true });

  /** Resolves once the browser has painted what was just added. */
  const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  /** Where the search being timed started: the submit, or the script's start when the page was opened with a search. */
  let timedFrom: string | undefined = SEARCH_MARKS.start;
  performance.mark(SEARCH_MARKS.start);

  let searchId = 0;
  let current = parseSearchState(location.search);
  let countsFor: string | undefined;
  let pending: LazyResult[] = [];

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return parseSearchState(params);
  };

  const ensureOption = (select: HTMLSelectElement, value: string) => {
    if ([...select.options].some((option) => option.value === value)) return;
    const option = new Option(value, value);
    option.dataset.label = value;
    select.append(option);
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const select of selects) {
      const value = state.filters[select.dataset.filter as SearchFilterKey] ?? '';
      if (value) ensureOption(select, value);
      select.value = value;
    }
    sortSelect.value = SEARCH_SORTS.find((sort) => sort.id === state.sort)?.param ?? 'phu-hop';
    if (hasFilters(state) || state.sort !== 'relevance') panel.open = true;
    clearFilters.hidden = !hasFilters(state);
    clearFilters.href = searchStateToHref({ ...state, filters: {} }, location.pathname);
  };

  /** Writes the counts into the choices; without counts, the plain labels. */
  const showCounts = (counts: FilterCounts | undefined, state: SearchState) => {
    for (const select of selects) {
      const key = select.dataset.filter as SearchFilterKey;
      const values = counts?.[key];
      if (key === 'year' && values) for (const value of Object.keys(values).sort()) ensureOption(select, value);
      for (const option of select.options) {
        if (!option.value) continue;
        const count = values ? (values[option.value] ?? 0) : undefined;
        option.text = optionLabel(option.dataset.label ?? option.value, count);
        option.disabled = count === 0 && state.filters[key] !== option.value;
      }
    }
    countsFor = counts ? searchStateToHref(state, '') : undefined;
  };

  /**
   * Shows the next results. The first one is fetched and painted before the
   * others' fragments are asked for, so it is not queued behind nine fetches
   * and nine fragments to inflate; then the rest come in together (one layout,
   * not one per result). `firstShown` runs once the first is painted.
   */
  const showMore = async (id: number, focusFirst: boolean, firstShown?: () => void) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    more.hidden = true;
    const [head, ...tail] = batch;
    if (head) {
      const item = renderResult(toResultView(await head.data()));
      if (id !== searchId) return;
      list.append(item);
      if (focusFirst) item.querySelector('a')?.focus();
      if (firstShown) {
        await painted();
        if (id !== searchId) return;
        firstShown();
      }
    } else if (firstShown) {
      // No result: the "nothing found" message is what is painted first.
      await painted();
      if (id !== searchId) return;
      firstShown();
    }
    const views = await Promise.all(tail.map(async (result) => toResultView(await result.data())));
    if (id !== searchId) return;
    list.append(...views.map(renderResult));
    more.hidden = pending.length === 0;
    more.textContent = `Xem thêm kết quả (còn ${pending.length})`;
  };

  const showNoResults = (state: SearchState) => {
    const removals = activeFilters(state, labels).map((filter) => {
      const link = Object.assign(document.createElement('a'), { textContent: `Bỏ lọc ${filter.text}` });
      link.href = searchStateToHref({ ...state, filters: { ...state.filters, [filter.key]: undefined } }, location.pathname);
      return listItem(link);
    });
    hintList.replaceChildren(...noResultHints(state).map((hint) => listItem(hint)), ...removals);
    hints.hidden = false;
  };

  const show = async (state: SearchState) => {
    const id = ++searchId;
    current = state;
    fillForm(state);
    document.title = state.q ? `“${state.q}” — ${baseTitle}` : baseTitle;
    list.replaceChildren();
    hints.hidden = true;
    more.hidden = true;
    pending = [];
    const counts = panel.open;
    if (!hasSearchInput(state) && !counts) {
      status.textContent = PROMPT;
      return;
    }
    section.setAttribute('aria-busy', 'true');
    if (hasSearchInput(state)) status.textContent = 'Đang tìm…';
    try {
      const outcome = await runSearch(await loadApi(), state, { counts });
      if (id !== searchId) return;
      showCounts(counts ? outcome.counts : undefined, state);
      if (!hasSearchInput(state)) return;
      pending = outcome.results;
      status.textContent = resultSummary(pending.length, state, labels, outcome.exact);
      if (pending.length === 0) showNoResults(state);
      performance.mark(SEARCH_MARKS.found);
      const from = timedFrom;
      timedFrom = undefined;
      await showMore(id, false, () => {
        performance.mark(SEARCH_MARKS.painted);
        if (from) performance.measure(SEARCH_MEASURE, from, SEARCH_MARKS.painted);
      });
      if (id !== searchId) return;
      await painted();
      if (id !== searchId) return;
      performance.mark(SEARCH_MARKS.pagePainted);
      if (from) performance.measure(SEARCH_PAGE_MEASURE, from, SEARCH_MARKS.pagePainted);
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      status.textContent = LOAD_ERROR;
    } finally {
      if (id === searchId) section.removeAttribute('aria-busy');
    }
  };

  /** Opening the filters counts their values for the search on screen. */
  const refreshCounts = async () => {
    const state = current;
    if (countsFor === searchStateToHref(state, '')) return;
    try {
      const outcome = await runSearch(await loadApi(), state, { counts: true });
      if (state === current) showCounts(outcome.counts, state);
    } catch (error) {
      console.error(error);
    }
  };

  const navigate = (state: SearchState) => {
    const href = searchStateToHref(state, location.pathname);
    if (href !== `${location.pathname}${location.search}`) history.pushState(null, '', href);
    void show(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    performance.mark(SEARCH_MARKS.submit);
    timedFrom = SEARCH_MARKS.submit;
    navigate(readForm());
  });
  for (const select of [...selects, sortSelect]) select.addEventListener('change', () => navigate(readForm()));
  panel.addEventListener('toggle', () => {
    if (panel.open) void refreshCounts();
  });
  more.addEventListener('click', () => void showMore(searchId, true));
  hints.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest('a');
    if (!link) return;
    event.preventDefault();
    navigate(parseSearchState(new URL(link.href).search));
  });
  window.addEventListener('popstate', () => void show(parseSearchState(location.search)));
  void show(current);
}
