import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A file of a built site: where it is on disk, and the URL path it is served at. */
export interface SiteFile {
  file: string;
  /** e.g. "/siaran-pers/x/index.html". */
  path: string;
}

/** Every file of the site built in `root`, or of one of its folders, with the path it is served at. */
export async function siteFiles(root: string, folder = '.'): Promise<SiteFile[]> {
  const entries = await readdir(join(root, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, path: `/${relative(root, file).split(sep).join('/')}` };
    });
}
