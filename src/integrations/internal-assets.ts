import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PUBLIC_PATHS, SW_SCOPE } from '../client/vault-protocol.ts';
import { PUBLIC_BUNDLE } from '../lib/internal/search-levels.ts';
import { pageRefs, type PageRefs } from '../lib/links.ts';
import { ASSET_DIR, assetFates, assetRefs, isCode, rewriteAssetRefs, SEALED_ASSET_DIR } from '../lib/vault/assets.ts';
import { siteFiles } from './site-files.ts';

/** A built asset taken off the public site, and its bytes' digest for the leak scan. */
export interface Withheld {
  /** Where Astro wrote it, e.g. "/_astro/foto.Ab12.webp". */
  path: string;
  /** Hex SHA-256 of its bytes: no public file may have them. */
  sha256: string;
  /** Its length in bytes, so that the leak scan hashes only files of a withheld length. */
  size: number;
  /** "sealed": moved into the vault for the internal pages that show it; "removed": shown by no page. */
  fate: 'sealed' | 'removed';
  /** Whether a picture that stays public has the same bytes (the same image, built from another file). */
  alsoPublic: boolean;
}

/** Files other than pages that may mention an asset: stylesheets, scripts, feeds, manifests. */
const TEXT = /\.(?:css|m?js|json|xml|txt|webmanifest)$/i;

/** Whether a file will be encrypted by the vault (the unlock page, keyring and worker stay public). */
const sealed = (path: string) => path.startsWith(SW_SCOPE) && !PUBLIC_PATHS.has(path);

/**
 * Takes every picture that Astro built from content off the public asset folder unless a public
 * file mentions it: one that only internal pages show moves to SEALED_ASSET_DIR (encrypted with
 * the pages; their mentions are rewritten, and their entries in `pages` updated), one that no page
 * shows (a draft's) is deleted. The site's scripts and styles stay.
 */
export async function withholdInternalAssets(dist: string, pages: Map<string, PageRefs>): Promise<Withheld[]> {
  const assets = await readdir(join(dist, ASSET_DIR)).catch(() => []);
  const publicRefs = new Set<string>();
  const internalRefs = new Set<string>();
  const note = (path: string, names: readonly string[]) => {
    for (const name of names) (sealed(path) ? internalRefs : publicRefs).add(name);
  };
  for (const [path, refs] of pages) note(path, refs.assets);
  for (const { file, path } of siteFiles(dist)) {
    // Not the public search bundle, which Pagefind may be writing meanwhile: it holds the public
    // pages' text, read above as the pages.
    if (TEXT.test(path) && !path.startsWith(PUBLIC_BUNDLE)) note(path, assetRefs(await readFile(file, 'utf8')));
  }
  const fates = assetFates(assets, publicRefs, internalRefs);

  const digest = async (name: string) => {
    const bytes = await readFile(join(dist, ASSET_DIR, name));
    return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  };
  const taken = new Set([...fates.seal, ...fates.remove]);
  const publicDigests = new Set<string>();
  if (taken.size > 0) {
    for (const name of assets) if (!taken.has(name) && !isCode(name)) publicDigests.add((await digest(name)).sha256);
  }
  const withheld: Withheld[] = [];
  const take = async (name: string, fate: Withheld['fate']) => {
    const { sha256, size } = await digest(name);
    withheld.push({ path: ASSET_DIR + name, sha256, size, fate, alsoPublic: publicDigests.has(sha256) });
    const file = join(dist, ASSET_DIR, name);
    await (fate === 'sealed' ? rename(file, join(dist, SEALED_ASSET_DIR, name)) : rm(file));
  };
  if (fates.seal.length > 0) await mkdir(join(dist, SEALED_ASSET_DIR), { recursive: true });
  for (const name of fates.seal) await take(name, 'sealed');
  for (const name of fates.remove) await take(name, 'removed');

  const moved = new Set(fates.seal);
  for (const [path, refs] of pages) {
    if (!sealed(path) || !refs.assets.some((name) => moved.has(name))) continue;
    const html = rewriteAssetRefs(await readFile(join(dist, path), 'utf8'), moved);
    await writeFile(join(dist, path), html);
    pages.set(path, pageRefs(html)); // the link check then follows the new addresses
  }
  return withheld;
}
