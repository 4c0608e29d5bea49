import { argon2Sync, createCipheriv, createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  assertKeyring,
  blobName,
  canonicalPath,
  KDF,
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
import { levelSealer } from '../../src/lib/vault/build-seal.ts';
import { sizeClass } from '../../src/lib/vault/volume.ts';
import { LEVELS, levelsUpTo } from '../../src/lib/levels.ts';
import { must } from '../support/must.ts';
import { derivedKeys, levelKeysOf, referenceBlobName, referenceOpenBlob } from '../support/vault-reference.ts';

// The test vectors of docs/vault-format.md: a slot that grants up to terbatas.
const seq = (start: number, length: number) => Buffer.from(Array.from({ length }, (_, i) => start + i));
const VECTOR = {
  password: 'kata sandi contoh Warta 2024',
  /** Argon2id's memory in KiB and passes. */
  memory: 19_456,
  passes: 2,
  salt: seq(0x00, 16),
  /** The level keys, biasa to sangat-rahasia. */
  levelKeys: [seq(0x20, 32), seq(0x40, 32), seq(0x60, 32), seq(0x80, 32)],
  /** The IVs of the slot's biasa and terbatas entries. */
  entryIvs: [seq(0x10, 12), seq(0xa0, 12)],
  /** What stands in the entries above the clearance (random bytes in a build). */
  filler: Buffer.alloc(60, 0xee),
  buildId: 'dGVzdC1idWlsZC0wMDAy',
  level: 'terbatas',
  path: '/internal/rapat/contoh/index.html',
  type: 'text/html; charset=utf-8',
  body: Buffer.from('<h1>Contoh</h1>'),
  blobIv: seq(0xb0, 12),
} as const;
const EXPECTED = {
  passwordKey: '2ef1150b5aa709e3c6c2f6edbddf0361f5e51caee3de2da9cfb886936444ed4d',
  entries: [
    'EBESExQVFhcYGRobcHR4qNmhqbulMLclvLKQAgYKaHxBbAY0D8ttTNLqh2dHyKOtwdCcCCqx0pP7vVq0',
    'oKGio6SlpqeoqaqrvdgZLxgLl-UQTzpN_OlS7VxBJJB_j3ZubA21tbjaZXztE19naxGTgBrE1XkPVnNO',
  ],
  contentKey: 'c0a0aca19d0430b3e4a693aea4877e7f3adce8b00d58f650dc26c0220b1d5dfd',
  namesKey: 'aed4d8341bb8685ff9c5a0b1fd5a34ed2a1e598947788119289b169f4741e091',
  name: '1JZrsy90F2tfOHe8P7YyRsw2XBdq2wYl43xwHI9AA9s',
  blobLength: 1056,
  blobFirst48: '57525432b0b1b2b3b4b5b6b7b8b9babb99ec47597333a795c56dcc8ddd3db211ddd6e961efd0023be2c1df05d12f1399',
  blobSha256: '5933e146959b2dd518ab8aac492d7c130dfc47835f98ce76d232ce7cc70520de',
};
const keyring: Keyring = {
  format: 'warta-vault',
  version: 2,
  buildId: VECTOR.buildId,
  kdf: { name: 'Argon2id', memory: VECTOR.memory, passes: VECTOR.passes, parallelism: 1 },
  slots: [
    {
      salt: VECTOR.salt.toString('base64url'),
      keys: [...EXPECTED.entries, VECTOR.filler.toString('base64url'), VECTOR.filler.toString('base64url')],
    },
  ],
};

const SLOT = must(keyring.slots[0], 'the vector slot');
const terbatasKeys = async () =>
  must((await sessionKeys(await openSlot(keyring, SLOT, VECTOR.password), VECTOR.buildId))[1], 'the terbatas keys');

describe('docs/vault-format.md, implemented with Node crypto from the document alone', () => {
  it('derives the password key and wraps the level keys it grants as the vectors say', () => {
    const key = argon2Sync('argon2id', {
      message: Buffer.from(VECTOR.password),
      nonce: VECTOR.salt,
      memory: VECTOR.memory,
      passes: VECTOR.passes,
      parallelism: 1,
      tagLength: 32,
    });
    expect(key.toString('hex')).toBe(EXPECTED.passwordKey);
    for (const [i, level] of ['biasa', 'terbatas'].entries()) {
      const iv = must(VECTOR.entryIvs[i], 'an IV');
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(`warta-vault/v2/slot|${VECTOR.buildId}|${level}`));
      const wrapped = Buffer.concat([
        iv,
        cipher.update(must(VECTOR.levelKeys[i], 'a key')),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      expect(wrapped.toString('base64url')).toBe(EXPECTED.entries[i]);
    }
  });

  it('opens the vector slot up to terbatas, not above, and derives the terbatas content and names keys', () => {
    const opened = levelKeysOf(keyring, VECTOR.password);
    expect(opened).toEqual(VECTOR.levelKeys.slice(0, 2));
    const keys = derivedKeys(must(opened[1], 'the terbatas key'), VECTOR.buildId, 'terbatas');
    expect(keys.content.toString('hex')).toBe(EXPECTED.contentKey);
    expect(keys.names.toString('hex')).toBe(EXPECTED.namesKey);
    expect(referenceBlobName(keys.names, VECTOR.path)).toBe(EXPECTED.name);
  });

  it('refuses a wrong password', () => {
    expect(() => levelKeysOf(keyring, 'kata sandi contoh Warta 2025')).toThrow('no slot opens');
  });
});

describe('the browser code (src/lib/vault/format.ts) agrees with the vectors', () => {
  it('unwraps the level keys up to the clearance and names blobs as the document says', async () => {
    const opened = await openSlot(keyring, SLOT, VECTOR.password);
    expect(opened).toHaveLength(2);
    const keys = await sessionKeys(opened, VECTOR.buildId);
    expect(keys.map((entry) => entry.level)).toEqual(['biasa', 'terbatas']);
    expect(await blobName(must(keys[1], 'terbatas').names, VECTOR.path)).toBe(EXPECTED.name);
    for (const key of opened) expect(key.extractable).toBe(false);
    for (const { content, names } of keys) expect([content.extractable, names.extractable]).toEqual([false, false]);
  });

  it('seals the vector blob byte for byte, and the reference implementation opens it', async () => {
    const blob = await sealBlob(await terbatasKeys(), VECTOR.buildId, VECTOR.path, VECTOR.type, VECTOR.body, {
      iv: new Uint8Array(VECTOR.blobIv),
    });
    expect(blob.length).toBe(EXPECTED.blobLength);
    expect(Buffer.from(blob.subarray(0, 48)).toString('hex')).toBe(EXPECTED.blobFirst48);
    expect(createHash('sha256').update(blob).digest('hex')).toBe(EXPECTED.blobSha256);
    const opened = referenceOpenBlob(
      Buffer.from(EXPECTED.contentKey, 'hex'),
      VECTOR.buildId,
      'terbatas',
      VECTOR.path,
      Buffer.from(blob),
    );
    expect(opened).toEqual({ type: VECTOR.type, body: VECTOR.body });
  });

  it('rejects a wrong password, a tampered blob, another path, another level and another build', async () => {
    // The unlock page tells a wrong password from a failure by this name (src/client/unlock.ts).
    await expect(openSlot(keyring, SLOT, 'salah')).rejects.toMatchObject({ name: 'OperationError' });
    const keys = await terbatasKeys();
    const blob = await sealBlob(keys, VECTOR.buildId, VECTOR.path, VECTOR.type, VECTOR.body);
    await expect(openBlob(keys, VECTOR.buildId, VECTOR.path, blob)).resolves.toMatchObject({ type: VECTOR.type });
    const tampered = blob.slice();
    tampered[40] = (tampered[40] ?? 0) ^ 1;
    await expect(openBlob(keys, VECTOR.buildId, VECTOR.path, tampered)).rejects.toThrow();
    await expect(openBlob(keys, VECTOR.buildId, '/internal/rapat/lain/index.html', blob)).rejects.toThrow();
    await expect(openBlob(keys, 'build-lain', VECTOR.path, blob)).rejects.toThrow();
    // The same content key under another level's name: the level is bound too.
    await expect(openBlob({ ...keys, level: 'biasa' }, VECTOR.buildId, VECTOR.path, blob)).rejects.toThrow();
  });
});

describe('the key derivation where WebAssembly is refused', () => {
  it("falls back to JavaScript and opens the vector slot as the WebAssembly does, with a wrong password's error unchanged", async () => {
    vi.resetModules();
    vi.doMock('hash-wasm', () => ({ argon2id: () => Promise.reject(new Error('WebAssembly refused')) }));
    try {
      const format = await import('../../src/lib/vault/format.ts');
      await expect(format.prepareKdf()).resolves.toBeUndefined();
      const keys = await format.sessionKeys(await format.openSlot(keyring, SLOT, VECTOR.password), VECTOR.buildId);
      expect(keys.map((entry) => entry.level)).toEqual(['biasa', 'terbatas']);
      expect(await format.blobName(must(keys[1], 'terbatas').names, VECTOR.path)).toBe(EXPECTED.name);
      await expect(format.openSlot(keyring, SLOT, 'salah')).rejects.toMatchObject({ name: 'OperationError' });
    } finally {
      vi.doUnmock('hash-wasm');
      vi.resetModules();
    }
  });
});

describe('assertKeyring', () => {
  const slot = must(keyring.slots[0], 'the vector slot');
  const withKdf = (kdf: object) => ({ ...keyring, kdf: { ...keyring.kdf, ...kdf } });
  const withSlot = (changes: object) => ({ ...keyring, slots: [{ ...slot, ...changes }] });
  const bytes = (length: number) => toBase64Url(new Uint8Array(length));

  it("accepts the vector keyring, a published label, salts from 16 to 64 bytes, 64 slots at the build's cost, and OWASP's other equivalent costs", () => {
    expect(() => assertKeyring(keyring)).not.toThrow();
    expect(() => assertKeyring(withSlot({ label: 'imigrasi' }))).not.toThrow();
    expect(() => assertKeyring({ ...withKdf(KDF), slots: Array(64).fill(slot) })).not.toThrow();
    for (const [memory, passes] of [
      [47_104, 1],
      [19_456, 2],
      [19_456, 8],
      [65_536, 2],
    ])
      expect(() => assertKeyring(withKdf({ memory, passes }))).not.toThrow();
    for (const length of [16, 32, 64]) expect(() => assertKeyring(withSlot({ salt: bytes(length) }))).not.toThrow();
  });

  it.each([
    ['another format', { ...keyring, version: 1 }, 'unsupported keyring format'],
    ['another key derivation', withKdf({ name: 'scrypt' }), 'unsupported key derivation'],
    ['the key derivation of version 2 before Argon2id', withKdf({ name: 'PBKDF2' }), 'unsupported key derivation'],
    ['more than one lane', withKdf({ parallelism: 4 }), 'unsupported key derivation'],
    ['less memory than OWASP asks', withKdf({ memory: 8_192, passes: 10 }), 'below 19456 KiB of memory'],
    ['memory that is not a number', withKdf({ memory: '19456' }), 'not a whole number'],
    ['passes beyond any whole number', withKdf({ passes: 1e300 }), 'not a whole number'],
    ['no passes', withKdf({ passes: 0 }), 'below 2 passes'],
    ['passes below none', withKdf({ passes: -3 }), 'below 2 passes'],
    ["one pass over less than 46 MiB, weaker than any of OWASP's settings", withKdf({ passes: 1 }), 'below 2 passes'],
    ['4 GiB of memory, more than a phone gives a tab', withKdf({ memory: 2 ** 22 }), 'above 65536 KiB of memory'],
    [
      'a thousand passes, which would hold the tab for minutes',
      withKdf({ passes: 1_000 }),
      'more than 155648 KiB × passes a slot',
    ],
    ['no slots', { ...keyring, slots: [] }, 'keyring without slots'],
    ['more than 64 slots', { ...keyring, slots: Array(65).fill(slot) }, 'more than 64 slots'],
    ['a salt shorter than 16 bytes', withSlot({ salt: bytes(8) }), 'salt not 16–64 bytes'],
    ['a salt longer than 64 bytes', withSlot({ salt: bytes(1 << 20) }), 'salt not 16–64 bytes'],
    ['a salt that is not base64url', withSlot({ salt: '+'.repeat(22) }), 'salt not 16–64 bytes'],
    ['fewer entries than levels', withSlot({ keys: slot.keys.slice(0, 2) }), 'malformed key'],
    ['more entries than levels', withSlot({ keys: [...slot.keys, bytes(60)] }), 'malformed key'],
    ['an entry that is not 60 bytes', withSlot({ keys: [...slot.keys.slice(0, 3), bytes(48)] }), 'malformed key'],
    ['entries that are not a list', withSlot({ keys: 'abc' }), 'malformed key'],
    [
      '64 slots at four times the cost, a minute of work for "try every password"',
      { ...withKdf({ memory: 65_536, passes: 2 }), slots: Array(64).fill(slot) },
      'more than 2490368 KiB × passes in all',
    ],
    ['a slot label that is not a text', withSlot({ label: 7 }), 'slot label not a text of at most 64 characters'],
    ['a slot label of a megabyte', withSlot({ label: 'a'.repeat(1 << 20) }), 'slot label not a text'],
    ['a build id of a megabyte', { ...keyring, buildId: 'a'.repeat(1 << 20) }, 'build id not a text'],
  ])('refuses a keyring with %s', (_, value, reason) => {
    expect(() => assertKeyring(value)).toThrow(reason);
    expect(() => assertKeyring(value)).toThrow(KeyringError);
  });
});

// Each vault derives a key per password, and each open slot one more (Argon2id, 0.1 s apiece here
// when idle); under a full test run on a slow CPU that adds up to seconds.
describe('createVault', { timeout: 30_000 }, () => {
  const passwords = [
    { label: 'imigrasi', password: 'kunci-uji-imigrasi-panjang', clearance: 'sangat-rahasia' },
    { label: 'polda', password: 'kunci-uji-polda-cukup-panjang', clearance: 'terbatas' },
    { label: 'pemkot', password: 'kunci-uji-pemkot-cukup-panjang', clearance: 'biasa' },
  ] as const;
  const path = '/internal/x/index.html';

  it('gives each password a slot that opens exactly the levels up to its clearance, and a new build id each time', async () => {
    const { keyring: made, sealers } = await createVault(passwords);
    expect(new Set(made.slots.map((slot) => slot.salt)).size).toBe(3);
    const sealed = LEVELS.map((level) => {
      const body = Buffer.from(`isi ${level}`);
      const size = sizeClass(plaintextLength('text/html', body.length));
      return new Uint8Array(
        Buffer.concat(must(sealers.get(level), 'a sealer per level').seal(path, 'text/html', body, size)),
      );
    });
    for (const [index, { password, clearance }] of passwords.entries()) {
      const opened = await sessionKeys(await openSlot(made, must(made.slots[index], 'a slot'), password), made.buildId);
      expect(opened.map((entry) => entry.level)).toEqual(levelsUpTo(clearance));
      for (const [i, blob] of sealed.entries()) {
        const own = opened[i];
        if (own) await expect(openBlob(own, made.buildId, path, blob)).resolves.toBeDefined();
        // No key of the session opens a level above it, under its own level's name or another's.
        for (const key of opened) {
          if (key.level === LEVELS[i]) continue;
          await expect(
            openBlob({ ...key, level: must(LEVELS[i], 'a level') }, made.buildId, path, blob),
          ).rejects.toThrow();
        }
      }
    }
    expect((await createVault(passwords)).keyring.buildId).not.toBe(made.buildId);
  });

  it("opens no higher level from a slot whose entry was copied into a higher level's place", async () => {
    const { keyring: made } = await createVault(passwords);
    const slot = must(made.slots[1], 'the terbatas slot');
    const [biasa = '', terbatas = ''] = slot.keys;
    const tampered = { ...slot, keys: [biasa, terbatas, terbatas, terbatas] };
    expect(await openSlot(made, tampered, passwords[1].password)).toHaveLength(2);
  });

  it('gives every slot the same shape, whatever its clearance', async () => {
    const { keyring: made } = await createVault(passwords);
    const shape = (slot: object) =>
      JSON.stringify(slot, (_, value: unknown) => (typeof value === 'string' ? value.length : value));
    expect(new Set(made.slots.map(shape)).size).toBe(1);
    expect(() => assertKeyring(made)).not.toThrow();
  });

  it("keeps the passwords' labels out of the keyring unless they are to be published", async () => {
    const hidden = JSON.stringify((await createVault(passwords)).keyring);
    for (const { label } of passwords) expect(hidden).not.toContain(label);
    const shown = (await createVault(passwords, { publicLabels: true })).keyring;
    expect(shown.slots.map((slot) => slot.label)).toEqual(['imigrasi', 'polda', 'pemkot']);
  });
});

describe("the build's sealer (src/lib/vault/build-seal.ts) agrees with the vectors and the browser", () => {
  it('names and seals the vector blob byte for byte, from the level key', () => {
    const sealer = levelSealer(must(VECTOR.levelKeys[1], 'terbatas key'), VECTOR.buildId, 'terbatas');
    expect(sealer.name(VECTOR.path)).toBe(EXPECTED.name);
    const size = sizeClass(plaintextLength(VECTOR.type, VECTOR.body.length));
    const blob = Buffer.concat(sealer.seal(VECTOR.path, VECTOR.type, VECTOR.body, size, VECTOR.blobIv));
    expect(blob.length).toBe(EXPECTED.blobLength);
    expect(createHash('sha256').update(blob).digest('hex')).toBe(EXPECTED.blobSha256);
  });

  it('pads a large resource byte for byte as the browser-side reference does, past its 1 MiB slices of zeros', async () => {
    const sealer = levelSealer(must(VECTOR.levelKeys[1], 'terbatas key'), VECTOR.buildId, 'terbatas');
    const body = Buffer.from('lampiran besar '.repeat(5000));
    const iv = new Uint8Array(VECTOR.blobIv);
    for (const size of [plaintextLength('application/pdf', body.length), 2 ** 21 + 7]) {
      const blob = Buffer.concat(sealer.seal(VECTOR.path, 'application/pdf', body, size, iv));
      const reference = await sealBlob(await terbatasKeys(), VECTOR.buildId, VECTOR.path, 'application/pdf', body, {
        iv,
        size,
      });
      expect(blob.length).toBe(4 + 12 + size + 16);
      expect(blob.equals(Buffer.from(reference))).toBe(true);
    }
  });

  it("seals each level's blobs so that the browser's keys of that level name and open them, and no other", async () => {
    const password = 'kunci-uji-imigrasi-panjang';
    const { keyring: made, sealers } = await createVault([
      { label: 'imigrasi', password, clearance: 'sangat-rahasia' },
    ]);
    // The keys a browser unlocks with this password, from the public keyring alone.
    const keys = await sessionKeys(await openSlot(made, must(made.slots[0], 'the slot'), password), made.buildId);
    expect(keys.map((key) => key.level)).toEqual(LEVELS);
    const path = '/internal/rapat/x/index.html';
    for (const level of keys) {
      const sealer = must(sealers.get(level.level), 'a sealer per level');
      expect(sealer.name(path)).toBe(await blobName(level.names, path));
      const blob = new Uint8Array(
        Buffer.concat(sealer.seal(path, 'text/html', Buffer.from(`isi ${level.level}`), 5000)),
      );
      expect(blob.length).toBe(4 + 12 + 5000 + 16);
      const opened = await openBlob(level, made.buildId, path, blob);
      expect(Buffer.from(opened.body).toString()).toBe(`isi ${level.level}`);
      for (const other of keys.filter((key) => key.level !== level.level))
        await expect(openBlob(other, made.buildId, path, blob)).rejects.toThrow();
    }
  });

  it('refuses a size too small for the resource', () => {
    const sealer = levelSealer(must(VECTOR.levelKeys[0], 'biasa key'), VECTOR.buildId, 'biasa');
    const least = plaintextLength(VECTOR.type, VECTOR.body.length);
    expect(() => sealer.seal(VECTOR.path, VECTOR.type, VECTOR.body, least - 1)).toThrow(RangeError);
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
    const keys = await terbatasKeys();
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
