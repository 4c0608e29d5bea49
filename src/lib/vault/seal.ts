import {
  FORMAT,
  importMaster,
  MIN_ITERATIONS,
  passwordKey,
  sessionKeys,
  slotAad,
  toBase64Url,
  VERSION,
  type Keyring,
  type SessionKeys,
} from './format.ts';
import type { Password } from './passwords.ts';

/**
 * A new vault for one build: a fresh master key wrapped once per password, in the passwords'
 * order. Slots carry their password's label only with `publicLabels`: the keyring is public for
 * ever, and labels usually name agencies.
 */
export async function createVault(
  passwords: readonly Password[],
  { publicLabels = false, iterations = MIN_ITERATIONS }: { publicLabels?: boolean; iterations?: number } = {},
): Promise<{ keyring: Keyring; keys: SessionKeys }> {
  const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
  const master = random(32);
  const buildId = toBase64Url(random(16));
  const slots = await Promise.all(
    passwords.map(async ({ label, password }) => {
      const salt = random(16);
      const iv = random(12);
      const key = await passwordKey(password, salt, iterations);
      const wrapped = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: slotAad(buildId) },
        key,
        master,
      );
      return {
        ...(publicLabels ? { label } : {}),
        salt: toBase64Url(salt),
        iv: toBase64Url(iv),
        wrappedKey: toBase64Url(new Uint8Array(wrapped)),
      };
    }),
  );
  const keys = await sessionKeys(await importMaster(master), buildId);
  master.fill(0); // the raw key exists only for this function's lifetime
  return {
    keyring: { format: FORMAT, version: VERSION, buildId, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations }, slots },
    keys,
  };
}
