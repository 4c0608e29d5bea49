import type { PublicMeeting } from './public-view.ts';

/** The public records that concern one region or organization. */
export interface Related<R> {
  releases: R[];
  meetings: PublicMeeting[];
}

/** Releases and public meetings concerning a region: tagged with it, or held in it. */
export function relatedToRegion<R extends { data: { regions: string[] } }>(
  code: string,
  releases: readonly R[],
  meetings: readonly PublicMeeting[],
): Related<R> {
  return {
    releases: releases.filter((release) => release.data.regions.includes(code)),
    meetings: meetings.filter((meeting) => meeting.region === code),
  };
}

/** Releases and public meetings an organization took part in. */
export function relatedToOrganization<R extends { data: { organizations: string[] } }>(
  id: string,
  releases: readonly R[],
  meetings: readonly PublicMeeting[],
): Related<R> {
  return {
    releases: releases.filter((release) => release.data.organizations.includes(id)),
    meetings: meetings.filter((meeting) => meeting.organizations.includes(id)),
  };
}
