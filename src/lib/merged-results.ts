// Results of a search over several Pagefind bundles, in one order. Pagefind's mergeIndex orders
// merged results by score, but a sorted search scores each result by its rank in its own bundle,
// so "newest first" came out as the newest of each bundle, then the second of each, and so on.
// Sorted, each bundle is searched apart and its lists are merged by the sort key the result's
// page carries as metadata, loading each result's details only when it is next in line.

/** One result of Pagefind's `search()`: its details load on demand (one fragment file). */
export interface LazyResult<Data> {
  data(): Promise<Data>;
}

/** The metadata field that repeats a page's sort key, so that merged lists can be ordered by it. */
export const SORT_META = 'urut';

/** Results in their final order: how many there are, and the details of the next ones. */
export interface ResultPages<Data> {
  count: number;
  /** The details of the next `n` results (fewer at the end). */
  next(n: number): Promise<Data[]>;
}

/** Results already in order (relevance, or one bundle): each page loads its own details only. */
export function orderedResults<Data>(results: readonly LazyResult<Data>[]): ResultPages<Data> {
  let shown = 0;
  return {
    count: results.length,
    next: async (n) => {
      const page = results.slice(shown, shown + n);
      shown += page.length;
      return Promise.all(page.map((result) => result.data()));
    },
  };
}

/**
 * Lists each sorted by `key` (as Pagefind sorted each bundle), merged into one sorted list. A
 * result's details load when it is at the head of its list: n results cost at most n + lists − 1
 * fragment files, never the whole list.
 * @example sortedResults([newestPublic, newestInternal], (data) => data.meta.urut ?? '', 'desc')
 */
export function sortedResults<Data>(
  lists: readonly (readonly LazyResult<Data>[])[],
  key: (data: Data) => string,
  direction: 'asc' | 'desc',
): ResultPages<Data> {
  const positions = lists.map(() => 0);
  const heads = new Map<number, Promise<Data>>();
  const head = (list: number) => {
    const result = lists[list]?.[positions[list] as number];
    if (!result) return undefined;
    if (!heads.has(list)) heads.set(list, result.data());
    return heads.get(list);
  };
  const before = (a: string, b: string) => (direction === 'desc' ? a > b : a < b);
  return {
    count: lists.reduce((sum, list) => sum + list.length, 0),
    next: async (n) => {
      const page: Data[] = [];
      while (page.length < n) {
        const candidates = await Promise.all(lists.map(async (_, list) => ({ list, data: await head(list) })));
        let best: { list: number; data: Data } | undefined;
        for (const candidate of candidates) {
          if (candidate.data === undefined) continue;
          if (!best || before(key(candidate.data), key(best.data)))
            best = { list: candidate.list, data: candidate.data };
        }
        if (!best) break;
        page.push(best.data);
        heads.delete(best.list);
        positions[best.list] = (positions[best.list] as number) + 1;
      }
      return page;
    },
  };
}
