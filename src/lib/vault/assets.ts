// Which built assets (pictures made from content) may stay public, go into the vault, or go away.

/** Where Astro writes the assets it builds: pictures, scripts and styles. */
export const ASSET_DIR = '/_astro/';
/** Where assets seen by internal pages only are served from, inside the service worker's scope. */
export const SEALED_ASSET_DIR = '/internal/_astro/';

/** Scripts and styles come from the site's code, never from content, and import each other by paths no rewrite sees. */
const CODE = /\.(?:m?js|css|map)$/i;

/** Whether an asset is the site's own code (stays public) rather than a file made from content. */
export const isCode = (name: string): boolean => CODE.test(name);

const ASSET_REF = /\/_astro\/([^"'\s<>()\\,]+)/g;

/** The asset name a mention refers to: without query or fragment, percent-decoded. */
function mentionedName(raw: string): string {
  const name = raw.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // not percent-encoding after all
  }
}

/**
 * The asset names (as in `/_astro/<name>`) that a text mentions anywhere: attributes, srcset,
 * `og:image`, JSON-LD, CSS `url()`. Mentions are over-counted on purpose: a file mentioned in
 * passing stays where it is.
 */
export function assetRefs(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(ASSET_REF), ([, raw = '']) => mentionedName(raw)))];
}

/** What becomes of the content-made assets of a build. */
export interface AssetFates {
  /** Mentioned by internal pages only: moved under SEALED_ASSET_DIR and encrypted. */
  seal: string[];
  /** Mentioned by no page at all (pictures of drafts and embargoed releases): deleted. */
  remove: string[];
}

/**
 * Decides, for every asset name in `assets`, whether it stays public (some public file mentions
 * it, or it is code), goes into the vault (only pages that will be encrypted mention it), or is
 * removed (nothing mentions it).
 */
export function assetFates(
  assets: readonly string[],
  publicRefs: ReadonlySet<string>,
  internalRefs: ReadonlySet<string>,
): AssetFates {
  const fates: AssetFates = { seal: [], remove: [] };
  for (const name of assets) {
    if (isCode(name) || publicRefs.has(name)) continue;
    (internalRefs.has(name) ? fates.seal : fates.remove).push(name);
  }
  return fates;
}

/** Points an internal page's mentions of the sealed assets at their place in the vault. */
export function rewriteAssetRefs(html: string, sealed: ReadonlySet<string>): string {
  return html.replace(ASSET_REF, (mention, raw: string) =>
    sealed.has(mentionedName(raw)) ? `${SEALED_ASSET_DIR}${raw}` : mention,
  );
}
