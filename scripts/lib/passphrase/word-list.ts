// Derives the passphrase word list from the Indonesian word frequencies that ship with
// @zxcvbn-ts/language-id (from film subtitles, so everyday spoken words come first).

/** How many words the list has: 6^5, as in Diceware, so one word is log2(7776) ≈ 12.92 bits. */
export const WORD_COUNT = 7776;

/**
 * Spellings that Indonesian words do not have: English digraphs and endings, doubled consonants,
 * consonant clusters at the end (other than -ng, -nk), and y after a consonant other than n or s
 * (ny, sy are Indonesian); they mark English words and names and romanised Chinese, Japanese and
 * Korean in the subtitles.
 */
const FOREIGN =
  /[qx]|([b-df-hj-np-tv-z])\1|th|sh|ph|ck|oo|ee|ou|y$|c(?![aeiou])|[^nsaeiou]y|w[^aeiou]|[b-df-hj-mp-tv-z][b-df-hj-np-tv-z]$/;

/**
 * Insults, swearing, sex, drugs, killing, and religions, ethnic groups and political labels:
 * words an office should not hand its partner agencies as a password.
 */
const OFFENSIVE = (
  'anjing babi bajingan banci bangkai bangsat bedebah bego bencong berak bercinta bodoh bokong ' +
  'bom brengsek budak budha bugil bunuh cabul cina cium cumbu dungu germo gila goblok haid ' +
  'haram hina hindu homo iblis idiot islam jahanam jalang jancuk kafir kampret katolik kelamin ' +
  'kemaluan kencing kentut keparat komunis kondom kontol kristen kunyuk kutuk lonte mabuk ' +
  'mampus mayat memek mesum miras monyet nafsu narkoba negro neraka ngentot orgasme pantat ' +
  'payudara pelacur peler penis perek persetan pipis pribumi sabu seks seksi seksual setan ' +
  'sialan sinting sundal tahi tai teror teroris tinja titit toket tolol udik waria yahudi'
).split(' ');

/** An offensive stem with the affixes that keep its meaning (dibunuh, pembunuh, bodohnya, ...). */
const OFFENSIVE_FORMS = new RegExp(
  `^(?:di|ku|ter|ber|se|me|mem|meng|pem|peng|pe|ke|kau)?(?:${OFFENSIVE.join('|')})(?:ku|mu|nya|lah|kah|an|kan|i)?$`,
);

/** The dictionaries the list is made from, in zxcvbn-ts's format. */
export interface WordSources {
  /** Indonesian words, most frequent first (language-id's commonWords-id). */
  indonesian: readonly string[];
  /** Indonesian given names (language-id's names-id). */
  names: readonly string[];
  /** English words and common passwords (language-common's diceware-common and passwords-common). */
  excluded: readonly string[];
}

/**
 * The WORD_COUNT most frequent Indonesian words that are 3–8 lower-case letters a–z, spelled the
 * Indonesian way, not a given name, not an English word or a common password, and not offensive.
 * Frequent words are easy to read and type; their frequency costs nothing, because a passphrase's
 * strength comes from the random choice, and the strength estimate knows every one of them.
 */
export function deriveWordList(sources: WordSources): string[] {
  const skip = new Set([...sources.names, ...sources.excluded]);
  const words = new Set<string>();
  for (const word of sources.indonesian) {
    if (words.size === WORD_COUNT) break;
    if (!/^[a-z]{3,8}$/.test(word) || !/[aeiou]/.test(word) || FOREIGN.test(word)) continue;
    if (skip.has(word) || OFFENSIVE_FORMS.test(word)) continue;
    words.add(word);
  }
  if (words.size < WORD_COUNT)
    throw new Error(`only ${words.size} words qualify, fewer than ${WORD_COUNT}: the source dictionary changed`);
  return [...words];
}

/** The dictionaries as installed (zxcvbn-ts's language packages). */
export async function wordSources(): Promise<WordSources> {
  const [common, id] = await Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-id')]);
  return {
    indonesian: id.dictionary['commonWords-id'],
    names: id.dictionary['names-id'],
    excluded: [...common.dictionary['diceware-common'], ...common.dictionary['passwords-common']],
  };
}
