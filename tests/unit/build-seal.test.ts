import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { levelKeys, openBlob, plaintextLength } from '../../src/lib/vault/format.ts';
import { importLevelKey } from '../support/vault-reference.ts';
import { levelSealer } from '../../src/lib/vault/build-seal.ts';

/** Every key HKDF hands the build's sealer, as the bytes it returned. */
const derived = vi.hoisted(() => [] as ArrayBuffer[]);
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof NodeCrypto>();
  return {
    ...crypto,
    hkdfSync: (...args: Parameters<typeof crypto.hkdfSync>) => {
      const bytes = crypto.hkdfSync(...args);
      derived.push(bytes);
      return bytes;
    },
  };
});

describe("the build's sealer", () => {
  it('wipes the bytes of the keys it derives, keeping them only in its key objects, and still seals what the browser opens', async () => {
    const levelKey = new Uint8Array(32).fill(7);
    const buildId = 'dGVzdC1idWlsZC13aXBl';
    const sealer = levelSealer(levelKey, buildId, 'rahasia');
    expect(derived).toHaveLength(2); // the content key and the names key
    for (const bytes of derived) expect(new Uint8Array(bytes).every((byte) => byte === 0)).toBe(true);

    const body = Buffer.from('notulen rapat uji');
    const path = '/internal/rapat/uji/index.html';
    const blob = Buffer.concat(sealer.seal(path, 'text/html', body, plaintextLength('text/html', body.length) + 9));
    const keys = await levelKeys(await importLevelKey(levelKey), buildId, 'rahasia');
    const opened = await openBlob(keys, buildId, path, new Uint8Array(blob));
    expect(Buffer.from(opened.body).toString()).toBe('notulen rapat uji');
  });
});
