import { firstTag } from '../../wire/markup.ts';
import type { RuleCheck } from '../types.ts';

const problem = (tag: string) =>
  `contains the HTML tag ${JSON.stringify(tag)}, which the page shows as plain text: delete the tags (and any script between them), keep the words`;

/** HTML in a title or summary, which pages, feeds and search show as text: pasted markup, or an attempt to slip script in. */
export const fieldMarkup: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    for (const field of ['title', 'summary'] as const) {
      const tag = firstTag(entry.data[field]);
      if (tag !== undefined) report(entry, { path: [field] }, problem(tag));
    }
  }
  for (const entry of input.meetings) {
    const tag = firstTag(entry.data.title);
    if (tag !== undefined) report(entry, { path: ['title'] }, problem(tag));
  }
};
