// Enhances a search form (/cari/, and the internal archive's /internal/cari/) with Pagefind's
// components: results as you type, filters and sort order kept in the URL (shareable, back button
// works), matched words highlighted on the result page through text fragments. The filters are
// the form's <select data-filter="…"> elements, so each page brings its own.
import {
  highlightFragment,
  isEmptySearch,
  readSearch,
  SORT_ORDERS,
  writeSearch,
  type SearchState,
} from '../lib/search-url.ts';

interface PagefindInstance {
  searchSort: Record<string, 'asc' | 'desc'>;
  /** Pagefind searches without a term only in faceted mode. */
  faceted: boolean;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const results = document.querySelector('pagefind-results');
const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
/** The page's filters, in the order of the form (and of the URL). */
const filterNames = [...(form?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? [])].map(
  (select) => select.dataset['filter'] ?? select.name,
);

function stateFromForm(target: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(target)) if (typeof value === 'string') params.set(key, value);
  return readSearch(params, filterNames);
}

function fillForm(target: HTMLFormElement, state: SearchState): void {
  const fields = target.elements;
  const more = target.querySelector<HTMLDetailsElement>('[data-search-more]');
  if (more && (Object.keys(state.filters).length > 0 || state.sort)) more.open = true;
  (fields.namedItem('q') as HTMLInputElement).value = state.q;
  for (const name of filterNames) (fields.namedItem(name) as HTMLSelectElement).value = state.filters[name] ?? '';
  (fields.namedItem('urut') as HTMLSelectElement).value = state.sort ?? '';
}

/** The index filters on labels (a region's name), the URL on stable values (its code). */
function indexFilters(target: HTMLFormElement, state: SearchState): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const select = target.elements.namedItem(name) as HTMLSelectElement;
    if (state.filters[name] && select.selectedIndex > 0) filters[name] = [select.selectedOptions[0]?.text ?? ''];
  }
  return filters;
}

function search(target: HTMLFormElement, pagefind: PagefindInstance, state: SearchState): void {
  if (empty) empty.hidden = true;
  if (isEmptySearch(state)) return;
  // Faceted only for a filter without a term: always on, Pagefind would list the whole archive
  // as soon as it loads, which on a large archive blocks the page for seconds.
  pagefind.faceted = state.q === '';
  pagefind.searchSort = state.sort ? { tanggal: SORT_ORDERS[state.sort] } : {};
  pagefind.triggerSearchWithFilters(state.q, indexFilters(target, state));
}

function remember(state: SearchState, mode: 'push' | 'replace'): void {
  const query = writeSearch(state, filterNames).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** Points each result link at the words that matched, so the result page highlights them. */
function addHighlights(root: Element): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.pf-result-link:not([data-highlighted])')) {
    const item = link.closest('li');
    const words = [...(item?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent ?? '');
    link.href = link.href.split('#')[0] + highlightFragment(words);
    link.dataset['highlighted'] = '';
  }
}

if (form && instance) {
  let typing: ReturnType<typeof setTimeout> | undefined;
  instance.on('results', ({ results: found }) => {
    if (empty) empty.hidden = found.length > 0 || isEmptySearch(stateFromForm(form));
  });
  if (results) new MutationObserver(() => addHighlights(results)).observe(results, { childList: true, subtree: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm(form);
    remember(state, 'push');
    search(form, instance, state);
  });
  form.addEventListener('input', (event) => {
    const state = stateFromForm(form);
    clearTimeout(typing);
    if ((event.target as Element).matches('select')) {
      remember(state, 'push');
      search(form, instance, state);
      return;
    }
    // While typing, one history entry per search, not per keystroke.
    typing = setTimeout(() => {
      remember(state, 'replace');
      search(form, instance, state);
    }, 250);
  });
  window.addEventListener('popstate', () => {
    const state = readSearch(new URLSearchParams(location.search), filterNames);
    fillForm(form, state);
    search(form, instance, state);
  });

  const initial = readSearch(new URLSearchParams(location.search), filterNames);
  fillForm(form, initial);
  search(form, instance, initial);
}
