// How many guesses a password would take an attacker, estimated with zxcvbn-ts: common passwords,
// keyboard patterns, repeats, dates, English and Indonesian words and names, and the site's own words.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { PartialContentSet } from '../content/load.ts';
import { regionPlaces } from '../registry.ts';

/**
 * Fewest estimated guesses a password of the internal section must need. The keyring is public
 * forever, so the attack is offline: at the keyring's Argon2id cost (19 MiB, 2 passes) a current
 * high-end GPU tries some 8 000–15 000 passwords a second (hashcat's Argon2id on an RTX 4090 does
 * 1 667 a second at 64 MiB and 3 passes, five times the work), about what PBKDF2-HMAC-SHA256 at
 * 600 000 iterations allowed, so 10^18 guesses keep a thousand GPUs busy for some two thousand
 * years. The margin is for faster hardware and for zxcvbn, which rates human-chosen passwords
 * higher than a cracker with better word lists would. Six random words from the passphrase list
 * (`npm run password`) rate 10^19 or more; a four-word phrase of common words, about 10^12–10^16.
 */
export const MIN_GUESSES = 1e18;

/** Words every Warta site's attacker tries first, whatever the content says. */
const PROJECT_WORDS = [
  'warta',
  'tim pora',
  'timpora',
  'pora',
  'imigrasi',
  'internal',
  'sandi',
  'kata sandi',
  'rahasia',
];

/**
 * Separators people put between the words of a passphrase, estimated without them as well: any
 * run of characters that are neither letters nor digits, and a lone digit or two between letters
 * ("kuda1baterai2staples"), which cost an attacker a few guesses each, not a random character's worth.
 */
const SEPARATORS = /[^\p{L}\p{N}]+|(?<=\p{L})\p{N}{1,2}(?=\p{L})/gu;

let estimator: Promise<ZxcvbnFactory> | undefined;

/** zxcvbn with the common, English and Indonesian dictionaries; loaded once, on first use (about 2 s). */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, id] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-id'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

/**
 * Estimated guesses for a password, given words an attacker of this site would try first. The
 * lower of two readings counts: as typed, and without separators, because zxcvbn reads the text
 * between two separators as random characters ("kuda baterai staples benar" as typed: 10^19).
 */
export async function estimateGuesses(password: string, siteWords: readonly string[] = []): Promise<number> {
  const zxcvbn = await loadEstimator();
  // Each known word as written and run together, to match either reading of the password.
  const inputs = [...PROJECT_WORDS, ...siteWords].flatMap((word) => [word, word.replace(SEPARATORS, '')]);
  const joined = password.replace(SEPARATORS, '');
  const readings = joined === password || joined === '' ? [password] : [password, joined];
  return Math.min(...readings.map((text) => zxcvbn.check(text, inputs).guesses));
}

/**
 * The words of the site an attacker would try first: its name, office, team and province (long
 * and short), and the names of its regions (their other spellings and capitals, the places its
 * releases are datelined from), agencies and people: each word, each pair of words and each name
 * run together. Content with errors gives the words of what validates (`npm run password`).
 */
export function siteWords(content: Pick<PartialContentSet, 'site' | 'regions' | 'organizations' | 'people'>): string[] {
  const { site, regions, organizations, people } = content;
  const names = [
    ...(site
      ? [site.name, site.team, site.office, site.province, site.provinceShort ?? '', new URL(site.url).hostname]
      : []),
    ...regions.flatMap(regionPlaces),
    ...organizations.flatMap((organization) => [
      organization.id,
      organization.name,
      organization.shortName,
      ...organization.aliases.flatMap((alias) => [alias.name, alias.shortName ?? '']),
    ]),
    ...people.map((person) => person.name),
  ];
  const words = new Set<string>();
  for (const name of names) {
    const parts = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    for (const [i, part] of parts.entries()) {
      if (part.length >= 3) words.add(part);
      if (i > 0) words.add(`${parts[i - 1]}${part}`); // "Tim PORA" is typed "timpora"
    }
    if (parts.length > 2) words.add(parts.join(''));
  }
  return [...words];
}
