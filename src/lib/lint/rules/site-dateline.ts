import { readDateline, SITE_NAME_IN } from '../../wire/dateline.ts';
import type { RuleCheck } from '../types.ts';

/** Why a dateline field is a news site's name rather than a place, or undefined when it is not. */
export function siteDatelineProblem(value: string): string | undefined {
  const site = SITE_NAME_IN.exec(value)?.[0];
  if (site === undefined) return undefined;
  const place = readDateline(`${value.trim()} - `)?.place;
  const example = place === undefined ? " (it is in the text's first line, or ask the source)" : `, here "${place}"`;
  return `${JSON.stringify(value)} names the news site ${site}, not a place: write the city the release comes from${example}, and the site under source.name`;
}

/** A dateline that names a news site ("SuaraSumsel.id", "SRIPOKU.COM, PALEMBANG"): an import took the outlet for the city. */
export const siteDateline: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    const problem = siteDatelineProblem(entry.data.dateline);
    if (problem) report(entry, { path: ['dateline'] }, problem);
  }
};
