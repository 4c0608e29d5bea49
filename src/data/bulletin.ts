// The one place pages read content: visibility and the public view are applied here, once,
// so no page can reach a draft, an embargoed release or a meeting's minutes by accident.
import { getCollection, type CollectionEntry } from 'astro:content';
import { now, site } from 'virtual:warta/config';
import { newestFirst } from '../lib/collections.ts';
import type { DateStyle } from '../lib/dates.ts';
import { publicView, type PublicMeeting } from '../lib/public-view.ts';
import { byId } from '../lib/registry.ts';
import { meetingVisibility, releaseVisibility } from '../lib/visibility.ts';

export type Release = CollectionEntry<'releases'>;

/** What public pages may use. */
export interface PublicBulletin {
  releases: Release[];
  meetings: PublicMeeting[];
  regions: Map<string, CollectionEntry<'regions'>['data']>;
  organizations: Map<string, CollectionEntry<'organizations'>['data']>;
  people: Map<string, CollectionEntry<'people'>['data']>;
}

export { now, site };

/** Date display settings of this site. */
export const dateStyle: DateStyle = { locale: 'id-ID', timeZone: site.timeZone, timeZoneLabel: site.timeZoneLabel };

let cached: Promise<PublicBulletin> | undefined;

async function load(): Promise<PublicBulletin> {
  const [allReleases, allMeetings, regions, organizations, people] = await Promise.all([
    getCollection('releases'),
    getCollection('meetings'),
    getCollection('regions'),
    getCollection('organizations'),
    getCollection('people'),
  ]);
  const releases = newestFirst(
    allReleases.filter((entry) => releaseVisibility(entry.data, now) === 'public'),
    (entry) => entry.data.publishedAt,
  );
  const publicIds = new Set(releases.map((entry) => entry.id));
  const meetings = newestFirst(
    allMeetings
      .filter((entry) => meetingVisibility(entry.data, now) === 'public')
      .flatMap((entry) => {
        const citedBy = releases.filter((release) => release.data.relatedMeetings.includes(entry.id)).map((r) => r.id);
        const view = publicView(entry, publicIds, citedBy);
        return view ? [view] : [];
      }),
    (meeting) => meeting.startsAt,
  );
  return {
    releases,
    meetings,
    regions: byId(regions.map((entry) => entry.data)),
    organizations: byId(organizations.map((entry) => entry.data)),
    people: byId(people.map((entry) => entry.data)),
  };
}

/** Public releases and meeting views at build time, newest first, with the registries. */
export function publicBulletin(): Promise<PublicBulletin> {
  cached ??= load();
  return cached;
}
