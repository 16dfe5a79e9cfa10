/**
 * Names of the performance marks the search page leaves (User Timing API), so
 * that `npm run bench -- search` and the browser tests read the same names.
 * Marks are cheap and stay in production: anyone can read them in DevTools.
 */
export const SEARCH_MARKS = {
  /** The search script started (a page opened with ?q=… is timed from here). */
  start: 'tim-kiem:bat-dau',
  /** The reader submitted the form. */
  submit: 'tim-kiem:gui',
  /** Pagefind returned the result list (before any fragment is loaded). */
  found: 'tim-kiem:co-ket-qua',
  /** The first result is in the list and painted (its fragment is fetched before the others'). */
  painted: 'tim-kiem:da-hien',
  /** The whole first page of results (up to 10) is in the list and painted. */
  pagePainted: 'tim-kiem:da-hien-trang',
} as const;

/** From the submit (or the script's start) to the first result painted. */
export const SEARCH_MEASURE = 'tim-kiem:gui-den-hien';
/** From the submit (or the script's start) to the first page of results (up to 10) painted. */
export const SEARCH_PAGE_MEASURE = 'tim-kiem:gui-den-hien-trang';
