// Enhances a search form (/cari/, and the internal archive's /internal/cari/) with Pagefind's JS
// API: results as you type, filters and sort order kept in the URL (shareable, back button works),
// matched words highlighted on the result page through text fragments. The filters are the form's
// <select data-filter="…"> elements, so each page brings its own. Pagefind's own UI is not loaded:
// it lists every filter's values on start, which downloads all filter chunks of the index. The
// internal search merges the bundles of the session's levels with the public bundle.
import { internalSearchBundles, levelBundle, PUBLIC_BUNDLE } from '../lib/internal/search-levels.ts';
import { levelsUpTo } from '../lib/levels.ts';
import {
  EXCERPT_LENGTH,
  moreResultsLabel,
  pagefindQuery,
  RESULTS_PER_PAGE,
  resultCountMessage,
  resultView,
  type PagefindQuery,
  type PagefindResultData,
} from '../lib/search-results.ts';
import { isEmptySearch, readSearch, writeSearch, type SearchState } from '../lib/search-url.ts';
import { orderedResults, sortedResults, SORT_META, type ResultPages } from '../lib/merged-results.ts';
import { sessionClearance } from './clearance.ts';

/** The part of the bundle's pagefind.js this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: PagefindQuery['term'],
    options: PagefindQuery['options'],
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** A filter each bundle gets on all its pages (Pagefind's mergeFilter): its position, to search it alone. */
const BUNDLE_FILTER = 'bundel';

const HINT = 'Ketik kata kunci atau pilih saringan untuk mulai mencari.';
const FAILED = 'Pencarian tidak dapat dimuat. Periksa sambungan, lalu muat ulang halaman.';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const section = document.querySelector<HTMLElement>('[data-search-results]');
const status = section?.querySelector<HTMLElement>('[data-search-status]');
const empty = section?.querySelector<HTMLElement>('[data-search-empty]');
const list = section?.querySelector<HTMLOListElement>('[data-search-list]');
const next = section?.querySelector<HTMLButtonElement>('[data-search-next]');
const template = section?.querySelector<HTMLTemplateElement>('template[data-search-result]');
/** The page's filters, in the order of the form (and of the URL). */
const selects = [...(form?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? [])];
const filterNames = selects.map((select) => select.dataset['filter'] ?? select.name);
/** Per filter, URL value → the label the index filters on (a region's code → its name). */
const filterLabels = Object.fromEntries(
  selects.map((select, i) => [
    filterNames[i],
    Object.fromEntries(
      [...select.options].filter((option) => option.value).map((option) => [option.value, option.text]),
    ),
  ]),
);

/**
 * The bundles this page searches, Pagefind's primary first: the public one, or on the internal
 * search the bundles of the levels up to the session's clearance that hold pages (a level without
 * records has no bundle, so no entry file), merged with the public one. No level above the
 * clearance is ever asked for.
 */
async function searchBundles(scope: string | undefined): Promise<[string, ...string[]]> {
  if (scope !== 'internal') return [PUBLIC_BUNDLE];
  const levels = levelsUpTo(await sessionClearance());
  const held = await Promise.all(
    levels.map(async (level) => {
      const entry = await fetch(`${levelBundle(level)}pagefind-entry.json`);
      await entry.body?.cancel(); // read to the end or cancelled, a response no longer counts as loading
      return entry.ok ? level : undefined;
    }),
  );
  return internalSearchBundles(held.filter((level) => level !== undefined));
}

/** Pagefind, loaded with every bundle of the page. */
interface Engine {
  module: Pagefind;
  bundles: number;
}

let engine: Promise<Engine> | undefined;
/**
 * Loads Pagefind once. It searches in its web worker (pagefind-worker.js, 12 kB): on the main
 * thread (`noWorker`) a 4 000-record index blocked the page for up to 190 ms per keystroke on a
 * slow phone.
 */
function pagefind(scope: string | undefined): Promise<Engine> {
  engine ??= searchBundles(scope).then(async (bundles) => {
    const [primary, ...merged] = bundles;
    const module = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
    // Result URLs in every bundle are site-absolute, whatever folder the bundle is in.
    const options = (position: number) => ({
      baseUrl: '/',
      excerptLength: EXCERPT_LENGTH,
      ...(bundles.length > 1 && { mergeFilter: { [BUNDLE_FILTER]: String(position) } }),
    });
    await module.options(options(0));
    await Promise.all(merged.map((bundle, i) => module.mergeIndex(bundle, options(i + 1))));
    return { module, bundles: bundles.length };
  });
  engine.catch(() => (engine = undefined)); // a later search tries again
  return engine;
}

/**
 * Runs a search. Sorted over several bundles, each bundle is searched alone and the lists are
 * merged by date (src/lib/merged-results.ts); by relevance, Pagefind's merge by score stands.
 */
async function runSearch(
  { module, bundles }: Engine,
  { term, options }: PagefindQuery,
): Promise<ResultPages<PagefindResultData> | undefined> {
  const [sort] = Object.entries(options.sort);
  if (!sort || bundles === 1) {
    const response = await module.search(term, options);
    return response ? orderedResults(response.results) : undefined;
  }
  const lists = await Promise.all(
    Array.from({ length: bundles }, (_, i) =>
      module.search(term, { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: [String(i)] } }),
    ),
  );
  if (lists.some((list) => !list)) return undefined;
  return sortedResults(
    lists.map((list) => list?.results ?? []),
    (data) => data.meta[SORT_META] ?? '',
    sort[1],
  );
}

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

function remember(state: SearchState, mode: 'push' | 'replace'): void {
  const query = writeSearch(state, filterNames).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** One result, from the page's template; every value goes in as text. */
function renderResult(source: HTMLTemplateElement, data: PagefindResultData): HTMLElement {
  const view = resultView(data, section?.dataset['publicOrigin']);
  const item = (source.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const field = (name: string) => item.querySelector<HTMLElement>(`[data-field="${name}"]`);
  const show = (element: HTMLElement | null, text: string) => {
    if (!element) return;
    element.textContent = text;
    element.hidden = text === '';
  };
  const link = field('title') as HTMLAnchorElement;
  link.href = view.href;
  link.textContent = view.title;
  show(field('meta'), view.meta);
  show(field('summary'), view.summary);
  const excerpt = field('excerpt');
  if (excerpt) {
    excerpt.replaceChildren(
      ...view.excerpt.map((part) => {
        if (!part.marked) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    excerpt.hidden = view.excerpt.length === 0;
  }
  for (const element of item.querySelectorAll('[data-field]')) element.removeAttribute('data-field');
  return item;
}

if (form && section && status && empty && list && next && template) {
  const scope = section.dataset['searchScope'];
  /** Counts searches, so that an answer that arrives after a newer search started is dropped. */
  let generation = 0;
  let found: ResultPages<PagefindResultData> = orderedResults([]);
  let shown = 0;
  let typing: ReturnType<typeof setTimeout> | undefined;

  const showNext = () => {
    const label = moreResultsLabel({ shown, count: found.count });
    next.textContent = label ?? '';
    next.hidden = label === undefined;
  };

  const clear = (message: string) => {
    found = orderedResults([]);
    shown = 0;
    list.replaceChildren();
    showNext();
    empty.hidden = true;
    status.textContent = message;
  };

  const search = async (state: SearchState) => {
    const current = ++generation;
    const query = pagefindQuery(state, filterLabels);
    if (!query) {
      clear(HINT);
      return;
    }
    section.setAttribute('aria-busy', 'true');
    try {
      const results = await runSearch(await pagefind(scope), query);
      if (current !== generation || !results) return; // no fragments for a search already replaced
      const first = await results.next(RESULTS_PER_PAGE);
      if (current !== generation) return;
      found = results;
      shown = first.length;
      list.replaceChildren(...first.map((data) => renderResult(template, data)));
      showNext();
      empty.hidden = found.count > 0;
      status.textContent = resultCountMessage({
        count: found.count,
        term: state.q,
        filtered: Object.keys(query.options.filters).length > 0,
      });
    } catch (error) {
      if (current === generation) clear(FAILED);
      console.error(error);
    } finally {
      if (current === generation) section.removeAttribute('aria-busy');
    }
  };

  next.addEventListener('click', async () => {
    if (next.getAttribute('aria-disabled') === 'true') return;
    const current = generation;
    // Not `disabled`: a disabled button drops keyboard focus to the page.
    next.setAttribute('aria-disabled', 'true');
    try {
      const more = await found.next(RESULTS_PER_PAGE);
      if (current !== generation) return;
      const items = more.map((data) => renderResult(template, data));
      list.append(...items);
      shown += items.length;
      // Keyboard and screen-reader users continue at the first new result.
      items[0]?.querySelector('a')?.focus();
      showNext();
    } catch (error) {
      console.error(error);
    } finally {
      next.removeAttribute('aria-disabled');
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const state = stateFromForm(form);
    remember(state, 'push');
    void search(state);
  });
  form.addEventListener('input', (event) => {
    const state = stateFromForm(form);
    clearTimeout(typing);
    if ((event.target as Element).matches('select')) {
      remember(state, 'push');
      void search(state);
      return;
    }
    // While typing, one history entry per search, not per keystroke.
    typing = setTimeout(() => {
      remember(state, 'replace');
      void search(state);
    }, 250);
  });
  // Someone about to type: fetch the index while they do.
  form.addEventListener(
    'focusin',
    () =>
      void pagefind(scope)
        .then(({ module }) => module.init())
        .catch(() => undefined),
    { once: true },
  );
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    const state = readSearch(new URLSearchParams(location.search), filterNames);
    fillForm(form, state);
    void search(state);
  });

  const initial = readSearch(new URLSearchParams(location.search), filterNames);
  fillForm(form, initial);
  if (isEmptySearch(initial)) status.textContent = HINT;
  else void search(initial);
}
