/** Abbreviations and honorifics whose period ends no sentence ("Kab. Lahat", "H. Ahmad", "No. 5"). */
const ABBREVIATIONS = 'Hj?|Dr|Drs|Dra|Ir|Prof|KH|dr|drg|Kab|Kec|Kel|No|Jl|St|Tbk|dkk|Bpk|Sdr';

/**
 * The end of a sentence: ".", "!" or "?" (with a closing quote) before a space and a capital, a digit
 * or an opening quote, unless the period follows an initial or an abbreviation; or a line break.
 */
const SENTENCE_END = new RegExp(
  String.raw`(?<!(?:^|[\s("])(?:\p{Lu}|${ABBREVIATIONS}))[.!?]["”’]?(?=[ \t]+["“]?[\p{Lu}\d])|\n`,
  'gu',
);

/** Where each sentence of a text starts and ends, without the spaces around it. */
function spans(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    const sentence = text.slice(start, end);
    const lead = sentence.length - sentence.trimStart().length;
    if (sentence.trim()) result.push({ start: start + lead, end: start + sentence.trimEnd().length });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[0] === '\n' ? 0 : match[0].length);
    push(end);
    start = match.index + match[0].length;
  }
  push(text.length);
  return result;
}

/**
 * The sentences of a text, trimmed; initials and abbreviations such as "Kab." do not end one.
 * @example sentences('Rapat di Kab. Lahat dipimpin R. Anggraini. Selesai.') // ['Rapat di Kab. Lahat dipimpin R. Anggraini.', 'Selesai.']
 */
export function sentences(text: string): string[] {
  return spans(text).map(({ start, end }) => text.slice(start, end));
}

/** The sentence of a text at an offset (see sentences); between two sentences, the next one. */
export function sentenceAt(text: string, index: number): string {
  const all = spans(text);
  const span = all.find(({ end }) => index < end) ?? all.at(-1);
  return span ? text.slice(span.start, span.end) : '';
}
