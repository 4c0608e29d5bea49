// What a printed internal page says about where it came from (docs/internal-section.md#printing):
// the record, its last change in git and the build, so a paper copy can be matched to its source.
import { formatDate, type DateStyle } from './dates.ts';
import type { GitHistory } from './git-dates.ts';

/** The build as /build.json names it: its clock (`builtAt`) and the commit built (`commit.head`). */
export interface BuildStamp {
  builtAt: string;
  head: string | undefined;
}

/** What a printout says when git could not date a record (no repository, a shallow clone). */
export const UNKNOWN_CHANGE = 'tidak diketahui';

/** @example buildId({ builtAt: '2026-06-01T00:00:00.000Z', head: 'a1b2…' }) // "2026-06-01T00:00:00.000Z, commit a1b2c3d4e5f6" */
export function buildId({ builtAt, head }: BuildStamp): string {
  return head ? `${builtAt}, commit ${head.slice(0, 12)}` : builtAt;
}

/** When git last changed a record's file, as the printout shows it: "Senin, 12 Mei 2025", or {@link UNKNOWN_CHANGE}. */
export function lastChange(iso: string | undefined, style: DateStyle): string {
  return iso ? formatDate(new Date(iso), style) : UNKNOWN_CHANGE;
}

/**
 * The last commit date of each record, by collection and id ("meetings/<id>"), from the one
 * `git log` pass the build already makes; records git does not know are left out.
 */
export function recordChanges(
  records: { meetings: readonly { id: string; file: string }[] },
  git: GitHistory | undefined,
): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const { id, file } of records.meetings) {
    const date = git?.lastChanged.get(file);
    if (date) changes[`meetings/${id}`] = date;
  }
  return changes;
}
