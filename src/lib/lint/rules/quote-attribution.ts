import { hasAttribution, isSpeech, narration, quotations } from '../quotes.ts';
import { bodyOf } from '../texts.ts';
import { excerpt, positionIn, type Paragraph } from '../text.ts';
import type { Report, RuleCheck } from '../types.ts';
import type { Entry } from '../../content/integrity.ts';

const FIX =
  'say who said it next to the quotation, e.g. ..." kata Kepala Kantor Imigrasi Palembang Dewi Kartikasari. (or ujarnya, jelasnya, tambahnya)';

/** Paragraphs grouped so that a quotation running over several paragraphs is read as one. */
function groups(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const result: Paragraph[][] = [];
  let open: Paragraph[] | undefined;
  for (const paragraph of paragraphs) {
    const group = open ?? [];
    group.push(paragraph);
    // An unclosed quotation continues in the next paragraph, by the usual newspaper convention.
    open = quotations(paragraph.text).some((quotation) => !quotation.closed) ? group : undefined;
    if (!open) result.push(group);
  }
  if (open) result.push(open);
  return result;
}

function checkParagraphs(entry: Entry<unknown>, paragraphs: readonly Paragraph[], report: Report): void {
  let previous: Paragraph | undefined;
  for (const group of groups(paragraphs)) {
    const speech = group.flatMap((paragraph) =>
      quotations(paragraph.text)
        .filter(isSpeech)
        .map((quotation) => ({ paragraph, quotation })),
    );
    const attributed =
      group.some((paragraph) => hasAttribution(narration(paragraph.text))) ||
      // A speaker may introduce the quotation at the end of the paragraph before: "Ia mengatakan:".
      (previous !== undefined && /:\s*$/.test(previous.text) && hasAttribution(narration(previous.text)));
    const [first] = speech;
    if (first && !attributed)
      report(
        entry,
        positionIn(first.paragraph, first.quotation.index),
        `quotation "${excerpt(first.quotation.text)}" has no speaker: ${FIX}`,
      );
    previous = group.at(-1);
  }
}

/**
 * A quotation with no speaker: wire style attributes every quote with kata, ujar, jelas, tambahnya
 * and the like, in the same paragraph (or the paragraph before, ending in a colon).
 */
export const quoteAttribution: RuleCheck = (input, report) => {
  for (const entry of input.releases) checkParagraphs(entry, bodyOf(entry).paragraphs, report);
  for (const entry of input.meetings) {
    const summary = entry.data.public?.summary;
    if (summary === undefined) continue;
    // The summary is one field: report at the field (located only then), whatever the line inside it.
    checkParagraphs(entry, [{ text: summary, line: 1 }], (target, _where, message) =>
      report(target, { path: ['public', 'summary'] }, message),
    );
  }
};
