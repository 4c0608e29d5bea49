import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { passwordGuesses } from '../../../src/lib/vault/passwords.ts';
import { MIN_GUESSES } from '../../../src/lib/vault/strength.ts';

/** Words in a generated passphrase: 6 × log2(7776) ≈ 77.5 bits. */
export const PASSPHRASE_WORDS = 6;

/** The committed word list, one word a line (regenerate with `npm run password:words`). */
export const WORD_LIST_FILE = new URL('words.txt', import.meta.url);

/** Reads the committed word list. */
export function readWordList(file: URL = WORD_LIST_FILE): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** Entropy of a passphrase of `count` words drawn uniformly from `size` words, in bits. */
export const passphraseBits = (size: number, count = PASSPHRASE_WORDS) => count * Math.log2(size);

/**
 * A passphrase of `count` words drawn independently and uniformly from `words`, separated by
 * spaces (easy to type on a phone). `pick(n)` returns a uniform integer in [0, n): by default
 * node:crypto's randomInt, which draws from the system's CSPRNG and rejects values that would
 * bias the result (no modulo bias).
 */
export function generatePassphrase(
  words: readonly string[],
  {
    count = PASSPHRASE_WORDS,
    pick = (n: number) => randomInt(n),
  }: { count?: number; pick?: (n: number) => number } = {},
): string {
  return Array.from({ length: count }, () => {
    const word = words[pick(words.length)];
    if (word === undefined) throw new Error('pick() returned an index outside the word list');
    return word;
  }).join(' ');
}

/**
 * A generated passphrase that `accept` accepts. Six random words almost always pass the build's
 * estimate; about one draw in a few thousand does not (six common words such as "kecil pagi
 * selesai" rate 10^16.6; words of the site's own names lower it further), and is drawn again,
 * which costs a negligible fraction of a bit.
 */
export async function strongPassphrase(
  words: readonly string[],
  accept: (passphrase: string) => Promise<boolean>,
  options?: Parameters<typeof generatePassphrase>[1],
): Promise<string> {
  for (;;) {
    const passphrase = generatePassphrase(words, options);
    if (await accept(passphrase)) return passphrase;
  }
}

/**
 * A passphrase that this site's build accepts: drawn until the build's own estimate, with the
 * site's words (siteWords of content/), rates it MIN_GUESSES or more. A check without the site's
 * words would pass "kesatuan bangsa politik ..." on a site whose agencies bear those words.
 */
export function sitePassphrase(
  words: readonly string[],
  siteWords: readonly string[],
  options?: Parameters<typeof generatePassphrase>[1],
): Promise<string> {
  return strongPassphrase(words, async (text) => (await passwordGuesses(text, siteWords)) >= MIN_GUESSES, options);
}
