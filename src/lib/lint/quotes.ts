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
] as const;

/** Attribution verbs with their prefix, and "menurut", that introduce or follow a quotation. */
export const LONG_SPEECH_VERBS = [
  'mengatakan',
  'menjelaskan',
  'menambahkan',
  'mengungkapkan',
  'menegaskan',
  'menyatakan',
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
  'menurut',
] as const;

/** Any attribution verb as a whole word. */
export const ATTRIBUTION = new RegExp(
  `(?<![\\p{L}])(?:(?:${SHORT_SPEECH_VERBS.join('|')})(?:nya)?|${LONG_SPEECH_VERBS.join('|')})(?![\\p{L}])`,
  'iu',
);

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
