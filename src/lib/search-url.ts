import { SEARCH_FILTERS } from './search-fields.ts';

/** Sort orders a reader can pick, as written in the URL (urut=terbaru). */
export const SORT_ORDERS = { terbaru: 'desc', terlama: 'asc' } as const;
export type SortOrder = keyof typeof SORT_ORDERS;

/** A search as it lives in the URL: shareable, and restored by the back button. */
export interface SearchState {
  q: string;
  /** Filter name → URL value, e.g. { wilayah: '16.72' }. */
  filters: Partial<Record<string, string>>;
  sort?: SortOrder;
}

/**
 * Reads a search from URL parameters, ignoring anything unknown. `names` are the filters of the
 * search page: the public ones by default, the internal archive's on its own page.
 */
export function readSearch(params: URLSearchParams, names: readonly string[] = SEARCH_FILTERS): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of names) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get('urut');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    ...(sort && sort in SORT_ORDERS ? { sort: sort as SortOrder } : {}),
  };
}

/** Writes a search as URL parameters in the order of `names`, leaving empty ones out so shared links stay short. */
export function writeSearch(state: SearchState, names: readonly string[] = SEARCH_FILTERS): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of names) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort) params.set('urut', state.sort);
  return params;
}

/** True when there is nothing to search for. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && Object.keys(state.filters).length === 0;
}

/**
 * A text fragment (#:~:text=) that makes the browser scroll to and highlight the matched words
 * on the result page, with no script on that page.
 */
export function highlightFragment(words: readonly string[]): string {
  // Text fragments ignore case: each word once, as first spelled.
  const byLowerCase = new Map<string, string>();
  for (const word of words.map((text) => text.trim()).filter(Boolean)) {
    if (!byLowerCase.has(word.toLowerCase())) byLowerCase.set(word.toLowerCase(), word);
  }
  const unique = [...byLowerCase.values()].slice(0, 5);
  if (unique.length === 0) return '';
  return `#:~:${unique.map((word) => `text=${encodeURIComponent(word).replaceAll('-', '%2D')}`).join('&')}`;
}
