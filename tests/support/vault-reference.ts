// An independent implementation of docs/vault-format.md with Node's crypto module, written from
// the document alone (not from the browser code), to prove the document is enough to decrypt.
import { createDecipheriv, createHmac, hkdfSync, pbkdf2Sync } from 'node:crypto';

export interface ReferenceKeyring {
  buildId: string;
  kdf: { iterations: number };
  slots: { label?: string; salt: string; iv: string; wrappedKey: string }[];
}

const gcmOpen = (key: Buffer, iv: Buffer, aad: string, sealed: Buffer): Buffer => {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
};

/** The master key from a password, trying every slot; throws when none opens. */
export function masterKey(keyring: ReferenceKeyring, password: string): Buffer {
  for (const slot of keyring.slots) {
    const key = pbkdf2Sync(
      Buffer.from(password.normalize('NFC'), 'utf8'),
      Buffer.from(slot.salt, 'base64url'),
      keyring.kdf.iterations,
      32,
      'sha256',
    );
    try {
      return gcmOpen(
        key,
        Buffer.from(slot.iv, 'base64url'),
        `warta-vault/v1/slot|${keyring.buildId}`,
        Buffer.from(slot.wrappedKey, 'base64url'),
      );
    } catch {
      // not this slot
    }
  }
  throw new Error('no slot opens with this password');
}

export function derivedKeys(master: Buffer, buildId: string): { content: Buffer; names: Buffer } {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.from(buildId, 'utf8'), Buffer.from(info, 'utf8'), 32));
  return { content: derive('warta-vault/v1/content'), names: derive('warta-vault/v1/names') };
}

export function referenceBlobName(names: Buffer, path: string): string {
  return createHmac('sha256', names).update(path, 'utf8').digest('base64url');
}

export function referenceOpenBlob(
  content: Buffer,
  buildId: string,
  path: string,
  blob: Buffer,
): { type: string; body: Buffer } {
  if (blob.subarray(0, 4).toString('latin1') !== 'WRT1') throw new Error('not a blob');
  const plain = gcmOpen(content, blob.subarray(4, 16), `warta-vault/v1|${buildId}|${path}`, blob.subarray(16));
  const headerLength = plain.readUInt32BE(0);
  const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as { type: string; length: number };
  return { type: header.type, body: plain.subarray(4 + headerLength, 4 + headerLength + header.length) };
}
