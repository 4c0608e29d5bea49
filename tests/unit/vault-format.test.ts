import { createCipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  assertKeyring,
  blobName,
  canonicalPath,
  KeyringError,
  openBlob,
  openSlot,
  plaintextLength,
  sealBlob,
  sessionKeys,
  toBase64Url,
  type Keyring,
} from '../../src/lib/vault/format.ts';
import { createVault } from '../../src/lib/vault/seal.ts';
import { must } from '../support/must.ts';
import { derivedKeys, masterKey, referenceBlobName, referenceOpenBlob } from '../support/vault-reference.ts';

// The test vectors of docs/vault-format.md.
const seq = (start: number, length: number) => Buffer.from(Array.from({ length }, (_, i) => start + i));
const VECTOR = {
  password: 'kata sandi contoh Warta 2024',
  iterations: 600_000,
  salt: seq(0x00, 16),
  slotIv: seq(0x10, 12),
  master: seq(0x20, 32),
  buildId: 'dGVzdC1idWlsZC0wMDAx',
  path: '/internal/rapat/contoh/index.html',
  type: 'text/html; charset=utf-8',
  body: Buffer.from('<h1>Contoh</h1>'),
  blobIv: seq(0x40, 12),
};
const EXPECTED = {
  passwordKey: '63ce14a639a64e0471a9e0f38cebbd44b66da32950d5d896cf17aa833ef5abc1',
  wrappedKey: 'r2RwTqV_jekJizZAiJRY4zVxMdqlrsBjWpLfRhz-s0TpKDG9NgC7cLfH7ufFt031',
  contentKey: 'f9436f6f878103a659a4f9243137b987a2d489e5dd166e5a9389646e467b4fbf',
  namesKey: '3a3432cace05398fd8b5cf6a17d7e3e3d81ba17da48a96e1c76073fd5d5a71fe',
  name: 'cH5gLWXrOHQqbrzppIBbRv3l5qUpuwc8v1c9FbbKBzc',
  blobLength: 1056,
  blobSha256: '01943938a2f3f786ff4c1df75d4b9aa34a795cc9849eb6d6eb25f4bb0bf36951',
};
const keyring: Keyring = {
  format: 'warta-vault',
  version: 1,
  buildId: VECTOR.buildId,
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: VECTOR.iterations },
  slots: [
    {
      salt: VECTOR.salt.toString('base64url'),
      iv: VECTOR.slotIv.toString('base64url'),
      wrappedKey: EXPECTED.wrappedKey,
    },
  ],
};

const SLOT = must(keyring.slots[0], 'the vector slot');
const derivedContentKey = await crypto.subtle.importKey(
  'raw',
  Buffer.from(EXPECTED.contentKey, 'hex'),
  'AES-GCM',
  false,
  ['encrypt', 'decrypt'],
);

describe('docs/vault-format.md, implemented with Node crypto from the document alone', () => {
  it('derives the password key and wraps the master key as the vectors say', () => {
    const key = pbkdf2Sync(VECTOR.password, VECTOR.salt, VECTOR.iterations, 32, 'sha256');
    expect(key.toString('hex')).toBe(EXPECTED.passwordKey);
    const cipher = createCipheriv('aes-256-gcm', key, VECTOR.slotIv);
    cipher.setAAD(Buffer.from(`warta-vault/v1/slot|${VECTOR.buildId}`));
    const wrapped = Buffer.concat([cipher.update(VECTOR.master), cipher.final(), cipher.getAuthTag()]);
    expect(wrapped.toString('base64url')).toBe(EXPECTED.wrappedKey);
  });

  it('opens the vector keyring and derives the content and names keys', () => {
    const master = masterKey(keyring, VECTOR.password);
    expect(master.equals(VECTOR.master)).toBe(true);
    const keys = derivedKeys(master, VECTOR.buildId);
    expect(keys.content.toString('hex')).toBe(EXPECTED.contentKey);
    expect(keys.names.toString('hex')).toBe(EXPECTED.namesKey);
    expect(referenceBlobName(keys.names, VECTOR.path)).toBe(EXPECTED.name);
  });

  it('refuses a wrong password', () => {
    expect(() => masterKey(keyring, 'kata sandi contoh Warta 2025')).toThrow('no slot opens');
  });
});

describe('the browser code (src/lib/vault/format.ts) agrees with the vectors', () => {
  it('unwraps the master key and names blobs as the document says', async () => {
    const master = await openSlot(keyring, SLOT, VECTOR.password);
    const keys = await sessionKeys(master, VECTOR.buildId);
    expect(await blobName(keys.names, VECTOR.path)).toBe(EXPECTED.name);
    expect(master.extractable).toBe(false);
    expect(keys.content.extractable).toBe(false);
    expect(keys.names.extractable).toBe(false);
  });

  it('seals the vector blob byte for byte, and the reference implementation opens it', async () => {
    const keys = await sessionKeys(await openSlot(keyring, SLOT, VECTOR.password), VECTOR.buildId);
    const blob = await sealBlob(keys, VECTOR.buildId, VECTOR.path, VECTOR.type, VECTOR.body, {
      iv: new Uint8Array(VECTOR.blobIv),
    });
    expect(blob.length).toBe(EXPECTED.blobLength);
    expect(createHash('sha256').update(blob).digest('hex')).toBe(EXPECTED.blobSha256);
    const opened = referenceOpenBlob(
      Buffer.from(EXPECTED.contentKey, 'hex'),
      VECTOR.buildId,
      VECTOR.path,
      Buffer.from(blob),
    );
    expect(opened).toEqual({ type: VECTOR.type, body: VECTOR.body });
  });

  it('rejects a wrong password, a tampered blob, another path and another build', async () => {
    await expect(openSlot(keyring, SLOT, 'salah')).rejects.toThrow();
    const keys = await sessionKeys(await openSlot(keyring, SLOT, VECTOR.password), VECTOR.buildId);
    const blob = await sealBlob(keys, VECTOR.buildId, VECTOR.path, VECTOR.type, VECTOR.body);
    await expect(openBlob(keys, VECTOR.buildId, VECTOR.path, blob)).resolves.toMatchObject({ type: VECTOR.type });
    const tampered = blob.slice();
    tampered[40] = (tampered[40] ?? 0) ^ 1;
    await expect(openBlob(keys, VECTOR.buildId, VECTOR.path, tampered)).rejects.toThrow();
    await expect(openBlob(keys, VECTOR.buildId, '/internal/rapat/lain/index.html', blob)).rejects.toThrow();
    await expect(openBlob(keys, 'build-lain', VECTOR.path, blob)).rejects.toThrow();
  });
});

describe('assertKeyring', () => {
  const slot = must(keyring.slots[0], 'the vector slot');
  const withKdf = (kdf: object) => ({ ...keyring, kdf: { ...keyring.kdf, ...kdf } });
  const withSlot = (changes: object) => ({ ...keyring, slots: [{ ...slot, ...changes }] });
  const bytes = (length: number) => toBase64Url(new Uint8Array(length));

  it("accepts the vector keyring, a published label, salts from 16 to 64 bytes, and 64 slots at the build's iterations", () => {
    expect(() => assertKeyring(keyring)).not.toThrow();
    expect(() => assertKeyring(withSlot({ label: 'imigrasi' }))).not.toThrow();
    expect(() => assertKeyring({ ...withKdf({ iterations: 600_000 }), slots: Array(64).fill(slot) })).not.toThrow();
    for (const length of [16, 32, 64]) expect(() => assertKeyring(withSlot({ salt: bytes(length) }))).not.toThrow();
  });

  it.each([
    ['another format', { ...keyring, version: 2 }, 'unsupported keyring format'],
    ['another key derivation', withKdf({ name: 'scrypt' }), 'unsupported key derivation'],
    ['another hash', withKdf({ hash: 'SHA-1' }), 'unsupported key derivation'],
    ['fewer than 600 000 iterations', withKdf({ iterations: 100_000 }), 'below 600000 iterations'],
    ['iterations that are not a number', withKdf({ iterations: '600000' }), 'not a whole number'],
    ['iterations beyond any whole number', withKdf({ iterations: 1e300 }), 'not a whole number'],
    ['more than 10 million iterations, which would hang the tab', withKdf({ iterations: 2 ** 31 }), 'above 10000000'],
    ['no slots', { ...keyring, slots: [] }, 'keyring without slots'],
    ['more than 64 slots', { ...keyring, slots: Array(65).fill(slot) }, 'more than 64 slots'],
    ['a salt shorter than 16 bytes', withSlot({ salt: bytes(8) }), 'salt not 16–64 bytes'],
    ['a salt longer than 64 bytes', withSlot({ salt: bytes(1 << 20) }), 'salt not 16–64 bytes'],
    ['a salt that is not base64url', withSlot({ salt: '+'.repeat(22) }), 'salt not 16–64 bytes'],
    ['an IV that is not 12 bytes', withSlot({ iv: bytes(16) }), 'malformed key'],
    ['a wrapped key that is not 48 bytes', withSlot({ wrappedKey: bytes(32) }), 'malformed key'],
    [
      '64 slots at 10 million iterations, minutes of work for "try every password"',
      { ...withKdf({ iterations: 10_000_000 }), slots: Array(64).fill(slot) },
      'more than 40000000 iterations in all',
    ],
    ['a slot label that is not a text', withSlot({ label: 7 }), 'slot label not a text of at most 64 characters'],
    ['a slot label of a megabyte', withSlot({ label: 'a'.repeat(1 << 20) }), 'slot label not a text'],
    ['a build id of a megabyte', { ...keyring, buildId: 'a'.repeat(1 << 20) }, 'build id not a text'],
  ])('refuses a keyring with %s', (_, value, reason) => {
    expect(() => assertKeyring(value)).toThrow(reason);
    expect(() => assertKeyring(value)).toThrow(KeyringError);
  });
});

describe('createVault', () => {
  const passwords = [
    { label: 'imigrasi', password: 'kunci-uji-imigrasi-panjang' },
    { label: 'polda', password: 'kunci-uji-polda-cukup-panjang' },
  ];

  it('gives each password its own salt and slot, all opening the same keys, and a new build id each time', async () => {
    const { keyring: made, keys } = await createVault(passwords);
    expect(new Set(made.slots.map((slot) => slot.salt)).size).toBe(2);
    const sealed = await sealBlob(keys, made.buildId, '/internal/x/index.html', 'text/html', Buffer.from('isi'));
    for (const [index, { password }] of passwords.entries()) {
      const opened = await sessionKeys(await openSlot(made, must(made.slots[index], 'a slot'), password), made.buildId);
      await expect(openBlob(opened, made.buildId, '/internal/x/index.html', sealed)).resolves.toBeDefined();
    }
    expect((await createVault(passwords)).keyring.buildId).not.toBe(made.buildId);
  });

  it("keeps the passwords' labels out of the keyring unless they are to be published", async () => {
    const hidden = JSON.stringify((await createVault(passwords)).keyring);
    for (const { label } of passwords) expect(hidden).not.toContain(label);
    const shown = (await createVault(passwords, { publicLabels: true })).keyring;
    expect(shown.slots.map((slot) => slot.label)).toEqual(['imigrasi', 'polda']);
  });
});

describe('canonicalPath, and the padding sealBlob is asked for', () => {
  it.each([
    ['/internal/rapat/', '/internal/rapat/index.html'],
    ['/internal/rapat/x/', '/internal/rapat/x/index.html'],
    ['/internal/pagefind/pagefind.js', '/internal/pagefind/pagefind.js'],
    ['/internal/lampiran/a%20b.pdf', '/internal/lampiran/a b.pdf'],
  ])('maps %s to %s', (path, expected) => expect(canonicalPath(path)).toBe(expected));

  it('pads the plaintext to the size it is given, and refuses one too small for the resource', async () => {
    const keys = { content: derivedContentKey };
    const body = new TextEncoder().encode('<p>isi</p>');
    const blob = await sealBlob(keys, VECTOR.buildId, VECTOR.path, VECTOR.type, body, { size: 5000 });
    expect(blob.length).toBe(4 + 12 + 5000 + 16);
    await expect(openBlob(keys, VECTOR.buildId, VECTOR.path, blob)).resolves.toEqual({ type: VECTOR.type, body });
    const least = plaintextLength(VECTOR.type, body.length);
    await expect(sealBlob(keys, VECTOR.buildId, VECTOR.path, VECTOR.type, body, { size: least - 1 })).rejects.toThrow(
      RangeError,
    );
  });
});
