import { straightQuotes } from './text.ts';

/** Wire-style attribution verbs, also with -nya: "kata", "ujarnya", "jelas", "tambahnya" ... */
export const SHORT_SPEECH_VERBS = [
  'kata',
  'ujar',
  'jelas',
  'tambah',
  'ungkap',
  'ucap',
  'tutur',
  'terang',
  'imbuh',
  'sebut',
  'papar',
  'tegas',
  'lanjut',
  'pungkas',
  'tandas',
  'harap',
  'pinta',
  'ajak',
  'beber',
  'urai',
  'cetus',
  'tukas',
  'timpal',
  'sambung',
] as const;

/** Attribution verbs with their prefix that introduce a statement: "Herdaus mengatakan ...". */
export const LONG_SPEECH_VERBS = [
  'mengatakan',
  'menjelaskan',
  'menambahkan',
  'mengungkapkan',
  'menegaskan',
  'menyatakan',
  'menyebut',
  'menyebutkan',
  'memaparkan',
  'menyampaikan',
  'menuturkan',
  'menerangkan',
  'mengimbau',
  'mengingatkan',
  'meminta',
  'berkata',
  'berharap',
  'mengakui',
  'membenarkan',
  'menekankan',
  'menandaskan',
  'membeberkan',
  'menguraikan',
  'mengutarakan',
  'mengharapkan',
  'berpesan',
] as const;

/** Passive attribution verbs, followed by the speaker: "Hal itu disampaikan Kepala ...". */
export const PASSIVE_SPEECH_VERBS = [
  'dikatakan',
  'dijelaskan',
  'disampaikan',
  'diungkapkan',
  'ditegaskan',
  'dituturkan',
  'diterangkan',
  'dipaparkan',
  'disebutkan',
  'ditambahkan',
  'diutarakan',
  'dibenarkan',
] as const;

/** How an attribution verb names its speaker. */
export type SpeechVerbKind = 'short' | 'long' | 'passive' | 'menurut';

/** An attribution verb as written; `pronoun` when its -nya is the speaker ("ujarnya", "menurutnya"). */
export interface SpeechVerb {
  kind: SpeechVerbKind;
  verb: string;
  pronoun: boolean;
}

/**
 * True when `typed` is `word` with one letter missing, one letter added or two neighbours swapped:
 * "mengatkan", "menjelasakan", "mengatakna".
 */
function oneSlip(typed: string, word: string): boolean {
  const [short, long] = typed.length <= word.length ? [typed, word] : [word, typed];
  if (long.length - short.length === 1) {
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (typed.length !== word.length) return false;
  const diff = [...typed].findIndex((letter, i) => letter !== word[i]);
  return (
    diff >= 0 &&
    typed[diff] === word[diff + 1] &&
    typed[diff + 1] === word[diff] &&
    typed.slice(diff + 2) === word.slice(diff + 2)
  );
}

/** Long verbs are distinct enough for a slip of one letter to be read as the verb; short ones are not. */
const TYPO_MIN_LENGTH = 9;

const lists: [SpeechVerbKind, readonly string[]][] = [
  ['short', SHORT_SPEECH_VERBS],
  ['long', LONG_SPEECH_VERBS],
  ['passive', PASSIVE_SPEECH_VERBS],
  ['menurut', ['menurut']],
];

/**
 * Reads a word as an attribution verb: the lists above, short verbs and "menurut" with -nya (also
 * typed "-nnya"), and long verbs with a one-letter slip.
 * @example speechVerb('ujarnnya') // { kind: 'short', verb: 'ujar', pronoun: true }
 */
export function speechVerb(word: string): SpeechVerb | undefined {
  const typed = word.toLowerCase();
  if (readVerbs.has(typed)) return readVerbs.get(typed);
  const verb = readSpeechVerb(typed);
  readVerbs.set(typed, verb);
  return verb;
}

/**
 * Words already read, with their verb or none: the check reads every word of every text, and the
 * slip comparison against each long verb is the costly part (a third of `npm run check` on a large
 * archive without it). Words repeat, so the map stays the size of the archive's vocabulary.
 */
const readVerbs = new Map<string, SpeechVerb | undefined>();

function readSpeechVerb(typed: string): SpeechVerb | undefined {
  const bare = typed.replace(/n?nya$/, '');
  for (const [kind, verbs] of lists) {
    const pronounable = kind === 'short' || kind === 'menurut';
    if (verbs.includes(typed)) return { kind, verb: typed, pronoun: false };
    if (pronounable && bare !== typed && verbs.includes(bare)) return { kind, verb: bare, pronoun: true };
  }
  if (typed.length < TYPO_MIN_LENGTH - 1) return undefined;
  for (const [kind, verbs] of lists) {
    const verb = verbs.find((candidate) => candidate.length >= TYPO_MIN_LENGTH && oneSlip(typed, candidate));
    if (verb) return { kind, verb, pronoun: false };
  }
  return undefined;
}

/** True when the text has an attribution verb, as a whole word. */
export function hasAttribution(text: string): boolean {
  for (const [word] of text.matchAll(/\p{L}+/gu)) if (speechVerb(word) !== undefined) return true;
  return false;
}

/** A quoted stretch of text; `closed` is false when the quotation runs on past the text. */
export interface Quotation {
  /** Offset of the opening quote mark. */
  index: number;
  /** Offset just after the closing quote mark (or the end of the text). */
  end: number;
  /** The words inside the quote marks. */
  text: string;
  closed: boolean;
}

/** The quotations of a text, with straight or typographic double quotes, paired in order. */
export function quotations(text: string): Quotation[] {
  const straight = straightQuotes(text);
  const marks = [...straight.matchAll(/"/g)].map((match) => match.index);
  const result: Quotation[] = [];
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i] ?? 0;
    const close = marks[i + 1];
    result.push({
      index: open,
      end: close === undefined ? text.length : close + 1,
      text: text.slice(open + 1, close ?? text.length).trim(),
      closed: close !== undefined,
    });
  }
  return result;
}

/** Quoted words count as speech from four words on; shorter ones are terms ("jemput bola"). */
export function isSpeech(quotation: Quotation): boolean {
  return quotation.text.split(/\s+/).filter(Boolean).length >= 4;
}

/** The text with every quotation blanked out, so only the narration around it is searched. */
export function narration(text: string): string {
  let result = text;
  for (const quotation of quotations(text)) {
    result =
      result.slice(0, quotation.index) + ' '.repeat(quotation.end - quotation.index) + result.slice(quotation.end);
  }
  return result;
}
