import { describe, expect, it } from 'vitest';
import { blobName, importMaster, openBlob, sealBlob, sessionKeys } from '../../src/lib/vault/format.ts';
import { unwrapSessionKeys, wrapSessionKeys } from '../../src/lib/vault/session.ts';

const BUILD = 'dGVzdC1idWlsZC0wMDAx';
const PATH = '/internal/rapat/contoh/index.html';
const master = () => importMaster(crypto.getRandomValues(new Uint8Array(32)));

describe('stored session keys', () => {
  it('unwrap with their cookie key into keys that name and open what the session keys sealed', async () => {
    const root = await master();
    const keys = await sessionKeys(root, BUILD, { extractable: true });
    const { wrapped, wrappingKey } = await wrapSessionKeys(keys);
    const restored = await unwrapSessionKeys(wrapped, wrappingKey);
    const sealed = await sealBlob(keys, BUILD, PATH, 'text/html', new TextEncoder().encode('isi rapat'));
    expect(await blobName(restored.names, PATH)).toBe(await blobName(keys.names, PATH));
    const { body } = await openBlob(restored, BUILD, PATH, sealed);
    expect(new TextDecoder().decode(body)).toBe('isi rapat');
  });

  it('are useless under any other key', async () => {
    const { wrapped } = await wrapSessionKeys(await sessionKeys(await master(), BUILD, { extractable: true }));
    const other = (await wrapSessionKeys(await sessionKeys(await master(), BUILD, { extractable: true }))).wrappingKey;
    await expect(unwrapSessionKeys(wrapped, other)).rejects.toThrow();
  });

  it('come back non-extractable, and only able to decrypt and to name blobs', async () => {
    const { wrapped, wrappingKey } = await wrapSessionKeys(
      await sessionKeys(await master(), BUILD, { extractable: true }),
    );
    const { content, names } = await unwrapSessionKeys(wrapped, wrappingKey);
    expect([content.extractable, names.extractable]).toEqual([false, false]);
    expect([content.usages, names.usages]).toEqual([['decrypt'], ['sign']]);
    await expect(crypto.subtle.exportKey('raw', content)).rejects.toThrow();
  });

  it('are derived non-extractable unless asked for wrapping', async () => {
    const keys = await sessionKeys(await master(), BUILD);
    await expect(wrapSessionKeys(keys)).rejects.toThrow();
  });
});
