import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PUBLIC_PATHS } from '../client/vault-protocol.ts';
import type { BundleFile } from './search.ts';
import { siteFiles } from './site-files.ts';
import { BLOB_DIR, blobName, blobUrl, sealBlob, type Keyring, type SessionKeys } from '../lib/vault/format.ts';

/** Types of the files sealed, by extension; anything else (SVG included) is an opaque download. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
};

/** Files encrypted at once. */
const SEAL_CONCURRENCY = 8;

/** Removes folders left empty once their files were encrypted, deepest first. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyFolders(join(dir, entry.name));
  if ((await readdir(dir)).length === 0) await rmdir(dir);
}

/**
 * Encrypts every file of the internal section (pages, attachments) and of the internal search
 * bundle (in memory, served at /internal/pagefind/) into opaque blobs, deletes the plaintext, and
 * writes the keyring. Returns the count.
 */
export async function sealInternalSection(
  dist: string,
  internalSearch: readonly BundleFile[],
  vault: { keyring: Keyring; keys: SessionKeys },
): Promise<number> {
  const sources: { path: string; read: () => Promise<Uint8Array>; plaintext?: string }[] = [
    ...(await siteFiles(dist, 'internal')).map(({ file, path }) => ({
      path,
      read: () => readFile(file),
      plaintext: file, // deleted once sealed
    })),
    ...internalSearch.map(({ path, content }) => ({ path: `/internal/pagefind/${path}`, read: async () => content })),
  ].filter(({ path }) => !PUBLIC_PATHS.has(path)); // the unlock page, keyring and worker stay public
  const blobs = join(dist, BLOB_DIR);
  await mkdir(blobs, { recursive: true });
  // A few files in flight at once: reading, WebCrypto and writing all wait outside this thread.
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const { path, read, plaintext } = sources[next++] as (typeof sources)[number];
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const blob = await sealBlob(vault.keys, vault.keyring.buildId, path, type, await read());
      await writeFile(join(dist, blobUrl(await blobName(vault.keys.names, path))), blob);
      if (plaintext) await rm(plaintext);
    }
  };
  await Promise.all(Array.from({ length: SEAL_CONCURRENCY }, worker));
  await removeEmptyFolders(join(dist, 'internal'));
  await writeFile(join(dist, 'internal', 'keyring.json'), JSON.stringify(vault.keyring, null, 2));
  return sources.length;
}
