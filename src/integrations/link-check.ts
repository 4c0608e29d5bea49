import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { findBrokenLinks, pageRefs, type BrokenLink, type PageRefs } from '../lib/links.ts';
import type { Origins } from '../lib/origins.ts';
import { eachInSlices } from '../lib/slices.ts';
import { siteFiles } from './site-files.ts';

/** Reads every HTML page of a built site once, keeping only its links and anchors (in the listing's order). */
export async function readLinks(dist: string): Promise<Map<string, PageRefs>> {
  const html = siteFiles(dist).filter(({ path }) => path.endsWith('.html'));
  const refs = new Map<string, PageRefs>();
  await eachInSlices(html, ({ file, path }) => refs.set(path, pageRefs(readFileSync(file, 'utf8'))));
  return refs;
}

/**
 * Checks every link and anchor of every HTML page of a built site against the files there now.
 * `mounts` maps URL prefixes to files not in `dist` that will be served below them ("pagefind.js"
 * of the internal search bundle, before encryption); `pages` may come from `readLinks(dist)`.
 * With an internal origin in `origins`, each link must also lead to the site that will serve it.
 */
export async function checkLinks(
  dist: string,
  mounts: Record<string, readonly string[]> = {},
  pages?: Map<string, PageRefs>,
  origins?: Origins,
): Promise<BrokenLink[]> {
  const roots = new Map([['', new Set(siteFiles(dist).map(({ path }) => path))]]);
  for (const [prefix, paths] of Object.entries(mounts)) roots.set(prefix, new Set(paths.map((path) => `/${path}`)));
  const resolve = (path: string): string | undefined => {
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix)) ?? '';
    const files = roots.get(mount);
    const inside = mount ? `/${path.slice(mount.length)}` : path;
    for (const candidate of inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`]) {
      const file = join('/', candidate).split(sep).join('/');
      if (files?.has(file)) return mount ? path : file;
    }
    return undefined;
  };
  return findBrokenLinks(pages ?? (await readLinks(dist)), resolve, origins);
}
