import { comparable, comparableWords, similarWords } from '../../wire/repeats.ts';
import { bodyOf } from '../texts.ts';
import { excerpt, normalizeText } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** Paragraphs shorter than this (headings, "***", a one-word line) may repeat on purpose. */
const MIN_LENGTH = 40;

/**
 * The same paragraph twice in one body: wire copy pasted twice (its lead then starts again with
 * the dateline), or a paragraph copied while rewriting, word for word or with a word or two
 * changed; and the title repeated as a line of the body, the second copy's headline. Reported at
 * the repeat, naming the line of the first.
 */
export const duplicateParagraph: RuleCheck = (input, report) => {
  for (const entry of [...input.releases, ...input.meetings]) {
    /** Paragraphs so far by their comparable text: line and words. */
    const seen = new Map<string, { line: number; words: Set<string> }>();
    const title = normalizeText(entry.data.title);
    for (const paragraph of bodyOf(entry).paragraphs) {
      if (normalizeText(paragraph.text) === title) {
        report(
          entry,
          { line: paragraph.line, column: 1 },
          `this line repeats the title ("${excerpt(title)}"), the headline of a text pasted twice: delete it`,
        );
        continue;
      }
      const key = comparable(paragraph.text);
      if (key.length < MIN_LENGTH) continue;
      const first = seen.get(key)?.line;
      const words = comparableWords(key);
      const similar =
        first === undefined ? [...seen.values()].find((earlier) => similarWords(earlier.words, words)) : undefined;
      if (first !== undefined)
        report(
          entry,
          { line: paragraph.line, column: 1 },
          `this paragraph ("${excerpt(key)}") repeats the one on line ${first}, a common paste error: delete one copy`,
        );
      else if (similar)
        report(
          entry,
          { line: paragraph.line, column: 1 },
          `this paragraph ("${excerpt(key)}") repeats the one on line ${similar.line} with small changes, as a second pasted copy does: keep one version`,
        );
      else seen.set(key, { line: paragraph.line, words });
    }
  }
};
