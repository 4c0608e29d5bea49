import { servedBy, type Origins } from './origins.ts';
import { assetRefs } from './vault/assets.ts';

/** A link or reference in a built page that leads nowhere. */
export interface BrokenLink {
  /** The page holding the link, e.g. "/siaran-pers/x/index.html". */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong; a split build's two sites each serve their own files only. */
  problem: 'no such page or file' | 'no such anchor' | 'not on the public site' | 'not on the internal site';
}

const ATTRIBUTE = /\s(href|src|srcset)="([^"]*)"/g;
const ID = /\s(?:id|name)="([^"]+)"/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const WEB = /^https?:\/\//i;
const SITES = ['public', 'internal'] as const;

/**
 * The URLs a page refers to: href, src and each candidate of srcset (not inside scripts or
 * templates). Of other addresses, only web addresses are kept, for the check to tell the site's
 * own origins from other sites.
 */
export function pageLinks(html: string): string[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const links: string[] = [];
  for (const [, attribute, value = ''] of markup.matchAll(ATTRIBUTE)) {
    const decoded = value.replaceAll('&amp;', '&');
    if (attribute === 'srcset')
      links.push(...decoded.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    else links.push(decoded);
  }
  return links.filter((link) => link !== '' && (!EXTERNAL.test(link) || WEB.test(link)));
}

/** The ids (and legacy names) a page offers as anchors. */
export function pageAnchors(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map(([, id = '']) => id));
}

/** What the link check keeps of a page: where it links and which anchors it offers (not its HTML). */
export interface PageRefs {
  links: string[];
  anchors: Set<string>;
  /** The built assets (`/_astro/<name>`) it mentions anywhere, scripts and metadata included. */
  assets: string[];
  /** `data-level` of its `<html>`: the level an internal page is sealed at (src/lib/vault/levels.ts). */
  level?: string;
}

const LEVEL = /^\s*(?:<!doctype[^>]*>\s*)?<html\b[^>]*\sdata-level="([^"]*)"/i;

/**
 * A copy of a piece of a page that does not keep the page alive: V8 makes a longer substring (a
 * regular expression's match, a slice) a view into its parent, so the links kept of 14 000 pages
 * held every page's HTML, 0.35 GiB at 10 000 records, while Pagefind ran beside. Flattening a
 * concatenation copies the characters.
 */
const detached = (piece: string): string => ` ${piece}`.slice(1);

/** What the link check needs of a page, kept apart from the page's HTML. */
export function pageRefs(html: string): PageRefs {
  const level = LEVEL.exec(html)?.[1];
  return {
    links: pageLinks(html).map(detached),
    anchors: new Set([...pageAnchors(html)].map(detached)),
    assets: assetRefs(html).map(detached),
    ...(level !== undefined && { level: detached(level) }),
  };
}

/**
 * Every same-site link of every page that points at no file, or at an anchor its page lacks.
 * `pages` maps each page's file path ("/a/index.html") to its links and anchors; `resolve` maps a
 * URL path to the file path that would serve it, or undefined. With an internal origin in
 * `origins` (a split build), a link must also lead to a file of the site it names: a plain path
 * to one of the page's own site (both sites', for the 404 page they both serve), an absolute
 * address to one of the site of its origin. Web addresses of other origins are not checked.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, PageRefs>,
  resolve: (path: string) => string | undefined,
  origins?: Origins,
): BrokenLink[] {
  const internalOrigin = origins?.internal && new URL(origins.internal).origin;
  const publicOrigin = origins && new URL(origins.public).origin;
  const broken: BrokenLink[] = [];
  // Most links are the same few hundred targets (navigation, lists): resolve each path once.
  const resolved = new Map<string, string | undefined>();
  for (const [page, { links }] of pages) {
    const base = new URL(page.replace(/index\.html$/, ''), 'https://site.invalid');
    for (const href of links) {
      if (href.startsWith('#:~:')) continue; // a text fragment, matched by the browser
      const url = new URL(href, base);
      const path = decodeURIComponent(url.pathname);
      if (url.origin !== base.origin && url.origin !== publicOrigin && url.origin !== internalOrigin) continue;
      if (internalOrigin) {
        // The site the link leads to: the page's own for a path, else the one its origin names.
        const from =
          url.origin === base.origin ? servedBy(page) : url.origin === internalOrigin ? 'internal' : 'public';
        const to = servedBy(path);
        const missing = SITES.find((site) => (from === site || from === 'both') && to !== site && to !== 'both');
        if (missing) {
          broken.push({ page, href, problem: `not on the ${missing} site` });
          continue;
        }
      }
      if (!resolved.has(path)) resolved.set(path, resolve(path));
      const file = resolved.get(path);
      if (!file) {
        broken.push({ page, href, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
      if (fragment === '' || !file.endsWith('.html')) continue;
      const target = pages.get(file);
      if (target && !target.anchors.has(fragment)) broken.push({ page, href, problem: 'no such anchor' });
    }
  }
  return broken;
}
