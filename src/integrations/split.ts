import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eachInSlices } from '../lib/slices.ts';
import { siteFiles } from './site-files.ts';
import { headersFile } from '../lib/headers.ts';
import { INTERNAL_ROBOTS, INTERNAL_ROOT_PAGE, SHARED_FILES } from '../lib/internal-site.ts';
import type { PageRefs } from '../lib/links.ts';
import { onInternalSite } from '../lib/origins.ts';
import { ASSET_DIR, isCode } from '../lib/vault/assets.ts';

/** Writes a site's `_headers`, one rule per top-level entry (src/lib/headers.ts). */
export async function writeHeaders(dir: string): Promise<void> {
  const top = await readdir(dir, { withFileTypes: true });
  await writeFile(
    join(dir, '_headers'),
    headersFile(top.map((entry) => ({ name: entry.name, folder: entry.isDirectory() }))),
  );
}

/**
 * The names in /_astro/ that the internal site needs: every script and style (one build's code,
 * whose chunks import one another), and the pictures its plain pages and sealed pages show.
 * @param pages links of every page, read before the vault sealed the internal ones
 */
export function internalAssets(assets: readonly string[], pages: ReadonlyMap<string, PageRefs>): Set<string> {
  const shown = new Set([...pages].filter(([path]) => onInternalSite(path)).flatMap(([, refs]) => refs.assets));
  return new Set(assets.filter((name) => isCode(name) || shown.has(name)));
}

/**
 * Splits a finished build in two sites: the internal section moves from `dist` into `internalDist`
 * with the code and pictures its pages use, an empty folder for the public search bundle (filled by
 * copyPublicSearch once the leak scan passed), the 404 page both sites serve, a root page that sends
 * to the unlock page and a robots.txt that keeps everything out of search engines. `dist` keeps
 * the public site, with nothing of the internal section left in it.
 */
export async function splitSite(
  dist: string,
  internalDist: string,
  pages: ReadonlyMap<string, PageRefs>,
): Promise<void> {
  await rm(internalDist, { recursive: true, force: true });
  await mkdir(join(internalDist, ASSET_DIR), { recursive: true });
  await rename(join(dist, 'internal'), join(internalDist, 'internal'));
  const assets = await readdir(join(dist, ASSET_DIR)).catch(() => []);
  for (const name of internalAssets(assets, pages))
    await copyFile(join(dist, ASSET_DIR, name), join(internalDist, ASSET_DIR, name));
  await mkdir(join(internalDist, 'pagefind')); // there already for the internal site's _headers
  for (const name of SHARED_FILES) await copyFile(join(dist, name), join(internalDist, name));
  await writeFile(join(internalDist, 'index.html'), INTERNAL_ROOT_PAGE);
  await writeFile(join(internalDist, 'robots.txt'), INTERNAL_ROBOTS);
}

/**
 * Gives the internal site the public search bundle: the internal search merges it, and its worker
 * may fetch only from its own origin. Done after the leak scan, which read these very bytes in the
 * public site (scanning a copy again took 11 s at 10 000 records). Each file is a hard link to the
 * public one (copying 8 000 files one by one took 4 s), or a copy where no link can be made (the
 * two sites' folders on different file systems, or on one without hard links, such as FAT).
 */
export async function copyPublicSearch(dist: string, internalDist: string): Promise<void> {
  const files = siteFiles(dist, 'pagefind');
  for (const folder of new Set(files.map(({ path }) => dirname(path))))
    mkdirSync(join(internalDist, folder), { recursive: true });
  await eachInSlices(files, ({ file, path }) => {
    const copy = join(internalDist, path);
    try {
      linkSync(file, copy);
    } catch {
      // Any refusal to link means a copy: the codes vary by system (EXDEV across file systems, EPERM,
      // ENOTSUP, and EISDIR for exFAT on Windows); a copy that fails too reports its own error.
      copyFileSync(file, copy);
    }
  });
}
