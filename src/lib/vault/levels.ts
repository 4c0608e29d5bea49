// At which level, and under which address, the vault seals each file of the internal section.
// Pure: the build gives it the files' paths and the links of every page, read before sealing.
import { AGGREGATE_PATHS, attachmentMeetingPage, variantOf } from '../internal/paths.ts';
import { isLevel, LEVELS, lowest, TOP_LEVEL, within, type Level } from '../levels.ts';
import type { PageRefs } from '../links.ts';
import { canonicalPath } from './format.ts';

/** Where one file is sealed: its level, and the address it is served at. */
export interface Placement {
  level: Level;
  path: string;
}

/** A page that names a resource above its own level, which its readers may not know of. */
export interface LinkAbove {
  page: string;
  pageLevel: Level;
  target: string;
  targetLevel: Level;
}

const AGGREGATES = new Set(AGGREGATE_PATHS.map(canonicalPath));

/**
 * The canonical paths a page links to on the site, resolved against its address; a full address
 * counts when its origin is one of the site's own. A folder's address without its final slash
 * (/internal/rapat/x) is the page the worker redirects it to (…/x/index.html).
 */
function targets(page: string, refs: PageRefs, origins: ReadonlySet<string>): string[] {
  const base = new URL(page.replace(/index\.html$/, ''), 'https://site.invalid');
  return refs.links.flatMap((href) => {
    const url = new URL(href, base);
    if (url.origin !== base.origin && !origins.has(url.origin)) return [];
    try {
      const path = canonicalPath(url.pathname);
      return [/\.[^/]*$/.test(path) ? path : `${path}/index.html`];
    } catch {
      return []; // not percent-encoding: the link check reports it
    }
  });
}

/**
 * Places every file of the internal section (`files`, canonical paths) at a level:
 * - a level's variant of an aggregate page (/internal/tingkat/<level>/…) at that level, served at
 *   the aggregate's own address;
 * - any other page at its `data-level`; a page without one is an error, never a guess;
 * - a meeting's attachment at the meeting's level, whatever links to it;
 * - any other file (a picture) at the lowest level of the pages that link to or show it, so that
 *   every reader of those pages can open it; a file no page mentions at the top.
 * Also returns every link from a page to a record above the page's level (a minutes body linking
 * a more secret meeting): its readers would see the address, so the build refuses it.
 * @param origins the site's own origins (public, and a split build's internal one): a full address
 *   on one of them, pasted from the address bar, is a link like a path
 */
export function placeInternalFiles(
  files: readonly string[],
  pages: ReadonlyMap<string, PageRefs>,
  origins: readonly string[] = [],
): { placements: Map<string, Placement>; above: LinkAbove[] } {
  const own = new Set(origins.map((origin) => new URL(origin).origin));
  const placements = new Map<string, Placement>();
  const problems: string[] = [];
  for (const path of files) {
    const variant = variantOf(path);
    if (variant) {
      if (isLevel(variant.level)) placements.set(path, { level: variant.level, path: variant.path });
      else problems.push(`${path}: "${variant.level}" is not a level (${LEVELS.join(', ')})`);
    } else if (path.endsWith('.html')) {
      const level = pages.get(path)?.level;
      if (isLevel(level)) placements.set(path, { level, path });
      else
        problems.push(
          `${path}: an internal page without data-level on <html>; render it with src/layouts/Internal.astro and its level`,
        );
    }
  }
  if (problems.length > 0) throw new Error(`the vault cannot tell the level of:\n${problems.join('\n')}`);
  // Each placed page's targets, resolved once: the menu's links alone are on every page.
  const linked = new Map<string, { level: Level; targets: Set<string> }>();
  for (const [page, refs] of pages) {
    const level = placements.get(page)?.level;
    if (level) linked.set(page, { level, targets: new Set(targets(page, refs, own)) });
  }
  const shownAt = new Map<string, Level[]>();
  for (const { level, targets: paths } of linked.values()) {
    for (const target of paths) {
      const levels = shownAt.get(target);
      if (levels) levels.push(level);
      else shownAt.set(target, [level]);
    }
  }
  for (const path of files) {
    if (placements.has(path)) continue;
    // An attachment is the record's own: a lower page linking to it must not lower it, but is reported below.
    const meeting = placements.get(attachmentMeetingPage(path) ?? '')?.level;
    placements.set(path, { level: meeting ?? lowest(shownAt.get(path) ?? []) ?? TOP_LEVEL, path });
  }
  const levelAt = new Map([...placements.values()].map(({ level, path }) => [path, level]));
  const above: LinkAbove[] = [];
  for (const [page, { level: pageLevel, targets: paths }] of linked) {
    for (const target of paths) {
      const targetLevel = AGGREGATES.has(target) ? undefined : levelAt.get(target);
      if (targetLevel && !within(targetLevel, pageLevel)) above.push({ page, pageLevel, target, targetLevel });
    }
  }
  return { placements, above };
}
