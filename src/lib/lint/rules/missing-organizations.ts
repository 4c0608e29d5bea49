import { localDay } from '../../dates.ts';
import { findAgencies } from '../../wire/agencies.ts';
import { provinceOf } from '../../wire/match.ts';
import type { RuleCheck } from '../types.ts';

/** "a, b and c" */
const list = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

/**
 * A release with no `organizations` whose text names agencies: a careless import, or a release
 * written by hand that the agency pages and filters would then leave out. Agencies are found as
 * the importer finds them, by the names valid on the release's day, and agency-like names that
 * are not in the registry are named too. Meetings always list their participants (the schema
 * requires one), so only releases are checked.
 */
export const missingOrganizations: RuleCheck = (input, report) => {
  const timeZone = input.site?.timeZone ?? 'UTC';
  for (const entry of input.releases) {
    if (entry.data.organizations.length > 0) continue;
    const day = localDay(new Date(entry.data.publishedAt), { timeZone });
    const text = [entry.data.title, entry.data.summary, entry.body].join('\n\n');
    const { ids, found, unknown } = findAgencies(text, input.organizations, day, input.regions, provinceOf(input.site));
    if (ids.length === 0 && unknown.length === 0) continue;
    const known = ids.map((id) => {
      const first = found.find((item) => item.id === id);
      return `${first ? text.slice(first.index, first.end) : id} (${id})`;
    });
    const missing = unknown.map((name) => `"${name}" (not in organizations.yaml)`);
    const fix =
      ids.length > 0
        ? `list their ids, e.g. organizations: [${ids.join(', ')}]${unknown.length > 0 ? ', after adding the missing agencies to content/organizations.yaml' : ''}`
        : 'add the agencies to content/organizations.yaml and list their ids under organizations';
    report(entry, { path: ['organizations'] }, `is empty, but the text names ${list([...known, ...missing])}: ${fix}`);
  }
};
