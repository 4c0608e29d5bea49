import { FORMAT, KDF, passwordKey, slotAad, toBase64Url, VERSION, WRAPPED_BYTES, type Keyring } from './format.ts';
import { LEVELS, within, type Level } from '../levels.ts';
import { levelSealer, type LevelSealer } from './build-seal.ts';
import type { Password } from './passwords.ts';

/**
 * A new vault for one build: a fresh random key per level, and one slot per password, in the
 * passwords' order, that wraps the keys of the levels up to the password's clearance. A slot's
 * entries above its clearance are random bytes as long as a wrapped key, so that every slot looks
 * alike and the public keyring does not tell clearances apart. Slots carry their password's label
 * only with `publicLabels`: the keyring is public for ever, and labels usually name agencies.
 * Returns a sealer per level for the build to seal with: the level keys exist only inside them.
 */
export async function createVault(
  passwords: readonly Password[],
  { publicLabels = false }: { publicLabels?: boolean } = {},
): Promise<{ keyring: Keyring; sealers: Map<Level, LevelSealer> }> {
  const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
  const levelKeys = LEVELS.map(() => random(32));
  const buildId = toBase64Url(random(16));
  // One password after the other: each Argon2id holds its 19 MiB until it ends, and 64 at once would
  // hold 1.2 GiB.
  const slots: Keyring['slots'] = [];
  for (const { label, password, clearance } of passwords) {
    const salt = random(16);
    const key = await passwordKey(password, salt, KDF);
    const keys = await Promise.all(
      LEVELS.map(async (level, i) => {
        if (!within(level, clearance)) return toBase64Url(random(WRAPPED_BYTES));
        const iv = random(12);
        const wrapped = new Uint8Array(
          await crypto.subtle.encrypt(
            { name: 'AES-GCM', iv, additionalData: slotAad(buildId, level) },
            key,
            levelKeys[i] as Uint8Array<ArrayBuffer>,
          ),
        );
        const entry = new Uint8Array(WRAPPED_BYTES);
        entry.set(iv, 0);
        entry.set(wrapped, iv.length);
        return toBase64Url(entry);
      }),
    );
    slots.push({ ...(publicLabels ? { label } : {}), salt: toBase64Url(salt), keys });
  }
  const sealers = new Map(LEVELS.map((level, i) => [level, levelSealer(levelKeys[i] as Uint8Array, buildId, level)]));
  for (const bytes of levelKeys) bytes.fill(0); // the raw keys exist only for this function's lifetime
  return {
    keyring: { format: FORMAT, version: VERSION, buildId, kdf: { ...KDF }, slots },
    sealers,
  };
}
