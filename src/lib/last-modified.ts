import type { ContentSet } from './content/load.ts';
import type { GitHistory } from './git-dates.ts';
import { paths } from './paths.ts';
import { meetingVisibility, releaseVisibility } from './visibility.ts';

const latest = (...dates: (Date | string | undefined)[]) =>
  new Date(Math.max(...dates.filter((date) => date !== undefined).map((date) => new Date(date).getTime())));

/**
 * When each public record page last changed, by URL path: its latest update note, or else its
 * file's last commit, never before it was published (a release committed ahead of its embargo
 * changes on the day it goes public).
 */
export function lastModified(content: ContentSet, git: GitHistory | undefined, now: Date): Map<string, string> {
  const changed = (file: string) => git?.lastChanged.get(file);
  const result = new Map<string, string>();
  for (const release of content.releases) {
    if (releaseVisibility(release.data, now) !== 'public') continue;
    const { publishedAt, updates } = release.data;
    result.set(
      paths.release(release.id),
      latest(publishedAt, changed(release.file), ...updates.map((u) => u.at)).toISOString(),
    );
  }
  for (const meeting of content.meetings) {
    if (meetingVisibility(meeting.data, now) !== 'public') continue;
    result.set(paths.meeting(meeting.id), latest(meeting.data.endsAt, changed(meeting.file)).toISOString());
  }
  return result;
}
