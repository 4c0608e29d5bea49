// The one place internal pages read content (the counterpart of bulletin.ts): every record but
// drafts, with its full data, minutes and follow-up actions. Everything built from here lives
// under /internal/, which the vault encrypts after the build.
import { dirname, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { now, printing, site } from 'virtual:warta/config';
import { groupBy, newestFirst } from '../lib/collections.ts';
import { localDay } from '../lib/dates.ts';
import type { ReleaseStatus } from '../lib/internal/labels.ts';
import {
  listMeetings,
  meetingRefsByRelease,
  releaseLinksByMeeting,
  reviewersOf,
  type MeetingRef,
  type ReleaseLink,
} from '../lib/internal/meetings.ts';
import { attachmentName, internalPaths, variantFolder } from '../lib/internal/paths.ts';
import { trackActions, type TrackedAction } from '../lib/internal/tracker.ts';
import { visibleTo } from '../lib/internal/clearance.ts';
import { LEVELS, type Level } from '../lib/levels.ts';
import { meetingVisibility, releaseVisibility } from '../lib/visibility.ts';
import { dateStyle, registries, type Registries } from './bulletin.ts';

export { dateStyle, now, printing, site };

export type Meeting = CollectionEntry<'meetings'>;

/** A release as the internal section sees it: any state but draft, with that state. */
export type InternalRelease = CollectionEntry<'releases'> & { status: ReleaseStatus };

/** A meeting's attachment, copied into the internal section. */
export interface Attachment {
  meetingId: string;
  title: string;
  /** File name it is served under. */
  name: string;
  /** Internal URL path. */
  href: string;
  /** Absolute path of the file beside the meeting record. */
  source: string;
}

/** What internal pages of one level may use: the records at or below it, nothing above. */
export interface InternalArchive extends Registries {
  /** The level the archive is seen at. */
  clearance: Level;
  /** Every non-draft release, newest first, with its state at build time. */
  releases: InternalRelease[];
  /** Every non-draft meeting, newest first, internal-only ones included. */
  meetings: Meeting[];
  /** The same meetings by id. */
  meetingsById: Map<string, Meeting>;
  /** Ids of meetings whose public view is on the public site at build time. */
  publicMeetingIds: Set<string>;
  /** Every follow-up action, overdue first (see trackActions). */
  actions: TrackedAction[];
  /** Meeting id → its actions, in the tracker's order. */
  actionsByMeeting: Map<string, TrackedAction[]>;
  /** Meeting id → later meetings that reviewed its actions. */
  reviewers: Map<string, MeetingRef[]>;
  /** Meeting id → releases about it (drafts left out). */
  releasesByMeeting: Map<string, ReleaseLink[]>;
  /** Release id → meetings it is about (drafts left out). */
  meetingsByRelease: Map<string, MeetingRef[]>;
  /** Meeting id → its attachments. */
  attachments: Map<string, Attachment[]>;
  /** The build day in the site's zone (YYYY-MM-DD): actions due before it are overdue. */
  today: string;
}

let records: Promise<{ releases: InternalRelease[]; meetings: Meeting[] }> | undefined;
const cached = new Map<Level, Promise<InternalArchive>>();

/** Attachments sit beside the record; two with the same file name would overwrite each other. */
function attachmentsOf(meeting: Meeting): Attachment[] {
  if (!meeting.filePath) throw new Error(`meeting ${meeting.id}: the content loader gave no file path`);
  const folder = dirname(resolve(process.cwd(), meeting.filePath));
  const seen = new Set<string>();
  return meeting.data.attachments.map((attachment) => {
    const name = attachmentName(attachment.file);
    if (seen.has(name)) {
      throw new Error(`${meeting.filePath}: two attachments are named ${JSON.stringify(name)}; rename one`);
    }
    seen.add(name);
    return {
      meetingId: meeting.id,
      title: attachment.title,
      name,
      href: internalPaths.attachment(meeting.id, attachment.file),
      source: resolve(folder, attachment.file),
    };
  });
}

/** Every non-draft release and meeting, newest first. */
async function loadRecords(): Promise<{ releases: InternalRelease[]; meetings: Meeting[] }> {
  const [allReleases, allMeetings] = await Promise.all([getCollection('releases'), getCollection('meetings')]);
  const releases = newestFirst(
    allReleases.flatMap((entry): InternalRelease[] => {
      const status = releaseVisibility(entry.data, now);
      return status === 'draft' ? [] : [{ ...entry, status }];
    }),
    (entry) => entry.data.publishedAt,
  );
  return { releases, meetings: listMeetings(allMeetings.filter((entry) => !entry.data.draft)) };
}

/**
 * The archive seen at `clearance`: relations, the tracker and the attachments are computed from
 * the visible records only, so a later meeting above the clearance does not show as a reviewer.
 */
async function load(clearance: Level): Promise<InternalArchive> {
  records ??= loadRecords();
  const [all, registryMaps] = await Promise.all([records, registries()]);
  const { releases, meetings } = visibleTo(clearance, all);
  const actions = trackActions(meetings, { now, timeZone: site.timeZone });
  return {
    clearance,
    releases,
    meetings,
    meetingsById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    publicMeetingIds: new Set(
      meetings.filter((entry) => meetingVisibility(entry.data, now) === 'public').map((entry) => entry.id),
    ),
    actions,
    actionsByMeeting: groupBy(actions, (action) => action.meeting.id),
    reviewers: reviewersOf(meetings),
    releasesByMeeting: releaseLinksByMeeting(meetings, releases),
    meetingsByRelease: meetingRefsByRelease(meetings, releases),
    attachments: new Map(meetings.map((meeting) => [meeting.id, attachmentsOf(meeting)])),
    today: localDay(now, dateStyle),
    ...registryMaps,
  };
}

/** Every non-draft record at or below `clearance`, with its full data, the follow-up tracker and the registries. */
export function internalArchive(clearance: Level): Promise<InternalArchive> {
  let archive = cached.get(clearance);
  if (!archive) cached.set(clearance, (archive = load(clearance)));
  return archive;
}

/** The props of a level's variant of an aggregate page. */
export interface LevelVariant {
  clearance: Level;
}

/**
 * getStaticPaths of the aggregate pages: one variant per level, the top one at the page's own
 * address, the others at /internal/tingkat/<level>/… (variantFolder, src/lib/internal/paths.ts).
 */
export function levelVariants(): { params: { tingkat: string | undefined }; props: LevelVariant }[] {
  return LEVELS.map((level) => ({ params: { tingkat: variantFolder(level) }, props: { clearance: level } }));
}
