import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks, type BrokenLink } from '../lib/links.ts';

/**
 * Checks every link and anchor of every HTML page of a built site. `mounts` maps URL prefixes to
 * folders outside `dist` that will be served there (the internal search bundle before encryption).
 */
export async function checkLinks(dist: string, mounts: Record<string, string> = {}): Promise<BrokenLink[]> {
  const pages = new Map<string, string>();
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    pages.set(`/${relative(dist, file).split(sep).join('/')}`, await readFile(file, 'utf8'));
  }
  const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  const resolve = (path: string): string | undefined => {
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const root = mount ? (mounts[mount] ?? dist) : dist;
    const inside = mount ? path.slice(mount.length) : path;
    for (const candidate of path.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`]) {
      if (isFile(join(root, candidate))) return mount ? path : candidate;
    }
    return undefined;
  };
  return findBrokenLinks(pages, resolve);
}
