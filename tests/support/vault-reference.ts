// An independent implementation of docs/vault-format.md with Node's crypto module, written from
// the document alone (not from the browser code), to prove the document is enough to decrypt.
import { argon2Sync, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The levels, lowest first, in the order of a slot's entries. */
export const REFERENCE_LEVELS = ['biasa', 'terbatas', 'rahasia', 'sangat-rahasia'] as const;
export type ReferenceLevel = (typeof REFERENCE_LEVELS)[number];

export interface ReferenceKeyring {
  version: number;
  buildId: string;
  kdf: { memory: number; passes: number; parallelism: number };
  slots: { label?: string; salt: string; keys: string[] }[];
}

const gcmOpen = (key: Buffer, iv: Buffer, aad: string, sealed: Buffer): Buffer => {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
};

/**
 * The level keys a password opens, lowest first, trying every slot; throws when none opens. A
 * slot's first entry (biasa) opens for its password; the entries above its clearance open for none.
 */
export function levelKeysOf(keyring: ReferenceKeyring, password: string): Buffer[] {
  for (const slot of keyring.slots) {
    const key = argon2Sync('argon2id', {
      message: Buffer.from(password.normalize('NFC'), 'utf8'),
      nonce: Buffer.from(slot.salt, 'base64url'),
      memory: keyring.kdf.memory,
      passes: keyring.kdf.passes,
      parallelism: keyring.kdf.parallelism,
      tagLength: 32,
    });
    const opened: Buffer[] = [];
    for (const [i, level] of REFERENCE_LEVELS.entries()) {
      const entry = Buffer.from(slot.keys[i] ?? '', 'base64url');
      try {
        opened.push(
          gcmOpen(key, entry.subarray(0, 12), `warta-vault/v2/slot|${keyring.buildId}|${level}`, entry.subarray(12)),
        );
      } catch {
        break;
      }
    }
    if (opened.length > 0) return opened;
  }
  throw new Error('no slot opens with this password');
}

/** The content and names keys of one level. */
export function derivedKeys(
  levelKey: Buffer,
  buildId: string,
  level: ReferenceLevel,
): { content: Buffer; names: Buffer } {
  const derive = (use: string) =>
    Buffer.from(
      hkdfSync(
        'sha256',
        levelKey,
        Buffer.from(buildId, 'utf8'),
        Buffer.from(`warta-vault/v2/${use}|${level}`, 'utf8'),
        32,
      ),
    );
  return { content: derive('content'), names: derive('names') };
}

/** Every level's keys a password opens, lowest first. */
export function passwordKeys(
  keyring: ReferenceKeyring,
  password: string,
): { level: ReferenceLevel; content: Buffer; names: Buffer }[] {
  return levelKeysOf(keyring, password).map((key, i) => {
    const level = REFERENCE_LEVELS[i] as ReferenceLevel;
    return { level, ...derivedKeys(key, keyring.buildId, level) };
  });
}

export function referenceBlobName(names: Buffer, path: string): string {
  return createHmac('sha256', names).update(path, 'utf8').digest('base64url');
}

export function referenceOpenBlob(
  content: Buffer,
  buildId: string,
  level: ReferenceLevel,
  path: string,
  blob: Buffer,
): { type: string; body: Buffer } {
  if (blob.subarray(0, 4).toString('latin1') !== 'WRT2') throw new Error('not a blob');
  const plain = gcmOpen(content, blob.subarray(4, 16), `warta-vault/v2|${buildId}|${level}|${path}`, blob.subarray(16));
  const headerLength = plain.readUInt32BE(0);
  const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as { type: string; length: number };
  return { type: header.type, body: plain.subarray(4 + headerLength, 4 + headerLength + header.length) };
}

const opened = new Map<string, ReturnType<typeof passwordKeys>>();

/**
 * The keyring of a built internal folder (`<site>/internal`) and the level keys a password opens
 * there, derived once per folder, build and password (Argon2id is slow on purpose).
 */
export function siteKeys(
  internalDir: string,
  password: string,
): { keyring: ReferenceKeyring; keys: ReturnType<typeof passwordKeys> } {
  const keyring = JSON.parse(readFileSync(join(internalDir, 'keyring.json'), 'utf8')) as ReferenceKeyring;
  const id = `${internalDir}|${keyring.buildId}|${password}`;
  let keys = opened.get(id);
  if (!keys) opened.set(id, (keys = passwordKeys(keyring, password)));
  return { keyring, keys };
}

/**
 * Decrypts the resource at `path` of a built internal folder as a session of `password` would:
 * under the highest level it opens whose names key names an existing blob. Throws when none does.
 */
export function decryptResource(
  internalDir: string,
  password: string,
  path: string,
): { type: string; body: Buffer; level: ReferenceLevel } {
  const { keyring, keys } = siteKeys(internalDir, password);
  for (const { level, content, names } of [...keys].reverse()) {
    const file = join(internalDir, '_v', `${referenceBlobName(names, path)}.bin`);
    if (existsSync(file))
      return { level, ...referenceOpenBlob(content, keyring.buildId, level, path, readFileSync(file)) };
  }
  throw new Error(`${path}: no blob that this password opens`);
}

/** Raw level-key bytes as a non-extractable WebCrypto HKDF key, as a browser holds one unwrapped from a slot. */
export function importLevelKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes, 'HKDF', false, ['deriveKey']);
}
