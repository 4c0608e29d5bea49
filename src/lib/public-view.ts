import type { MeetingData } from '../schemas/meeting.ts';

/** The only part of a meeting record that may reach a public page, feed or search index. */
export interface PublicMeeting {
  id: string;
  title: string;
  kind: MeetingData['kind'];
  startsAt: Date;
  /** Venue, unless the record withholds it. */
  place?: string;
  /** Region code. */
  region: string;
  /** Ids of participating organizations (empty when the record withholds them). */
  organizations: string[];
  /** The public summary written for readers. */
  summary: string;
  /** Ids of related press releases that are public at build time. */
  relatedReleases: string[];
}

/**
 * Builds the public view of a meeting. Minutes, decisions, actions, people, classification and
 * attachments never leave this function. Returns undefined for a meeting without a public block.
 * `publicReleaseIds` are the releases visible at build time; `citedBy` the releases naming this meeting.
 */
export function publicView(
  meeting: { id: string; data: MeetingData },
  publicReleaseIds: ReadonlySet<string>,
  citedBy: readonly string[] = [],
): PublicMeeting | undefined {
  const { data } = meeting;
  if (!data.public) return undefined;
  const related = [...new Set([...data.relatedPressReleases, ...citedBy])].filter((id) => publicReleaseIds.has(id));
  return {
    id: meeting.id,
    title: data.public.title ?? data.title,
    kind: data.kind,
    startsAt: data.startsAt,
    ...(data.public.showVenue ? { place: data.location.name } : {}),
    region: data.location.region,
    organizations: data.public.showParticipants ? data.participants.map((participant) => participant.organization) : [],
    summary: data.public.summary,
    relatedReleases: related,
  };
}
