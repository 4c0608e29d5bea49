import { junkKind, LEAD_JUNK } from '../../wire/junk.ts';
import { excerpt } from '../text.ts';
import { bodyOf } from '../texts.ts';
import type { RuleCheck } from '../types.ts';

const WHAT: Partial<Record<string, string>> = {
  caption: 'a photo caption',
  byline: "a byline (the writer's name)",
  'date-time': "a news page's date and time",
};

/**
 * A body that starts with page furniture copied along with the text: a caption, byline or date
 * stamp would be the lead readers see first, and the search snippet.
 */
export const leadJunk: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    const [first] = bodyOf(entry).paragraphs;
    const kind = first ? junkKind(first.text) : undefined;
    if (first && kind && LEAD_JUNK.has(kind))
      report(
        entry,
        { line: first.line, column: 1 },
        `the text starts with ${WHAT[kind]} ("${excerpt(first.text)}"), copied from a news page: delete it, so the lead is the first paragraph`,
      );
  }
};
