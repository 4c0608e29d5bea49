import type * as Fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeBlob } from '../../src/integrations/vault.ts';

/** How the file system answers in a test: a write of the pieces cut short, then a full disk. */
const disk = vi.hoisted(() => ({ shortBy: 0, full: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof Fs>();
  return {
    ...fs,
    // libuv reports a write cut short by an error as a short count, and drops the error.
    writevSync: (fd: number, pieces: readonly NodeJS.ArrayBufferView[]) => {
      if (disk.shortBy === 0) return fs.writevSync(fd, pieces);
      const whole = Buffer.concat(
        pieces.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength)),
      );
      return fs.writeSync(fd, whole, 0, whole.length - disk.shortBy);
    },
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return fs.writeSync(...args);
    },
  };
});

const folder = mkdtempSync(join(tmpdir(), 'warta-blob-'));
afterEach(() => Object.assign(disk, { shortBy: 0, full: false }));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pieces = [Buffer.from('WRT2'), Buffer.alloc(12, 1), Buffer.from('sandi terenkripsi'), Buffer.alloc(16, 2)];

describe('writeBlob', () => {
  it('writes the pieces in order, as one blob', () => {
    const file = join(folder, 'a.bin');
    writeBlob(file, pieces);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('finishes a write the system cut short', () => {
    disk.shortBy = 10;
    const file = join(folder, 'b.bin');
    writeBlob(file, pieces);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('fails with the error that cut the write short (a full disk), not with a count', () => {
    Object.assign(disk, { shortBy: 10, full: true });
    expect(() => writeBlob(join(folder, 'c.bin'), pieces)).toThrow(/ENOSPC/);
  });
});
