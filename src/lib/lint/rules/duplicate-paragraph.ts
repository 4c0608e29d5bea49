import { bodyOf } from '../texts.ts';
import { excerpt, normalizeText } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** Paragraphs shorter than this (headings, "***", a one-word line) may repeat on purpose. */
const MIN_LENGTH = 40;

/**
 * The same paragraph twice in one body: wire copy pasted twice, or a paragraph copied while
 * rewriting. Reported at the second copy, naming the line of the first.
 */
export const duplicateParagraph: RuleCheck = (input, report) => {
  for (const entry of [...input.releases, ...input.meetings]) {
    const seen = new Map<string, number>();
    for (const paragraph of bodyOf(entry).paragraphs) {
      const key = normalizeText(paragraph.text);
      if (key.length < MIN_LENGTH) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, paragraph.line);
      else
        report(
          entry,
          { line: paragraph.line, column: 1 },
          `this paragraph ("${excerpt(key)}") repeats the one on line ${first}, a common paste error: delete one copy`,
        );
    }
  }
};
