// The encrypted format of the internal section, version 2 (docs/vault-format.md is the spec).
// WebCrypto only, so the build (Node), the unlock page and the service worker share this code.
import { LEVELS, type Level } from '../levels.ts';
import { sizeClass } from './volume.ts';

/** Format name and version written in the keyring. */
export const FORMAT = 'warta-vault';
export const VERSION = 2;
/** OWASP's PBKDF2-HMAC-SHA256 figure; the client refuses a keyring below it. */
export const MIN_ITERATIONS = 600_000;
/** The client refuses more: a keyring that asks for billions of iterations would hang the tab. */
export const MAX_ITERATIONS = 10_000_000;
/** Salt lengths the client accepts, in bytes: at least 128 bits, and no absurd sizes. */
export const SALT_BYTES = { min: 16, max: 64 } as const;
/** Slots the client accepts: "try every password" derives a key per slot. */
export const MAX_SLOTS = 64;
/**
 * Iterations of all slots together that the client accepts: "try every password" runs them all,
 * so this bounds the work a hostile keyring can ask for (about 7 s at 114 ms per 600 000), while
 * 64 slots at the build's 600 000 iterations still fit.
 */
export const MAX_TOTAL_ITERATIONS = 40_000_000;
/** Longest slot label and build id the client accepts, in characters. */
export const MAX_TEXT = 64;
/** Bytes of a wrapped level key in a slot: IV, the 32-byte key encrypted, tag. */
export const WRAPPED_BYTES = 12 + 32 + 16;
/** Where encrypted blobs are served. */
export const BLOB_DIR = '/internal/_v/';
/** Blobs carry an extension: some static servers treat extension-less names as folders. */
export const blobUrl = (name: string) => `${BLOB_DIR}${name}.bin`;
/** First four bytes of every blob: "WRT2". */
export const MAGIC = new Uint8Array([0x57, 0x52, 0x54, 0x32]);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One password's wrapping of the level keys it grants. */
export interface Slot {
  /**
   * Whose password it is, e.g. an agency ("imigrasi"), shown on the unlock page; only when the
   * operator chose to publish labels (WARTA_SLOT_LABELS=public), absent by default.
   */
  label?: string;
  /** PBKDF2 salt, 16 random bytes, base64url. */
  salt: string;
  /**
   * One entry per level of LEVELS, in that order, each WRAPPED_BYTES base64url: the level's key
   * encrypted under the password's key for the levels the password grants, random bytes for the
   * others, so that every slot has the same shape whatever its clearance.
   */
  keys: string[];
}

/** /internal/keyring.json: public, and useless without a password. */
export interface Keyring {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Random per build; bound into every ciphertext, so blobs cannot be replayed across builds. */
  buildId: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  slots: Slot[];
}

/** The keys of one level, non-extractable once unlocked. */
export interface LevelKeys {
  level: Level;
  /** AES-256-GCM key that decrypts the level's blobs. */
  content: CryptoKey;
  /** HMAC-SHA256 key that turns a path into the name of the level's blob. */
  names: CryptoKey;
}

/** The keys a session holds: those of each level its password grants, lowest first. */
export type SessionKeys = LevelKeys[];

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** The additional data bound to a wrapped level key: format, build and level. */
export const slotAad = (buildId: string, level: Level) => utf8(`${FORMAT}/v${VERSION}/slot|${buildId}|${level}`);
/** The additional data bound to a blob: format, build, the level it is sealed at and the resource's path. */
export const blobAad = (buildId: string, level: Level, path: string) =>
  utf8(`${FORMAT}/v${VERSION}|${buildId}|${level}|${path}`);

/** The path a resource is encrypted under: its URL path, with index.html for a folder. */
export function canonicalPath(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  return decoded.endsWith('/') ? `${decoded}index.html` : decoded;
}

/** The key that wraps the level keys, from a password (NFC-normalised UTF-8). */
export async function passwordKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

/** What a key derived from a level key is for. */
export type KeyUse = 'content' | 'names';
/** HKDF's info for a level's key of one use (the salt is the build id). */
export const keyInfo = (use: KeyUse, level: Level) => utf8(`${FORMAT}/v${VERSION}/${use}|${level}`);

/**
 * Derives a level's content and names keys from its level key (HKDF-SHA256, salt = build id).
 * `extractable` only so that the unlock page can wrap them (src/lib/vault/session.ts); they are
 * never exported raw.
 */
export async function levelKeys(
  levelKey: CryptoKey,
  buildId: string,
  level: Level,
  { extractable = false }: { extractable?: boolean } = {},
): Promise<LevelKeys> {
  const derive = (use: KeyUse, algorithm: AesKeyGenParams | HmacKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: utf8(buildId), info: keyInfo(use, level) },
      levelKey,
      algorithm,
      extractable,
      usages,
    );
  return {
    level,
    content: await derive('content', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    names: await derive('names', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  };
}

/** The session keys of every level a slot opened, lowest first. */
export function sessionKeys(
  opened: readonly CryptoKey[],
  buildId: string,
  options: { extractable?: boolean } = {},
): Promise<SessionKeys> {
  return Promise.all(opened.map((key, i) => levelKeys(key, buildId, LEVELS[i] as Level, options)));
}

/** Unwraps one entry of a slot as a non-extractable HKDF key; throws (OperationError) when the key does not open it. */
function unwrapLevelKey(key: CryptoKey, buildId: string, level: Level, entry: string): Promise<CryptoKey> {
  const bytes = fromBase64Url(entry);
  return crypto.subtle.unwrapKey(
    'raw',
    bytes.slice(12),
    key,
    { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: slotAad(buildId, level) },
    'HKDF',
    false,
    ['deriveKey'],
  );
}

/**
 * Opens one slot with a password: the level keys it grants, lowest first (its clearance is the
 * last). The lowest level's entry is every slot's, so it decides whether the password is right;
 * throws (OperationError) when it is wrong. Entries above the clearance are random and open with
 * no key.
 */
export async function openSlot(keyring: Keyring, slot: Slot, password: string): Promise<CryptoKey[]> {
  const key = await passwordKey(password, fromBase64Url(slot.salt), keyring.kdf.iterations);
  const opened: CryptoKey[] = [];
  for (const [i, level] of LEVELS.entries()) {
    try {
      opened.push(await unwrapLevelKey(key, keyring.buildId, level, slot.keys[i] as string));
    } catch (error) {
      if (i === 0) throw error; // a wrong password
      break; // above the clearance
    }
  }
  return opened;
}

/** A keyring this code refuses to open, with the reason. */
export class KeyringError extends Error {
  override name = 'KeyringError';
}

/** Throws a KeyringError with the reason unless the condition holds. */
function check(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new KeyringError(reason);
}

/** Decoded length of a base64url field, or -1 when it is not base64url. */
function byteLength(value: unknown): number {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]*$/.test(value) || value.length % 4 === 1) return -1;
  return Math.floor((value.length * 3) / 4);
}

/**
 * Checks that a fetched keyring is one this code can open safely: the format it knows, PBKDF2 with
 * SHA-256 between MIN_ITERATIONS and MAX_ITERATIONS, at most MAX_SLOTS slots and MAX_TOTAL_ITERATIONS
 * in all, labels (if any) and build id of at most MAX_TEXT characters, each slot with a 16–64 byte salt and
 * one WRAPPED_BYTES entry per level. A keyring is public and a hostile one costs a
 * visitor only time, so the limits stop it from making the browser work for minutes.
 */
export function assertKeyring(value: unknown): asserts value is Keyring {
  const keyring = value as Partial<Keyring> | null;
  check(keyring?.format === FORMAT && keyring.version === VERSION, 'unsupported keyring format');
  const { kdf, slots } = keyring;
  check(kdf?.name === 'PBKDF2' && kdf.hash === 'SHA-256', 'unsupported key derivation');
  check(Number.isSafeInteger(kdf.iterations), 'keyring iterations not a whole number');
  check(kdf.iterations >= MIN_ITERATIONS, `keyring below ${MIN_ITERATIONS} iterations`);
  check(kdf.iterations <= MAX_ITERATIONS, `keyring above ${MAX_ITERATIONS} iterations`);
  check(Array.isArray(slots) && slots.length > 0, 'keyring without slots');
  check(
    typeof keyring.buildId === 'string' && keyring.buildId.length <= MAX_TEXT,
    `keyring build id not a text of at most ${MAX_TEXT} characters`,
  );
  check(slots.length <= MAX_SLOTS, `keyring with more than ${MAX_SLOTS} slots`);
  check(
    slots.length * kdf.iterations <= MAX_TOTAL_ITERATIONS,
    `keyring asks for more than ${MAX_TOTAL_ITERATIONS} iterations in all`,
  );
  for (const slot of slots as (Partial<Slot> | null)[]) {
    check(
      slot !== null && (slot.label === undefined || (typeof slot.label === 'string' && slot.label.length <= MAX_TEXT)),
      `slot label not a text of at most ${MAX_TEXT} characters`,
    );
    const salt = byteLength(slot.salt);
    check(salt >= SALT_BYTES.min && salt <= SALT_BYTES.max, `slot salt not ${SALT_BYTES.min}–${SALT_BYTES.max} bytes`);
    check(
      Array.isArray(slot.keys) &&
        slot.keys.length === LEVELS.length &&
        slot.keys.every((entry) => byteLength(entry) === WRAPPED_BYTES),
      'slot with a malformed key',
    );
  }
}

/** A blob's file name: HMAC-SHA256 of the canonical path, base64url, so names reveal nothing. */
export async function blobName(names: CryptoKey, path: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', names, utf8(path))));
}

/** The header of a blob's plaintext: the body's media type and length. */
export const blobHeader = (type: string, length: number) => utf8(JSON.stringify({ type, length }));

/** Bytes of a resource's plaintext before padding: header length, header and body. */
export const plaintextLength = (type: string, length: number) => 4 + blobHeader(type, length).length + length;

/**
 * Encrypts one resource, its plaintext padded with zeros to `size` bytes (the build chooses it,
 * src/lib/vault/volume.ts; by default the size class of the resource alone). `iv` is random unless
 * a test vector fixes it. The format's sealing in WebCrypto, beside `openBlob`; the build seals the
 * same bytes with Node's crypto (src/lib/vault/build-seal.ts), faster for thousands of files.
 */
export async function sealBlob(
  keys: Pick<LevelKeys, 'content' | 'level'>,
  buildId: string,
  path: string,
  type: string,
  body: Uint8Array,
  {
    size = sizeClass(plaintextLength(type, body.length)),
    iv = crypto.getRandomValues(new Uint8Array(12)),
  }: { size?: number; iv?: Uint8Array<ArrayBuffer> } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const header = blobHeader(type, body.length);
  if (size < plaintextLength(type, body.length))
    throw new RangeError(`${path}: ${size} bytes cannot hold the resource`);
  const plain = new Uint8Array(size);
  new DataView(plain.buffer).setUint32(0, header.length);
  plain.set(header, 4);
  plain.set(body, 4 + header.length);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: blobAad(buildId, keys.level, path) },
      keys.content,
      plain,
    ),
  );
  const blob = new Uint8Array(MAGIC.length + iv.length + sealed.length);
  blob.set(MAGIC, 0);
  blob.set(iv, MAGIC.length);
  blob.set(sealed, MAGIC.length + iv.length);
  return blob;
}

/** Bytes of the blob of a plaintext of `size` bytes: magic, IV, ciphertext and tag. */
export const blobLength = (size: number) => MAGIC.length + 12 + size + 16;

/** Decrypts one resource; throws on any tampering, a wrong path or level, or another build's blob. */
export async function openBlob(
  keys: Pick<LevelKeys, 'content' | 'level'>,
  buildId: string,
  path: string,
  blob: Uint8Array<ArrayBuffer>,
): Promise<{ type: string; body: Uint8Array<ArrayBuffer> }> {
  if (blob.length < MAGIC.length + 12 + 16 || MAGIC.some((byte, i) => blob[i] !== byte))
    throw new Error('not a vault blob');
  const iv = blob.slice(MAGIC.length, MAGIC.length + 12);
  const plain = new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: blobAad(buildId, keys.level, path) },
      keys.content,
      blob.slice(MAGIC.length + 12),
    ),
  );
  const headerLength = new DataView(plain.buffer).getUint32(0);
  const header = JSON.parse(decoder.decode(plain.slice(4, 4 + headerLength))) as { type: string; length: number };
  return { type: header.type, body: plain.slice(4 + headerLength, 4 + headerLength + header.length) };
}
