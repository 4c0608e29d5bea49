// The search pages' side of Pagefind's JS API: what to ask it, and what a result shows. Pure, so
// the browser script (src/client/search.ts) only moves these values in and out of the DOM.
import { isInternalPath } from './internal/paths.ts';
import { highlightFragment, isEmptySearch, SORT_ORDERS, type SearchState } from './search-url.ts';

/** Results whose details (one fragment file each) load at a time: the first ones, then per "show more". */
export const RESULTS_PER_PAGE = 10;

/** Words of excerpt Pagefind cuts around the matches (its default is 30). */
export const EXCERPT_LENGTH = 24;

/** The arguments of Pagefind's `search(term, options)`. */
export interface PagefindQuery {
  /** `null` lists every record that passes the filters (Pagefind's filter-only search). */
  term: string | null;
  options: { filters: Record<string, string[]>; sort: Record<string, 'asc' | 'desc'> };
}

/**
 * What to ask Pagefind for a search, or `undefined` when there is nothing to search for. The URL
 * names a filter's value by a stable id ("16.72") and the index by its label ("Kota Pagar Alam"):
 * `labels` maps one to the other per filter, and values it does not know are ignored.
 * @example pagefindQuery({ q: 'rakor', filters: { wilayah: '16.72' } }, { wilayah: { '16.72': 'Kota Pagar Alam' } })
 * // { term: 'rakor', options: { filters: { wilayah: ['Kota Pagar Alam'] }, sort: {} } }
 */
export function pagefindQuery(
  state: SearchState,
  labels: Readonly<Record<string, Readonly<Record<string, string>>>>,
): PagefindQuery | undefined {
  if (isEmptySearch(state)) return undefined;
  const filters: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(state.filters)) {
    const label = value === undefined ? undefined : labels[name]?.[value];
    if (label) filters[name] = [label];
  }
  return {
    term: state.q === '' ? null : state.q,
    options: { filters, sort: state.sort ? { tanggal: SORT_ORDERS[state.sort] } : {} },
  };
}

/** The fields of Pagefind's `result.data()` that a result shows. */
export interface PagefindResultData {
  url: string;
  /** Pagefind's excerpt: page text with `<` and `>` escaped and the matched words in `<mark>`. */
  excerpt: string;
  /** data-pagefind-meta fields, plus the title Pagefind takes from the page's h1. */
  meta: Readonly<Record<string, string | undefined>>;
}

/** A run of excerpt text; `marked` when Pagefind marked it as a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A search result, ready to be written into the page as text. */
export interface ResultView {
  title: string;
  /** The page, with a text fragment that highlights the matched words there. */
  href: string;
  /** Kind, date and place, e.g. "Siaran pers · Sabtu, 23 November 2024 · Kota Pagar Alam". */
  meta: string;
  summary: string;
  excerpt: ExcerptPart[];
}

const ESCAPED: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>' };

/**
 * Splits Pagefind's excerpt into text and marked words, so that it is written into the page as
 * text and nothing else: `<mark>` and `</mark>` become `marked` runs, any other tag is dropped
 * (Pagefind escapes the page's own `<` and `>`, so there should be none), and the two escapes
 * Pagefind makes are undone.
 * @example excerptParts('… tim <mark>pengawasan</mark> &lt;PORA&gt;')
 * // [{ text: '… tim ', marked: false }, { text: 'pengawasan', marked: true }, { text: ' <PORA>', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  const add = (html: string) => {
    const text = html.replace(/&lt;|&gt;/g, (entity) => ESCAPED[entity] ?? entity);
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let at = 0;
  for (const tag of excerpt.matchAll(/<(\/?)([a-z][^\s/<>]*)[^<>]*>/gi)) {
    add(excerpt.slice(at, tag.index));
    if (tag[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
    at = tag.index + tag[0].length;
  }
  // What is left, and a "<" that opens no tag ("1 < 2"), is text.
  add(excerpt.slice(at));
  return parts;
}

/** Trims punctuation that Pagefind keeps around a marked word ("pengawasan," → "pengawasan"). */
function bareWord(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * A result as the search page shows it: metadata, title, summary and excerpt as text, and a link
 * whose text fragment makes the result page scroll to and highlight the matched words. With
 * `publicOrigin` (the internal site's search, when split), a public record's link leads there.
 */
export function resultView(data: PagefindResultData, publicOrigin?: string): ResultView {
  const excerpt = excerptParts(data.excerpt);
  const words = excerpt.filter((part) => part.marked).map((part) => bareWord(part.text));
  const { title, jenis, tanggal, tempat, ringkasan } = data.meta;
  const path = data.url.split('#')[0] ?? '';
  const href = publicOrigin && !isInternalPath(path) ? new URL(path, publicOrigin).href : path;
  return {
    title: title?.trim() || data.url,
    href: href + highlightFragment(words),
    meta: [jenis, tanggal, tempat]
      .map((field) => field?.trim())
      .filter(Boolean)
      .join(' · '),
    summary: ringkasan?.trim() ?? '',
    excerpt,
  };
}

/**
 * The sentence that tells how many records a search found, announced to screen readers.
 * @example resultCountMessage({ count: 12, term: 'pengawasan', filtered: false }) // "Ditemukan 12 hasil untuk “pengawasan”."
 */
export function resultCountMessage(
  { count, term, filtered }: { count: number; term: string; filtered: boolean },
  locale = 'id-ID',
): string {
  const withFilters = filtered ? ' dengan saringan yang dipilih' : '';
  if (term === '')
    return count === 0
      ? 'Tidak ada hasil dengan saringan yang dipilih.'
      : `Ditemukan ${count.toLocaleString(locale)} hasil dengan saringan yang dipilih.`;
  return count === 0
    ? `“${term}” tidak ditemukan${withFilters}.`
    : `Ditemukan ${count.toLocaleString(locale)} hasil untuk “${term}”${withFilters}.`;
}

/**
 * The label of the button that loads the next results, or `undefined` once all are shown.
 * @example moreResultsLabel({ shown: 10, count: 14 }) // "Tampilkan 4 hasil berikutnya"
 */
export function moreResultsLabel({ shown, count }: { shown: number; count: number }): string | undefined {
  const next = Math.min(RESULTS_PER_PAGE, count - shown);
  return next > 0 ? `Tampilkan ${next} hasil berikutnya` : undefined;
}
