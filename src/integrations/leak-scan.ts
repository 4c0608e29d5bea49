import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ContentSet } from '../lib/content/load.ts';
import { BLOB_DIR } from '../lib/vault/format.ts';
import { createScanner, internalNeedles, type Leak } from '../lib/vault/leaks.ts';

/** Every public file of a built site as text (gzip undone, as a browser reads Pagefind's files), one at a time. */
async function* publicFiles(dist: string): AsyncGenerator<{ path: string; text: string }> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    if (path.startsWith(BLOB_DIR)) continue; // ciphertext
    const bytes = await readFile(file);
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    yield { path, text: plain.toString('utf8') };
  }
}

/** Scans the names and contents of every public file of `dist` for internal-only text. */
export async function scanForLeaks(dist: string, content: ContentSet, now: Date): Promise<Leak[]> {
  const scan = createScanner(internalNeedles(content, now));
  const leaks: Leak[] = [];
  // File by file, so the public site is never held in memory whole.
  for await (const { path, text } of publicFiles(dist)) leaks.push(...scan(path, text));
  return leaks;
}

/** The leak report: one line per hit, naming the public file and the internal source. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (leak) => `${leak.file}${leak.inName ? ' (file name)' : ''}: contains internal text from ${leak.needle.source}`,
    )
    .join('\n');
}
