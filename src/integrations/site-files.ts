import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file of a built site: where it is on disk, and the URL path it is served at. */
export interface SiteFile {
  file: string;
  /** e.g. "/siaran-pers/x/index.html". */
  path: string;
}

/**
 * Every file of the site built in `root`, or of one of its folders, with the path it is served at,
 * in the order of their paths (so that reports list them alike from one build to the next).
 * Listed synchronously: a listing of 25 000 entries took 0.35 s so, and 0.5–0.6 s through promises.
 */
export function siteFiles(root: string, folder = '.'): SiteFile[] {
  const entries = readdirSync(join(root, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, path: `/${relative(root, file).split(sep).join('/')}` };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
