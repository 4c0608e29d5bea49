import { readDateline } from '../../wire/dateline.ts';
import { bodyOf } from '../texts.ts';
import { excerpt, normalizeText } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** Paragraphs shorter than this (headings, "***", a one-word line) may repeat on purpose. */
const MIN_LENGTH = 40;

/** A paragraph as compared: without a dateline, so a second copy's lead ("Lahat (ANTARA) - …") matches the first's. */
const comparable = (text: string) => normalizeText(readDateline(text)?.rest ?? text);

/**
 * The same paragraph twice in one body: wire copy pasted twice (its lead then starts again with
 * the dateline), or a paragraph copied while rewriting; and the title repeated as a line of the
 * body, the second copy's headline. Reported at the repeat, naming the line of the first.
 */
export const duplicateParagraph: RuleCheck = (input, report) => {
  for (const entry of [...input.releases, ...input.meetings]) {
    const seen = new Map<string, number>();
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
