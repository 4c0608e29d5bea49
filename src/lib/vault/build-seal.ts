import { createCipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Level } from '../levels.ts';
import { blobAad, blobHeader, keyInfo, MAGIC, plaintextLength, toBase64Url, type KeyUse } from './format.ts';

/** The build's sealing with one level's keys: format.ts's `blobName` and `sealBlob`, byte for byte. */
export interface LevelSealer {
  level: Level;
  /** The blob's file name for a canonical path: HMAC-SHA256 under the level's names key, base64url. */
  name(path: string): string;
  /**
   * The blob of a resource, its plaintext padded with zeros to `size` bytes, bound to the build id
   * its keys were derived with (no other could open); `iv` is random unless a test fixes it. In
   * pieces, to be written in order: the body is encrypted as it is, not copied into a padded
   * plaintext first, and the blob not joined (at 10 000 records the vault writes 370 MB of blobs).
   */
  seal(path: string, type: string, body: Uint8Array, size: number, iv?: Uint8Array): Buffer[];
}

/** Zeros, encrypted as the padding, a slice at a time. */
const ZEROS = Buffer.alloc(2 ** 20);

/**
 * A level's sealer for the build, from the level key's bytes, with Node's crypto: synchronous, where
 * WebCrypto queues a job and a promise for every file (sealing 6 000 pages of 26 KiB: 0.45–0.6 s
 * against 0.6–0.75 s), and no WebCrypto key of a level exists in the build at all. The keys are derived as format.ts's `levelKeys` derives them (HKDF-SHA256, salt = build
 * id) and held as key objects, which copy them: the caller may wipe the bytes it passed, and the
 * derived bytes are wiped here, so that no key is left in memory the garbage collector frees.
 */
export function levelSealer(levelKey: Uint8Array, buildId: string, level: Level): LevelSealer {
  const derive = (use: KeyUse): KeyObject => {
    const bytes = new Uint8Array(hkdfSync('sha256', levelKey, buildId, keyInfo(use, level), 32));
    const key = createSecretKey(bytes);
    bytes.fill(0);
    return key;
  };
  const content = derive('content');
  const names = derive('names');
  return {
    level,
    name: (path) => toBase64Url(createHmac('sha256', names).update(path, 'utf8').digest()),
    seal: (path, type, body, size, iv = randomBytes(12)) => {
      const header = blobHeader(type, body.length);
      if (size < plaintextLength(type, body.length))
        throw new RangeError(`${path}: ${size} bytes cannot hold the resource`);
      const head = Buffer.alloc(4 + header.length);
      head.writeUInt32BE(header.length, 0);
      head.set(header, 4);
      const cipher = createCipheriv('aes-256-gcm', content, iv).setAAD(blobAad(buildId, level, path));
      const pieces = [Buffer.from(MAGIC), Buffer.from(iv), cipher.update(head), cipher.update(body)];
      for (let left = size - head.length - body.length; left > 0; left -= ZEROS.length)
        pieces.push(cipher.update(ZEROS.subarray(0, Math.min(left, ZEROS.length))));
      return [...pieces, cipher.final(), cipher.getAuthTag()];
    },
  };
}
