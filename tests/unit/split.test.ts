import type * as Fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyPublicSearch } from '../../src/integrations/split.ts';

/** The error code `link` fails with in a test that sets one, as a file system without hard links answers. */
const refusal = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof Fs>();
  return {
    ...fs,
    linkSync: (from: string, to: string) => {
      if (refusal.code)
        throw Object.assign(new Error(`${refusal.code}: link '${from}' -> '${to}'`), { code: refusal.code });
      fs.linkSync(from, to);
    },
  };
});

const BUNDLE = {
  'pagefind.js': 'export const search = () => [];',
  'pagefind-entry.json': '{"languages":{"id":{"page_count":2}}}',
  'fragment/id_1.pf_fragment': 'one',
  'index/id_2.pf_index': 'two',
};

/** A file system in memory (tmpfs), other than the temporary folder's on most machines. */
const memory = statSync('/dev/shm', { throwIfNoEntry: false });
let roots: string[] = [];
/** A site folder under `base` with a public search bundle. */
function publicSite(base: string): string {
  const dist = mkdtempSync(join(base, 'warta-split-'));
  roots.push(dist);
  for (const [path, text] of Object.entries(BUNDLE)) {
    mkdirSync(join(dist, 'pagefind', path, '..'), { recursive: true });
    writeFileSync(join(dist, 'pagefind', path), text);
  }
  return dist;
}
function internalSite(base: string): string {
  const internal = mkdtempSync(join(base, 'warta-split-internal-'));
  roots.push(internal);
  mkdirSync(join(internal, 'pagefind')); // as splitSite leaves it
  return internal;
}

beforeEach(() => {
  roots = [];
  refusal.code = undefined;
});
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('copyPublicSearch', () => {
  it('gives the internal site every file of the public bundle, linked to the bytes the leak scan read', async () => {
    const dist = publicSite(tmpdir());
    const internal = internalSite(tmpdir());
    await copyPublicSearch(dist, internal);
    for (const [path, text] of Object.entries(BUNDLE)) {
      expect(readFileSync(join(internal, 'pagefind', path), 'utf8')).toBe(text);
      // The same file, not a copy made later: one inode, two names.
      expect(statSync(join(internal, 'pagefind', path)).ino).toBe(statSync(join(dist, 'pagefind', path)).ino);
    }
  });

  it.skipIf(!memory || memory.dev === statSync(tmpdir()).dev)(
    'copies the files when the internal site is on another file system, where no link can reach',
    async () => {
      const dist = publicSite(tmpdir());
      const internal = internalSite('/dev/shm');
      await copyPublicSearch(dist, internal);
      for (const [path, text] of Object.entries(BUNDLE))
        expect(readFileSync(join(internal, 'pagefind', path), 'utf8')).toBe(text);
    },
  );

  // Node on Windows reports exFAT's "no hard links" (ERROR_INVALID_FUNCTION) as EISDIR; some FUSE
  // and network file systems answer ENOSYS: a build on a USB stick must still get its copy.
  it.each(['EISDIR', 'ENOSYS', 'EMLINK'])(
    'copies the files when the file system refuses a link with %s',
    async (code) => {
      refusal.code = code;
      const dist = publicSite(tmpdir());
      const internal = internalSite(tmpdir());
      await copyPublicSearch(dist, internal);
      for (const [path, text] of Object.entries(BUNDLE)) {
        expect(readFileSync(join(internal, 'pagefind', path), 'utf8')).toBe(text);
        // A copy, not a link: the refusal reached the code under test.
        expect(statSync(join(internal, 'pagefind', path)).ino).not.toBe(statSync(join(dist, 'pagefind', path)).ino);
      }
    },
  );
});
