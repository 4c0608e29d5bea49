// The encrypted format of the internal section, version 2 (docs/vault-format.md is the spec).
// WebCrypto, and Argon2id in WebAssembly (hash-wasm), so the build (Node), the unlock page and the
// service worker share this code.
import { argon2id } from 'hash-wasm';
import { LEVELS, type Level } from '../levels.ts';
import { sizeClass } from './volume.ts';

/** Format name and version written in the keyring. */
export const FORMAT = 'warta-vault';
export const VERSION = 2;
/**
 * How a password becomes the key that wraps its slot: Argon2id (RFC 9106, version 1.3), one of
 * OWASP's equivalent minimums (19 MiB, 2 passes, 1 lane), which OWASP counts as strong as
 * PBKDF2-HMAC-SHA256 at 600 000 iterations; needing memory for every guess, it gives a GPU less of
 * an edge, and it costs a browser's WebAssembly 0.1–0.3 s where that PBKDF2 took up to 0.9 s on a
 * CPU without SHA instructions (BENCHMARKS.md, cost 25).
 */
export const KDF = { name: 'Argon2id', memory: 19_456, passes: 2, parallelism: 1 } as const;
/** Argon2id memory in KiB the client accepts: OWASP's least up to 64 MiB, which a phone's tab still has. */
export const MEMORY = { min: 19_456, max: 65_536 } as const;
/** Memory in KiB a single pass needs (OWASP's one-pass setting): one pass over less is refused. */
export const ONE_PASS_MEMORY = 47_104;
/**
 * Most work, memory × passes in KiB, one slot may ask for: four times the build's. One derivation
 * holds the page's thread, so this bounds how long it is held at once (about 1 s here).
 */
export const MAX_WORK = 4 * KDF.memory * KDF.passes;
/** Slots the client accepts: "try every password" derives a key per slot. */
export const MAX_SLOTS = 64;
/**
 * Work of all slots together, memory × passes × slots in KiB, that the client accepts: "try every
 * password" derives them all, so this bounds what a hostile keyring can ask of a visitor's browser
 * (about 10–20 s), while 64 slots at the build's KDF still fit.
 */
export const MAX_TOTAL_WORK = 64 * KDF.memory * KDF.passes;
/** Salt lengths the client accepts, in bytes: at least 128 bits, and no absurd sizes. */
export const SALT_BYTES = { min: 16, max: 64 } as const;
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
  /** Argon2id salt, 16 random bytes, base64url. */
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
  /** Argon2id's cost, the same for every slot: memory in KiB, passes, lanes (always 1). */
  kdf: { name: 'Argon2id'; memory: number; passes: number; parallelism: 1 };
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

/**
 * Argon2id's 32 bytes: hash-wasm's WebAssembly, or, in a browser that refuses to compile it (Safari
 * before 16 under the section's policy, which it reads as no WebAssembly at all, or WebAssembly
 * switched off), @noble/hashes' JavaScript: the same bytes, 5–10 times slower, loaded only then.
 */
async function argon2(password: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, kdf: Keyring['kdf']) {
  try {
    return (await argon2id({
      password,
      salt,
      memorySize: kdf.memory,
      iterations: kdf.passes,
      parallelism: kdf.parallelism,
      hashLength: 32,
      outputType: 'binary',
    })) as Uint8Array<ArrayBuffer>;
  } catch {
    const { argon2idAsync } = await import('@noble/hashes/argon2.js');
    return (await argon2idAsync(password, salt, {
      m: kdf.memory,
      t: kdf.passes,
      p: kdf.parallelism,
      dkLen: 32,
    })) as Uint8Array<ArrayBuffer>;
  }
}

/** The key that wraps the level keys, from a password (NFC-normalised UTF-8) and its slot's salt. */
export async function passwordKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  kdf: Keyring['kdf'] = KDF,
): Promise<CryptoKey> {
  const raw = await argon2(utf8(password.normalize('NFC')), salt, kdf);
  try {
    return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  } finally {
    // The copy this code holds; the library's own memory keeps its blocks until it is collected, in
    // a page whose script is trusted anyway (same origin, same trust).
    raw.fill(0);
  }
}

/**
 * Readies the key derivation while the password is typed: compiles its WebAssembly (hash-wasm
 * keeps it per page) with a derivation of no cost, 15–50 ms in a fresh Chromium profile, or, where
 * the browser refuses WebAssembly, loads the JavaScript one instead.
 */
export async function prepareKdf(): Promise<void> {
  await argon2(utf8('x'), new Uint8Array(SALT_BYTES.min), { name: 'Argon2id', memory: 8, passes: 1, parallelism: 1 });
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
 * throws (a DOMException named OperationError) when it is wrong; anything else it throws is not
 * about the password (the WebAssembly refused, memory short). Entries above the clearance are
 * random and open with no key.
 */
export async function openSlot(keyring: Keyring, slot: Slot, password: string): Promise<CryptoKey[]> {
  const key = await passwordKey(password, fromBase64Url(slot.salt), keyring.kdf);
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
 * Checks that a fetched keyring is one this code can open safely: the format it knows, Argon2id
 * with one lane, MEMORY within its bounds, at least 2 passes (or one over ONE_PASS_MEMORY), at
 * most MAX_WORK a slot, MAX_SLOTS slots and MAX_TOTAL_WORK in all, labels (if any) and build id of
 * at most MAX_TEXT characters, each slot with a 16–64 byte salt and one WRAPPED_BYTES entry per
 * level. A keyring is public and a hostile one costs a visitor only time and memory, so the limits
 * stop it from holding the browser for minutes, or asking for more memory than a phone gives a tab.
 */
export function assertKeyring(value: unknown): asserts value is Keyring {
  const keyring = value as Partial<Keyring> | null;
  check(keyring?.format === FORMAT && keyring.version === VERSION, 'unsupported keyring format');
  const { kdf, slots } = keyring;
  check(kdf?.name === 'Argon2id' && kdf.parallelism === 1, 'unsupported key derivation');
  const { memory, passes } = kdf;
  check(Number.isSafeInteger(memory) && Number.isSafeInteger(passes), 'keyring memory or passes not a whole number');
  check(memory >= MEMORY.min, `keyring below ${MEMORY.min} KiB of memory`);
  check(memory <= MEMORY.max, `keyring above ${MEMORY.max} KiB of memory`);
  check(
    passes >= 2 || (passes === 1 && memory >= ONE_PASS_MEMORY),
    `keyring below 2 passes (1 needs ${ONE_PASS_MEMORY} KiB)`,
  );
  check(memory * passes <= MAX_WORK, `keyring asks for more than ${MAX_WORK} KiB × passes a slot`);
  check(Array.isArray(slots) && slots.length > 0, 'keyring without slots');
  check(
    typeof keyring.buildId === 'string' && keyring.buildId.length <= MAX_TEXT,
    `keyring build id not a text of at most ${MAX_TEXT} characters`,
  );
  check(slots.length <= MAX_SLOTS, `keyring with more than ${MAX_SLOTS} slots`);
  check(
    slots.length * memory * passes <= MAX_TOTAL_WORK,
    `keyring asks for more than ${MAX_TOTAL_WORK} KiB × passes in all`,
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
