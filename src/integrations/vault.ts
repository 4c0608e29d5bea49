import { randomBytes, randomInt } from 'node:crypto';
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { PUBLIC_PATHS } from '../client/vault-protocol.ts';
import { levelBundle } from '../lib/internal/search-levels.ts';
import type { Level } from '../lib/levels.ts';
import type { PageRefs } from '../lib/links.ts';
import { placeInternalFiles } from '../lib/vault/levels.ts';
import type { BundleFile } from './search.ts';
import { siteFiles } from './site-files.ts';
import {
  BLOB_DIR,
  blobLength,
  blobUrl,
  MAGIC,
  plaintextLength,
  toBase64Url,
  type Keyring,
} from '../lib/vault/format.ts';
import type { LevelSealer } from '../lib/vault/build-seal.ts';
import { planVolume } from '../lib/vault/volume.ts';
import { eachInSlices } from '../lib/slices.ts';

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

/** Removes the folders under `dir` left empty once their files were encrypted, deepest first. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
  const depth = (folder: string) => folder.split(sep).length;
  await eachInSlices(
    folders.sort((a, b) => depth(b) - depth(a)),
    (folder) => {
      try {
        rmdirSync(folder);
      } catch (error) {
        // A folder that still holds a file (the unlock page, the blobs) stays.
        const { code } = error as NodeJS.ErrnoException;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      }
    },
  );
}

/**
 * Writes a blob given in pieces, without joining them first. libuv writes them all or reports a
 * short count (then dropping the error that cut it short, such as a full disk); the rest is then
 * written plainly, which throws that error.
 */
export function writeBlob(file: string, pieces: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
    let at = writevSync(fd, pieces);
    if (at === length) return;
    const blob = Buffer.concat(pieces);
    while (at < length) {
      const written = writeSync(fd, blob, at);
      if (written === 0) throw new Error(`${file}: ${at} of ${length} bytes written`);
      at += written;
    }
  } finally {
    closeSync(fd);
  }
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

/** One file to seal: where it comes from, and the level and address it is sealed at. */
interface Source {
  /** Unique among the sources, and of the file's kind for the volume plan: a file's own path. */
  id: string;
  level: Level;
  /** The address it is served at, bound into the ciphertext and named by the level's names key. */
  path: string;
  length: number;
  read: () => Uint8Array;
  /** The plaintext file, deleted once sealed. */
  plaintext?: string;
}

/**
 * Encrypts every file of the internal section (pages, attachments, pictures) and of each level's
 * search bundle (in memory, served at /internal/pagefind/<level>/) into opaque blobs under the
 * keys of its level (src/lib/vault/levels.ts: a record at its class, an overview's variants each at
 * its level), each padded to the size of its kind, adds dummy blobs so the count of each size is
 * coarse (src/lib/vault/volume.ts), deletes the plaintext, and writes the keyring. Refuses a page
 * that links to a record above its own level.
 * @param pages links and levels of every page, read before the build changed any
 * @param origins the site's own origins, on which a full address is a link to the site
 */
export async function sealInternalSection(
  dist: string,
  internalSearch: ReadonlyMap<Level, readonly BundleFile[]>,
  vault: { keyring: Keyring; sealers: ReadonlyMap<Level, LevelSealer> },
  pages: ReadonlyMap<string, PageRefs>,
  origins: readonly string[],
): Promise<SealReport> {
  const files = siteFiles(dist, 'internal').filter(({ path }) => !PUBLIC_PATHS.has(path)); // the unlock page, keyring and worker stay public
  const { placements, above } = placeInternalFiles(
    files.map(({ path }) => path),
    pages,
    origins,
  );
  if (above.length > 0)
    throw new Error(
      `internal pages name records above their own level, which their readers may not know of; remove the link or raise the page's classification:\n${above
        .map((link) => `${link.page} (${link.pageLevel}) links to ${link.target} (${link.targetLevel})`)
        .join('\n')}`,
    );
  const sources: Source[] = [
    ...files.map(({ file, path }) => ({
      id: path,
      ...(placements.get(path) as { level: Level; path: string }), // placed above, every one
      length: statSync(file).size,
      read: () => readFileSync(file),
      plaintext: file,
    })),
    ...[...internalSearch].flatMap(([level, bundle]) =>
      bundle.map(({ path, content }) => ({
        id: `${levelBundle(level)}${path}`,
        level,
        path: `${levelBundle(level)}${path}`,
        length: content.length,
        read: () => content,
      })),
    ),
  ];
  const typeOf = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream';
  const plan = planVolume(
    sources.map(({ id, path, length }) => ({ path: id, length: plaintextLength(typeOf(path), length) })),
  );
  const jobs = shuffle<Source | number>([...sources, ...plan.dummies]);
  const blobs = join(dist, BLOB_DIR);
  await mkdir(blobs, { recursive: true });
  let bytes = 0;
  await eachInSlices(jobs, (job) => {
    if (typeof job === 'number') {
      // A dummy: the magic, then random bytes as long as a real blob's IV, ciphertext and tag.
      writeBlob(join(dist, blobUrl(toBase64Url(randomBytes(32)))), [
        MAGIC,
        randomBytes(blobLength(job) - MAGIC.length),
      ]);
      bytes += blobLength(job);
      return;
    }
    const { id, level, path, read, plaintext } = job;
    const size = plan.sizes.get(id) as number; // planned for every source
    const sealer = vault.sealers.get(level) as LevelSealer; // the vault has every level's sealer
    writeBlob(join(dist, blobUrl(sealer.name(path))), sealer.seal(path, typeOf(path), read(), size));
    bytes += blobLength(size);
    if (plaintext) rmSync(plaintext);
  });
  await removeEmptyFolders(join(dist, 'internal'));
  await writeFile(join(dist, 'internal', 'keyring.json'), JSON.stringify(vault.keyring, null, 2));
  return { sealed: sources.length, dummies: plan.dummies.length, bytes };
}
