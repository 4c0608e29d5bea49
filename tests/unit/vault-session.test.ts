import { describe, expect, it } from 'vitest';
import { blobName, openBlob, sealBlob, sessionKeys } from '../../src/lib/vault/format.ts';
import { importLevelKey } from '../support/vault-reference.ts';
import { unwrapSessionKeys, wrapSessionKeys } from '../../src/lib/vault/session.ts';

const BUILD = 'dGVzdC1idWlsZC0wMDAx';
const PATH = '/internal/rapat/contoh/index.html';
const random = () => importLevelKey(crypto.getRandomValues(new Uint8Array(32)));
/** The keys a terbatas session opens: biasa and terbatas. */
const opened = async () => [await random(), await random()];

describe('stored session keys', () => {
  it('unwrap with their cookie key into keys that name and open what the session keys sealed', async () => {
    const keys = await sessionKeys(await opened(), BUILD, { extractable: true });
    const { wrapped, wrappingKey } = await wrapSessionKeys(keys);
    const restored = await unwrapSessionKeys(wrapped, wrappingKey);
    expect(restored.map((entry) => entry.level)).toEqual(['biasa', 'terbatas']);
    for (const [i, level] of keys.entries()) {
      const again = restored[i] as (typeof restored)[number];
      const sealed = await sealBlob(level, BUILD, PATH, 'text/html', new TextEncoder().encode(`isi ${level.level}`));
      expect(await blobName(again.names, PATH)).toBe(await blobName(level.names, PATH));
      const { body } = await openBlob(again, BUILD, PATH, sealed);
      expect(new TextDecoder().decode(body)).toBe(`isi ${level.level}`);
    }
  });

  it('are useless under any other key', async () => {
    const { wrapped } = await wrapSessionKeys(await sessionKeys(await opened(), BUILD, { extractable: true }));
    const other = (await wrapSessionKeys(await sessionKeys(await opened(), BUILD, { extractable: true }))).wrappingKey;
    await expect(unwrapSessionKeys(wrapped, other)).rejects.toThrow();
  });

  it('come back non-extractable, and only able to decrypt and to name blobs', async () => {
    const { wrapped, wrappingKey } = await wrapSessionKeys(
      await sessionKeys(await opened(), BUILD, { extractable: true }),
    );
    for (const { content, names } of await unwrapSessionKeys(wrapped, wrappingKey)) {
      expect([content.extractable, names.extractable]).toEqual([false, false]);
      expect([content.usages, names.usages]).toEqual([['decrypt'], ['sign']]);
      await expect(crypto.subtle.exportKey('raw', content)).rejects.toThrow();
    }
  });

  it('are derived non-extractable unless asked for wrapping', async () => {
    const keys = await sessionKeys(await opened(), BUILD);
    await expect(wrapSessionKeys(keys)).rejects.toThrow();
  });
});
