// The one place pages read content: visibility and the public view are applied here, once,
// so no page can reach a draft, an embargoed release or a meeting's minutes by accident.
import { getCollection, type CollectionEntry } from 'astro:content';
import { now, site } from 'virtual:warta/config';
import { groupByEach, newestFirst } from '../lib/collections.ts';
import type { DateStyle } from '../lib/dates.ts';
import { publicView, type PublicMeeting } from '../lib/public-view.ts';
import { byId } from '../lib/registry.ts';
import { meetingVisibility, releaseVisibility } from '../lib/visibility.ts';

export type Release = CollectionEntry<'releases'>;

/** The registries by id: reference data that public and internal pages print alike. */
export interface Registries {
  regions: Map<string, CollectionEntry<'regions'>['data']>;
  organizations: Map<string, CollectionEntry<'organizations'>['data']>;
  people: Map<string, CollectionEntry<'people'>['data']>;
}

/** What public pages may use. */
export interface PublicBulletin extends Registries {
  releases: Release[];
  meetings: PublicMeeting[];
  /** The public meetings related to each release, newest first (looked up, not searched, per page). */
  meetingsOfRelease: Map<string, PublicMeeting[]>;
  /** The releases related to each public meeting, newest first. */
  releasesOfMeeting: Map<string, Release[]>;
}

export { now, site };

/** Date display settings of this site. */
export const dateStyle: DateStyle = { locale: 'id-ID', timeZone: site.timeZone, timeZoneLabel: site.timeZoneLabel };

let cached: Promise<PublicBulletin> | undefined;
let cachedRegistries: Promise<Registries> | undefined;

async function loadRegistries(): Promise<Registries> {
  const [regions, organizations, people] = await Promise.all([
    getCollection('regions'),
    getCollection('organizations'),
    getCollection('people'),
  ]);
  return {
    regions: byId(regions.map((entry) => entry.data)),
    organizations: byId(organizations.map((entry) => entry.data)),
    people: byId(people.map((entry) => entry.data)),
  };
}

/**
 * The regions, organizations and people registries, loaded once per build. They hold no record,
 * so the internal section reads them from here too.
 */
export function registries(): Promise<Registries> {
  cachedRegistries ??= loadRegistries();
  return cachedRegistries;
}

async function load(): Promise<PublicBulletin> {
  const [allReleases, allMeetings, registryMaps] = await Promise.all([
    getCollection('releases'),
    getCollection('meetings'),
    registries(),
  ]);
  const releases = newestFirst(
    allReleases.filter((entry) => releaseVisibility(entry.data, now) === 'public'),
    (entry) => entry.data.publishedAt,
  );
  const publicIds = new Set(releases.map((entry) => entry.id));
  const citers = groupByEach(releases, (release) => release.data.relatedMeetings);
  const meetings = newestFirst(
    allMeetings
      .filter((entry) => meetingVisibility(entry.data, now) === 'public')
      .flatMap((entry) => {
        const view = publicView(
          entry,
          publicIds,
          (citers.get(entry.id) ?? []).map((release) => release.id),
        );
        return view ? [view] : [];
      }),
    (meeting) => meeting.startsAt,
  );
  const meetingsOfRelease = groupByEach(meetings, (meeting) => meeting.relatedReleases);
  const releasesOfMeeting = groupByEach(releases, (release) =>
    (meetingsOfRelease.get(release.id) ?? []).map((meeting) => meeting.id),
  );
  return { releases, meetings, meetingsOfRelease, releasesOfMeeting, ...registryMaps };
}

/** Public releases and meeting views at build time, newest first, with the registries. */
export function publicBulletin(): Promise<PublicBulletin> {
  cached ??= load();
  return cached;
}
