// Which records a session of a given clearance may see. Every internal page is built from the
// records at or below one level, so nothing above it shows on the page: no title, no count.
import { RELEASE_LEVEL, within, type Level } from '../levels.ts';
import type { ReleaseStatus } from './labels.ts';

/** A release's level in the internal section: public releases are everyone's; embargoed and internal-only ones RELEASE_LEVEL. */
export function releaseLevel(status: ReleaseStatus): Level {
  return status === 'public' ? 'biasa' : RELEASE_LEVEL;
}

/** The meetings and releases a session of `clearance` may see, in their order. */
export function visibleTo<M extends { data: { classification: Level } }, R extends { status: ReleaseStatus }>(
  clearance: Level,
  records: { meetings: readonly M[]; releases: readonly R[] },
): { meetings: M[]; releases: R[] } {
  return {
    meetings: records.meetings.filter((meeting) => within(meeting.data.classification, clearance)),
    releases: records.releases.filter((release) => within(releaseLevel(release.status), clearance)),
  };
}
