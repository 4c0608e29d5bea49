import { groupBy, newestFirst } from '../collections.ts';
import type { DateStyle } from '../dates.ts';
import { formatClock, formatDate, formatDateTime, formatTime, localDay } from '../dates.ts';
import { paths } from '../paths.ts';
import type { ReleaseStatus } from './labels.ts';
import { internalPaths } from './paths.ts';

/** The fields of a meeting record that lists and links need. */
export interface MeetingLike {
  id: string;
  data: { title: string; startsAt: Date; followsUp?: string | undefined };
}

/** A link to another meeting: enough to name and date it. */
export interface MeetingRef {
  id: string;
  title: string;
  startsAt: Date;
}

/** A meeting reduced to a link. */
export function meetingRef(meeting: MeetingLike): MeetingRef {
  return { id: meeting.id, title: meeting.data.title, startsAt: meeting.data.startsAt };
}

/** Meetings newest first; ties broken by id so lists are stable between builds. */
export function listMeetings<M extends MeetingLike>(meetings: readonly M[]): M[] {
  return newestFirst(meetings, (meeting) => meeting.data.startsAt);
}

/**
 * For each meeting, the later meetings that reviewed its follow-up actions (their `followsUp`
 * names it), oldest first. Meetings nobody reviewed are absent from the map.
 */
export function reviewersOf(meetings: readonly MeetingLike[]): Map<string, MeetingRef[]> {
  const reviewers = new Map<string, MeetingRef[]>();
  for (const meeting of [...meetings].sort(byStart)) {
    const reviewed = meeting.data.followsUp;
    if (reviewed === undefined) continue;
    const list = reviewers.get(reviewed) ?? [];
    list.push(meetingRef(meeting));
    reviewers.set(reviewed, list);
  }
  return reviewers;
}

function byStart(a: MeetingLike, b: MeetingLike): number {
  return a.data.startsAt.getTime() - b.data.startsAt.getTime() || a.id.localeCompare(b.id);
}

/**
 * When a meeting took place, as the minutes print it.
 * @example formatTimeRange(start, end, wib) // "Jumat, 22 November 2024, 09.00–12.30 WIB"
 */
export function formatTimeRange(start: Date, end: Date, style: DateStyle): string {
  if (localDay(start, style) !== localDay(end, style)) {
    return `${formatDateTime(start, style)} – ${formatDateTime(end, style)}`;
  }
  return `${formatDate(start, style)}, ${formatClock(start, style)}–${formatTime(end, style)}`;
}

/**
 * Day and time as a notula lists them, on two lines ("Hari, tanggal" and "Waktu").
 * @example notulaWhen(start, end, wib) // { day: "Jumat, 22 November 2024", time: "09.00–12.00 WIB" }
 */
export function notulaWhen(start: Date, end: Date, style: DateStyle): { day: string; time: string } {
  if (localDay(start, style) !== localDay(end, style)) {
    return {
      day: `${formatDate(start, style)} – ${formatDate(end, style)}`,
      time: `${formatTime(start, style)} – ${formatTime(end, style)}`,
    };
  }
  return { day: formatDate(start, style), time: `${formatClock(start, style)}–${formatTime(end, style)}` };
}

/** The fields of a release that internal lists and links need. */
export interface ReleaseLike {
  id: string;
  status: ReleaseStatus;
  data: { title: string; publishedAt: Date; relatedMeetings: readonly string[] };
}

/** A release linked from an internal page: public ones to their public page, others to the internal copy. */
export interface ReleaseLink {
  id: string;
  title: string;
  publishedAt: Date;
  status: ReleaseStatus;
  href: string;
}

/** Where internal pages link a release: its public page once public, its internal page before. */
export function releaseHref(release: { id: string; status: ReleaseStatus }): string {
  return release.status === 'public' ? paths.release(release.id) : internalPaths.release(release.id);
}

/** The fields of a meeting that link it to releases. */
export interface MeetingWithReleases extends MeetingLike {
  data: MeetingLike['data'] & { relatedPressReleases: readonly string[] };
}

/** Pairs each meeting with each release about it: named by the meeting, or naming the meeting. */
function pairs(
  meetings: readonly MeetingWithReleases[],
  releases: readonly ReleaseLike[],
): { meeting: MeetingWithReleases; release: ReleaseLike }[] {
  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const releasesById = new Map(releases.map((release) => [release.id, release]));
  const seen = new Set<string>();
  const found: { meeting: MeetingWithReleases; release: ReleaseLike }[] = [];
  const add = (meeting: MeetingWithReleases | undefined, release: ReleaseLike | undefined) => {
    if (!meeting || !release) return;
    const key = `${meeting.id}\n${release.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ meeting, release });
  };
  for (const meeting of meetings) {
    for (const id of meeting.data.relatedPressReleases) add(meeting, releasesById.get(id));
  }
  for (const release of releases) {
    for (const id of release.data.relatedMeetings) add(meetingsById.get(id), release);
  }
  return found;
}

/**
 * For each meeting, the releases about it, newest first, as links (public page once public,
 * internal page before). Ids missing from either list (drafts, never built) are left out.
 */
export function releaseLinksByMeeting(
  meetings: readonly MeetingWithReleases[],
  releases: readonly ReleaseLike[],
): Map<string, ReleaseLink[]> {
  const byMeeting = groupBy(pairs(meetings, releases), (pair) => pair.meeting.id);
  return new Map(
    [...byMeeting].map(([id, found]) => [
      id,
      newestFirst(
        found.map((pair) => pair.release),
        (release) => release.data.publishedAt,
      ).map((release) => ({
        id: release.id,
        title: release.data.title,
        publishedAt: release.data.publishedAt,
        status: release.status,
        href: releaseHref(release),
      })),
    ]),
  );
}

/** For each release, the meetings it is about, newest first; ids missing from either list are left out. */
export function meetingRefsByRelease(
  meetings: readonly MeetingWithReleases[],
  releases: readonly ReleaseLike[],
): Map<string, MeetingRef[]> {
  const byRelease = groupBy(pairs(meetings, releases), (pair) => pair.release.id);
  return new Map(
    [...byRelease].map(([id, found]) => [id, listMeetings(found.map((pair) => pair.meeting)).map(meetingRef)]),
  );
}

/** A short label for an attachment's file type, e.g. "PDF", from its name. */
export function fileTypeLabel(file: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(file);
  return match?.[1] ? match[1].toUpperCase() : 'berkas';
}
