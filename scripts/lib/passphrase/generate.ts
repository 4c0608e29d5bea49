import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';

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
 * A generated passphrase that the build's strength estimate accepts. Six random words virtually
 * always are (the least of 1 000 rated 10^19.6); the rare draw that repeats a word or lines up a
 * phrase is drawn again, which costs a negligible fraction of a bit.
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
