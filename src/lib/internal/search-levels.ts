// Which internal search bundles exist and which a session opens: one per classification level, each
// with only that level's record pages, searched together with the public bundle in the browser.
import { isLevel, LEVELS, type Level } from '../levels.ts';

/** The public search bundle, which internal searches merge instead of indexing public pages again. */
export const PUBLIC_BUNDLE = '/pagefind/';

/**
 * Where the build links each level's pages for Pagefind while it indexes them, inside the internal
 * section so that nothing public shows them, and deleted once the bundles are in memory.
 */
export const LEVEL_PAGES = '/internal/.search-levels/';

/** Folder of a level's internal search bundle. */
export function levelBundle(level: Level): string {
  return `/internal/pagefind/${level}/`;
}

/**
 * The bundles an internal search opens, given the levels up to the session's clearance whose
 * bundles hold pages (a level without records has none). The first is Pagefind's primary bundle,
 * the lowest such level's: Pagefind starts its web worker from the primary's folder, and the vault
 * serves decrypted files only to a worker under /internal/. The public bundle and the other levels
 * are merged into it. With no internal bundle, the public one is searched alone.
 * @example internalSearchBundles(['biasa', 'terbatas']) // ['/internal/pagefind/biasa/', '/pagefind/', '/internal/pagefind/terbatas/']
 */
export function internalSearchBundles(levels: readonly Level[]): [string, ...string[]] {
  const [lowest, ...higher] = [...levels].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)).map(levelBundle);
  return lowest === undefined ? [PUBLIC_BUNDLE] : [lowest, PUBLIC_BUNDLE, ...higher];
}

/** A record's own page (a meeting's minutes, an internal release): the pages the level bundles index. */
const RECORD_PAGE = /^\/internal\/(?:rapat|siaran)\/[^/]+\/index\.html$/;

/**
 * Groups the internal record pages by the level on their `<html data-level>` (read by the link
 * check's pass over every page, src/lib/links.ts), for one search bundle per level. Aggregate pages
 * and their level variants are not records and are never indexed.
 * @example recordPagesByLevel(new Map([['/internal/rapat/x/index.html', { level: 'rahasia' }]])) // Map { 'rahasia' => ['/internal/rapat/x/index.html'] }
 */
export function recordPagesByLevel(pages: ReadonlyMap<string, { level?: string }>): Map<Level, string[]> {
  const byLevel = new Map<Level, string[]>();
  for (const [path, { level }] of pages) {
    if (!RECORD_PAGE.test(path)) continue;
    if (!isLevel(level))
      throw new Error(
        `${path}: data-level="${level ?? ''}" is no level; render the page with src/layouts/Internal.astro and one of ${LEVELS.join(', ')}`,
      );
    const paths = byLevel.get(level);
    if (paths) paths.push(path);
    else byLevel.set(level, [path]);
  }
  return byLevel;
}
