// Which internal search bundles exist and which a session opens: one per classification level, each
// with only that level's record pages, searched together with the public bundle in the browser.

/**
 * Every level, lowest first: the classifications of meeting records (CLASSIFICATIONS in
 * src/schemas/meeting.ts, which a unit test holds equal), repeated here so that the search page's
 * script does not bundle the schema library.
 */
export const LEVELS = ['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'] as const;

/** A clearance level. */
export type Level = (typeof LEVELS)[number];

/** The level of internal press releases (scheduled and internal ones): the default class of minutes. */
export const INTERNAL_RELEASE_LEVEL: Level = 'terbatas';

/** The public search bundle, which internal searches merge instead of indexing public pages again. */
export const PUBLIC_BUNDLE = '/pagefind/';

/** Folder of a level's internal search bundle. */
export function levelBundle(level: Level): string {
  return `/internal/pagefind/${level}/`;
}

/** The levels a clearance opens: its own and every one below it. */
export function levelsUpTo(clearance: Level): Level[] {
  return LEVELS.slice(0, LEVELS.indexOf(clearance) + 1);
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

const LEVEL_ATTRIBUTE = /<html\b[^>]*?\sdata-level="([^"]*)"/;

/**
 * The level an internal page declares on its `<html data-level="…">`, or undefined for a page that
 * declares none (an overview, a list). Throws, naming the page, for a value that is no level.
 * @example pageLevel('<html lang="id" data-level="rahasia">', '/internal/rapat/x/index.html') // 'rahasia'
 */
export function pageLevel(html: string, path: string): Level | undefined {
  const value = LEVEL_ATTRIBUTE.exec(html)?.[1];
  if (value === undefined) return undefined;
  if (!(LEVELS as readonly string[]).includes(value)) {
    throw new Error(`${path}: data-level="${value}" is no level; use one of ${LEVELS.join(', ')}`);
  }
  return value as Level;
}
