import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PUBLIC_PATHS } from '../client/vault-protocol.ts';
import { levelBundle, type Level } from '../lib/internal/search-levels.ts';
import type { BundleFile } from './search.ts';
import { siteFiles } from './site-files.ts';
import {
  BLOB_DIR,
  blobLength,
  blobName,
  blobUrl,
  MAGIC,
  plaintextLength,
  sealBlob,
  toBase64Url,
  type Keyring,
  type SessionKeys,
} from '../lib/vault/format.ts';
import { planVolume } from '../lib/vault/volume.ts';

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

/** Crypto-random order, so that file times and write order do not tell dummies from resources. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** What sealing wrote. */
export interface SealReport {
  /** Resources encrypted. */
  sealed: number;
  /** Dummy blobs added to pad the count. */
  dummies: number;
  /** Bytes of every blob together. */
  bytes: number;
}

/**
 * Encrypts every file of the internal section (pages, attachments) and of each level's internal
 * search bundle (in memory, served at /internal/pagefind/<level>/) into opaque blobs, each padded to the size of
 * its kind, adds dummy blobs so the count of each size is coarse (src/lib/vault/volume.ts),
 * deletes the plaintext, and writes the keyring.
 */
export async function sealInternalSection(
  dist: string,
  internalSearch: ReadonlyMap<Level, readonly BundleFile[]>,
  vault: { keyring: Keyring; keys: SessionKeys },
): Promise<SealReport> {
  const sources: { path: string; length: number; read: () => Promise<Uint8Array>; plaintext?: string }[] = [
    ...(await Promise.all(
      (await siteFiles(dist, 'internal')).map(async ({ file, path }) => ({
        path,
        length: (await stat(file)).size,
        read: () => readFile(file),
        plaintext: file, // deleted once sealed
      })),
    )),
    ...[...internalSearch].flatMap(([level, files]) =>
      files.map(({ path, content }) => ({
        path: `${levelBundle(level)}${path}`,
        length: content.length,
        read: async () => content,
      })),
    ),
  ].filter(({ path }) => !PUBLIC_PATHS.has(path)); // the unlock page, keyring and worker stay public
  const typeOf = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream';
  const plan = planVolume(sources.map(({ path, length }) => ({ path, length: plaintextLength(typeOf(path), length) })));
  const jobs = shuffle<(typeof sources)[number] | number>([...sources, ...plan.dummies]);
  const blobs = join(dist, BLOB_DIR);
  await mkdir(blobs, { recursive: true });
  let bytes = 0;
  // A few files in flight at once: reading, WebCrypto and writing all wait outside this thread.
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++] as (typeof jobs)[number];
      if (typeof job === 'number') {
        // A dummy: the magic, then random bytes as long as a real blob's IV, ciphertext and tag.
        const blob = Buffer.concat([MAGIC, randomBytes(blobLength(job) - MAGIC.length)]);
        await writeFile(join(dist, blobUrl(toBase64Url(randomBytes(32)))), blob);
        bytes += blob.length;
        continue;
      }
      const { path, read, plaintext } = job;
      const size = plan.sizes.get(path) as number; // planned for every source
      const blob = await sealBlob(vault.keys, vault.keyring.buildId, path, typeOf(path), await read(), { size });
      await writeFile(join(dist, blobUrl(await blobName(vault.keys.names, path))), blob);
      bytes += blob.length;
      if (plaintext) await rm(plaintext);
    }
  };
  await Promise.all(Array.from({ length: SEAL_CONCURRENCY }, worker));
  await removeEmptyFolders(join(dist, 'internal'));
  await writeFile(join(dist, 'internal', 'keyring.json'), JSON.stringify(vault.keyring, null, 2));
  return { sealed: sources.length, dummies: plan.dummies.length, bytes };
}
