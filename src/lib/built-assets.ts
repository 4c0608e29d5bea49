import { PICTURE_EXTENSIONS } from './content/files.ts';

/** What the site's own code writes into /_astro/: scripts, styles and the pictures Astro optimises. */
const BUILT_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.css', ...PICTURE_EXTENSIONS]);

/**
 * Files in /_astro/ of a kind the site never writes there. Astro copies pictures from content into
 * /_astro/ as it reads them, so a document that can carry script (an SVG, HTML or XML file) found
 * there came from content past the content check, and would run on the site's address.
 * @example unexpectedAssets(['/_astro/a.js', '/_astro/peta.B5rY.svg']) // ['/_astro/peta.B5rY.svg']
 */
export function unexpectedAssets(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const extension = /\.[^./]*$/.exec(path)?.[0]?.toLowerCase() ?? '';
    return path.startsWith('/_astro/') && !BUILT_EXTENSIONS.has(extension);
  });
}
