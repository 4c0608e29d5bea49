// A session's keys at rest. IndexedDB holds them only wrapped (AES-KW) under a random key whose
// bytes live in a cookie that no request carries; a session cookie dies with the browser, and the
// wrapped keys are then useless to anyone who reads the database.
import type { Level } from '../levels.ts';
import { fromBase64Url, toBase64Url, type SessionKeys } from './format.ts';

/** The session keys wrapped with AES-KW, one pair per level, as IndexedDB keeps them. */
export type WrappedKeys = { level: Level; content: ArrayBuffer; names: ArrayBuffer }[];

/** Wraps extractable session keys under a fresh random key; returns them and that key (base64url, for the cookie). */
export async function wrapSessionKeys(keys: SessionKeys): Promise<{ wrapped: WrappedKeys; wrappingKey: string }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const key = await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey']);
  return {
    wrapped: await Promise.all(
      keys.map(async ({ level, content, names }) => ({
        level,
        content: await crypto.subtle.wrapKey('raw', content, key, 'AES-KW'),
        names: await crypto.subtle.wrapKey('raw', names, key, 'AES-KW'),
      })),
    ),
    wrappingKey: toBase64Url(raw),
  };
}

/**
 * Unwraps the keys as non-extractable keys that can only decrypt and name blobs; throws when the
 * wrapping key is not the one they were wrapped under.
 */
export async function unwrapSessionKeys(wrapped: WrappedKeys, wrappingKey: string): Promise<SessionKeys> {
  const key = await crypto.subtle.importKey('raw', fromBase64Url(wrappingKey), 'AES-KW', false, ['unwrapKey']);
  return Promise.all(
    wrapped.map(async ({ level, content, names }) => ({
      level,
      content: await crypto.subtle.unwrapKey('raw', content, key, 'AES-KW', 'AES-GCM', false, ['decrypt']),
      names: await crypto.subtle.unwrapKey(
        'raw',
        names,
        key,
        'AES-KW',
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        false,
        ['sign'],
      ),
    })),
  );
}
