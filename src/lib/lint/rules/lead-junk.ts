import { junkKind, LEAD_JUNK, type JunkKind } from '../../wire/junk.ts';
import { excerpt } from '../text.ts';
import { bodyOf } from '../texts.ts';
import type { RuleCheck } from '../types.ts';

const WHAT: Record<JunkKind, string> = {
  caption: 'a photo caption',
  byline: "a byline (the writer's name)",
  'date-time': "a news page's date and time",
  credits: 'a credit line (writer, editor)',
  'read-also': 'a "read also" link',
  share: 'a row of share buttons',
  copyright: "a news page's copyright or syndication footer",
  tags: "a news page's tags or hashtags",
  breadcrumb: "a news page's navigation path",
  views: "a news page's view counter",
  signature: "a wire desk's initials",
};

/**
 * Page furniture copied along with the text, in any paragraph: a caption, byline or date stamp
 * first would be the lead readers see first, and the search snippet; anywhere else it is noise
 * in the published text.
 */
export const leadJunk: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    bodyOf(entry).paragraphs.forEach((paragraph, index) => {
      const kind = junkKind(paragraph.text);
      if (kind === undefined) return;
      const fix = index === 0 && LEAD_JUNK.has(kind) ? 'delete it, so the lead is the first paragraph' : 'delete it';
      report(
        entry,
        { line: paragraph.line, column: 1 },
        `${index === 0 ? 'the text starts with' : 'this paragraph is'} ${WHAT[kind]} ("${excerpt(paragraph.text)}"), copied from a news page: ${fix}`,
      );
    });
  }
};
