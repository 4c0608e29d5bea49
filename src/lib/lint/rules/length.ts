import type { RuleCheck } from '../types.ts';

/** Search results and social cards cut titles around here; wire headlines rarely need more. */
export const TITLE_MAX = 100;
/** Search snippets and card descriptions cut around here: one or two sentences fit. */
export const SUMMARY_MAX = 220;

const tooLong = (what: string, length: number, max: number, fix: string) =>
  `is ${length} characters long; search results and social cards show about ${max} of a ${what}: ${fix}`;

/** Public titles of releases, and of meetings with a public block, longer than cards show. */
export const titleLength: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    if (entry.data.visibility !== 'public') continue;
    const { length } = entry.data.title;
    if (length > TITLE_MAX) report(entry, { path: ['title'] }, tooLong('title', length, TITLE_MAX, 'shorten it'));
  }
  for (const entry of input.meetings) {
    const block = entry.data.public;
    if (!block) continue;
    if (block.title !== undefined) {
      const { length } = block.title;
      if (length > TITLE_MAX)
        report(entry, { path: ['public', 'title'] }, tooLong('title', length, TITLE_MAX, 'shorten it'));
    } else if (entry.data.title.length > TITLE_MAX) {
      report(
        entry,
        { path: ['title'] },
        tooLong('title', entry.data.title.length, TITLE_MAX, 'shorten it, or give the public a shorter public.title'),
      );
    }
  }
};

/** Release summaries (the lead in lists, feeds and page descriptions) longer than snippets show. */
export const summaryLength: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    if (entry.data.visibility !== 'public') continue;
    const { length } = entry.data.summary;
    if (length > SUMMARY_MAX)
      report(
        entry,
        { path: ['summary'] },
        tooLong('summary', length, SUMMARY_MAX, 'keep it to one or two sentences and leave details to the text'),
      );
  }
};
