// Where the public site and the internal section are served. Split (an internal address set), the
// internal section has an origin of its own, so no script of the public site can reach its pages,
// keys or worker: the browser keeps storage, service workers and page access apart per origin.
import { isInternalPath } from './internal/paths.ts';

/** The addresses a build links with: the public site's, and the internal section's when split. */
export interface Origins {
  /** Public base URL, e.g. "https://warta.example.org". */
  public: string;
  /** Base URL of the internal site, e.g. "https://intern.warta.example.org"; undefined on one origin. */
  internal: string | undefined;
}

/** Hosts a browser treats as secure over plain http, so a split site can be tried locally. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What is wrong with an internal address, or undefined when it will do: https (http only on
 * localhost or 127.0.0.1), an origin alone (the section keeps its /internal/ paths), and not the
 * public site's origin (two project sites under one github.io share it: that is not a split).
 * @example internalUrlProblem('https://warta.example.org/intern/', 'https://warta.example.org') // 'must be …'
 */
export function internalUrlProblem(internal: string, publicUrl: string): string | undefined {
  if (!URL.canParse(internal)) return 'must be a full web address such as https://intern.warta.example.org';
  const url = new URL(internal);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return 'must start with https:// (http:// only for localhost or 127.0.0.1)';
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return `must be an origin alone, such as ${url.origin}: the internal site serves /internal/ at its root`;
  if (URL.canParse(publicUrl) && new URL(publicUrl).origin === url.origin)
    return `must be another origin than the public url ${new URL(publicUrl).origin} (another host name or port); on one origin, leave it out`;
  return undefined;
}

/** Whether a page is served by the internal site when split: the section, and the 404 page both sites serve. */
export function onInternalSite(pathname: string): boolean {
  return servedBy(pathname) !== 'public';
}

/**
 * Which site of a split build serves a URL or file path: the internal section's own, or both (the
 * 404 page, the favicon, and the site's code and pictures in /_astro/ that the internal site
 * copies), or else the public one.
 */
export function servedBy(path: string): 'public' | 'internal' | 'both' {
  if (isInternalPath(path)) return 'internal';
  return /^\/(?:404(?:\.html|\/)?|favicon\.svg|_astro\/.*)$/.test(path) ? 'both' : 'public';
}

/**
 * The href of a public page from the page at `from`: the path as it is on one origin and on public
 * pages; on a page the internal site serves, an absolute URL on the public origin. A path of the
 * internal section is left as it is.
 * @example publicHref({ public: 'https://w.org', internal: 'https://i.w.org' }, '/cari/', '/internal/') // 'https://w.org/cari/'
 */
export function publicHref(origins: Origins, path: string, from: string): string {
  if (isInternalPath(path)) return path; // e.g. a release's link before it is public
  return origins.internal && onInternalSite(from) ? new URL(path, origins.public).href : path;
}

/**
 * The same path, query and fragment on another site of a split build, or undefined if it would
 * leave that site. The 404 page sends a reader on with it: the path is set on the configured
 * origin, never resolved against it, so `//evil.example/x` or `/\\evil.example/x` (a host to URL
 * resolution) stays a path, and the origin is checked once more before anyone goes there.
 * @example onOrigin('https://w.org', { pathname: '//evil.example/x', search: '', hash: '' })?.href // 'https://w.org//evil.example/x'
 */
export function onOrigin(
  origin: string,
  { pathname, search, hash }: Pick<URL, 'pathname' | 'search' | 'hash'>,
): URL | undefined {
  const site = new URL(origin);
  const url = new URL(site.origin);
  url.pathname = pathname;
  url.search = search;
  url.hash = hash;
  return url.origin === site.origin ? url : undefined;
}
