import { placeName, readDateline, SITE_NAME_IN } from '../../wire/dateline.ts';
import { bodyOf } from '../texts.ts';
import { PLACEHOLDER } from './placeholder.ts';
import type { RuleCheck } from '../types.ts';

/** A dateline field is a place name: capitalised words, no agency, dash, digits or date. */
const PLACE = /^\p{Lu}[\p{L}.'’]*(?:[ -]\p{L}[\p{L}.'’]*){0,3}$/u;

/**
 * Why a dateline field is wrong, or undefined when it is a place name (or a placeholder or a site
 * name, which other rules report).
 */
export function datelineProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (PLACEHOLDER.test(trimmed) || SITE_NAME_IN.test(trimmed)) return undefined;
  if (trimmed === '') return 'is blank: write the city the release comes from';
  if (PLACE.test(trimmed) && !(trimmed.length > 3 && trimmed === trimmed.toUpperCase())) return undefined;
  const suggestion = readDateline(`${trimmed} - `)?.place ?? placeName(trimmed.replace(/[(\-–—].*$/, ''));
  const example = suggestion && PLACE.test(suggestion) ? `, e.g. "${suggestion}"` : '';
  return `${JSON.stringify(value)} is not a plain place name: write only the city${example} (the page adds the dash)`;
}

/**
 * The dateline: the field must be a plain place name (the page prints "Palembang -" from it), and
 * the text must not start with a dateline of its own, which readers would then see twice, nor
 * have one further down, the lead of a text pasted a second time.
 */
export const dateline: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    const problem = datelineProblem(entry.data.dateline);
    if (problem) report(entry, { path: ['dateline'] }, problem);
    bodyOf(entry).paragraphs.forEach((paragraph, index) => {
      const repeated = readDateline(paragraph.text);
      if (!repeated) return;
      const words = JSON.stringify(repeated.words);
      report(
        entry,
        { line: paragraph.line, column: 1 },
        index === 0
          ? `the text starts with a dateline (${words}) that readers would see twice: delete it, the page prints "${entry.data.dateline} -" from the dateline field`
          : `this paragraph starts with a dateline (${words}), as the lead of a second pasted copy does: delete the copy, or the dateline`,
      );
    });
  }
};
