/** What the site's own code writes into /_astro/: scripts, styles and the pictures Astro optimises. */
const BUILT_ASSET = /\.(?:js|css|png|jpe?g|webp|avif|gif)$/i;

/**
 * Files in /_astro/ of a kind the site never writes there. Astro copies pictures from content into
 * /_astro/ as it reads them, so a document that can carry script (an SVG, HTML or XML file) found
 * there came from content past the content check, and would run on the site's address.
 * @example unexpectedAssets(['/_astro/a.js', '/_astro/peta.B5rY.svg']) // ['/_astro/peta.B5rY.svg']
 */
export function unexpectedAssets(paths: readonly string[]): string[] {
  return paths.filter((path) => path.startsWith('/_astro/') && !BUILT_ASSET.test(path));
}
