import type { Entry } from '../content/integrity.ts';
import type { MeetingData } from '../../schemas/meeting.ts';
import type { PressReleaseData } from '../../schemas/press-release.ts';
import { paragraphs, type Paragraph } from './text.ts';
import type { LintInput } from './types.ts';

/** A frontmatter text field of a record. */
export interface FieldText {
  entry: Entry<unknown>;
  path: readonly PropertyKey[];
  text: string;
}

/** The body of a record, as paragraphs with their lines. */
export interface BodyText {
  entry: Entry<unknown>;
  paragraphs: Paragraph[];
}

/** The texts of a record that readers may see, and its body when that is public too. */
export interface RecordTexts {
  fields: FieldText[];
  body?: BodyText;
}

/** The paragraphs of a record's Markdown body. */
export function bodyOf(entry: Entry<unknown>): BodyText {
  return { entry, paragraphs: paragraphs(entry.body, entry.source.bodyLine ?? 1) };
}

/** A release reaches readers when it is neither a draft nor internal (an embargo only delays it). */
export function isPublicRelease(entry: Entry<PressReleaseData>): boolean {
  return !entry.data.draft && entry.data.visibility === 'public';
}

/** A meeting reaches readers through its public block, unless it is a draft. */
export function isPublicMeeting(entry: Entry<MeetingData>): boolean {
  return !entry.data.draft && entry.data.public !== undefined;
}

/** Every text a reader can see of a release: headline, lead, dateline, update notes, picture, body. */
export function releaseTexts(entry: Entry<PressReleaseData>): RecordTexts {
  const { data } = entry;
  const fields: FieldText[] = [
    { entry, path: ['title'], text: data.title },
    { entry, path: ['summary'], text: data.summary },
    { entry, path: ['dateline'], text: data.dateline },
    ...data.updates.map((update, i) => ({ entry, path: ['updates', i, 'note'], text: update.note })),
  ];
  if (data.image) {
    fields.push({ entry, path: ['image', 'alt'], text: data.image.alt });
    if (data.image.credit) fields.push({ entry, path: ['image', 'credit'], text: data.image.credit });
  }
  return { fields, body: bodyOf(entry) };
}

/** Every text a reader can see of a meeting: its public view only (the minutes are internal). */
export function meetingPublicTexts(entry: Entry<MeetingData>): RecordTexts {
  const { data } = entry;
  if (!data.public) return { fields: [] };
  const fields: FieldText[] = [
    data.public.title === undefined
      ? { entry, path: ['title'], text: data.title }
      : { entry, path: ['public', 'title'], text: data.public.title },
    { entry, path: ['public', 'summary'], text: data.public.summary },
  ];
  if (data.public.showVenue) fields.push({ entry, path: ['location', 'name'], text: data.location.name });
  return { fields };
}

/** The texts of every record that the public site shows. */
export function publicTexts(input: LintInput): RecordTexts[] {
  return [
    ...input.releases.filter(isPublicRelease).map(releaseTexts),
    ...input.meetings.filter(isPublicMeeting).map(meetingPublicTexts),
  ];
}
