import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ContentSet } from '../lib/content/load.ts';
import { isLevel, LEVELS, TOP_LEVEL, type Level } from '../lib/levels.ts';
import type { PageRefs } from '../lib/links.ts';
import { BLOB_DIR } from '../lib/vault/format.ts';
import { createScanner, internalNeedles, levelNeedles, type Leak, type Secret } from '../lib/vault/leaks.ts';
import type { Withheld } from './internal-assets.ts';
import { eachInSlices } from '../lib/slices.ts';
import { siteFiles } from './site-files.ts';

/** The scan of a built site, which may start before the last file is written. */
export interface LeakScan {
  /** Scans the files that exist now and that `only` accepts (all when omitted). */
  scan(only?: (path: string) => boolean): Promise<void>;
  /** Scans every public file not scanned yet or changed since, and returns the leaks of every file there now. */
  finish(): Promise<Leak[]>;
}

/**
 * Prepares the scan of the names and contents of every public file of `dist` for internal-only
 * text, for the build's passwords (`secrets`) and for the bytes of the pictures taken off the
 * public site (`withheld`). Files are read one at a time (the public site is never held in memory
 * whole), with gzip undone as a browser reads Pagefind's files; ciphertext under the blob folder
 * is skipped.
 */
export function leakScan(
  dist: string,
  content: ContentSet,
  now: Date,
  secrets: readonly Secret[] = [],
  withheld: readonly Withheld[] = [],
): LeakScan {
  const sought = withheld.filter((asset) => !asset.alsoPublic);
  const digests = new Map(sought.map((asset) => [asset.sha256, asset]));
  const sizes = new Set(sought.map((asset) => asset.size)); // most files need no hashing at all
  /** A public file that is, byte for byte, a picture only internal pages may show. */
  const copyOfWithheld = (path: string, bytes: Uint8Array): Leak[] => {
    if (!sizes.has(bytes.length)) return [];
    const asset = digests.get(createHash('sha256').update(bytes).digest('hex'));
    if (!asset) return [];
    const why = asset.fate === 'sealed' ? 'shown by internal pages only' : 'shown by no page';
    return [{ file: path, needle: { text: '', source: `${asset.path} (${why})` }, inName: false, whole: true }];
  };
  let find: ReturnType<typeof createScanner> | undefined; // built on first use, after the listing's wait
  /** Public path → identity of the file as scanned, when its pass began, and what was found in it. */
  const scanned = new Map<string, { stamp: string; since: number; leaks: Leak[] }>();
  const scan = async (only?: (path: string) => boolean): Promise<Set<string>> => {
    const since = Date.now();
    const present = new Set<string>();
    const files = siteFiles(dist);
    const scanner = (find ??= createScanner(internalNeedles(content, now), secrets));
    const queue = files.filter(({ path }) => !path.startsWith(BLOB_DIR) && (!only || only(path)));
    const scanFile = ({ file, path }: (typeof queue)[number]) => {
      present.add(path);
      const { size, mtimeMs, ctimeMs, ino } = statSync(file);
      const stamp = `${ino}:${size}:${mtimeMs}:${ctimeMs}`;
      const earlier = scanned.get(path);
      // Unchanged since an earlier pass: same identity, and written well before that pass began
      // (a file system that keeps times to the second could hide a rewrite in the same second).
      if (earlier?.stamp === stamp && Math.max(mtimeMs, ctimeMs) < earlier.since - 2000) return;
      const bytes = readFileSync(file);
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      const leaks = [...scanner(path, plain.toString('utf8')), ...copyOfWithheld(path, plain)];
      scanned.set(path, { stamp, since, leaks });
    };
    await eachInSlices(queue, scanFile);
    return present;
  };
  return {
    scan: async (only) => void (await scan(only)),
    finish: async () => {
      const present = await scan();
      return [...scanned].filter(([path]) => present.has(path)).flatMap(([, { leaks }]) => leaks);
    },
  };
}

/** Scans the names and contents of every public file of `dist` for internal-only text, the passwords and withheld pictures. */
export const scanForLeaks = (
  dist: string,
  content: ContentSet,
  now: Date,
  secrets: readonly Secret[] = [],
  withheld: readonly Withheld[] = [],
): Promise<Leak[]> => leakScan(dist, content, now, secrets, withheld).finish();

/**
 * Scans every internal page below the top level (its `data-level`, as the vault seals it) for text
 * of the records above that level, which its readers would read: a `biasa` minutes quoting or
 * naming a `rahasia` meeting, or a page that shows more than its level.
 */
export async function levelLeakScan(
  dist: string,
  pages: ReadonlyMap<string, PageRefs>,
  content: ContentSet,
  now: Date,
): Promise<Leak[]> {
  // A level with no record above it (the top, or any level when nothing lies above) is not read.
  const scanners = new Map<Level, ReturnType<typeof createScanner>>();
  for (const level of LEVELS) {
    const needles = level === TOP_LEVEL ? [] : levelNeedles(content, now, level);
    if (needles.length > 0) scanners.set(level, createScanner(needles));
  }
  const queue = [...pages].flatMap(([path, { level }]) => {
    const scanner = path.startsWith('/internal/') && isLevel(level) ? scanners.get(level) : undefined;
    return scanner ? [{ path, scanner }] : [];
  });
  const leaks: Leak[] = [];
  await eachInSlices(queue, ({ path, scanner }) =>
    leaks.push(...scanner(path, readFileSync(join(dist, path), 'utf8'))),
  );
  return leaks;
}

/** The leak report: one line per hit, naming the public file and the internal source. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (leak) =>
        `${leak.file}${leak.inName ? ' (file name)' : ''}: ${leak.whole ? 'is a copy of' : 'contains internal text from'} ${leak.needle.source}`,
    )
    .join('\n');
}
