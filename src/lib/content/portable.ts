import type { MeetingData } from '../../schemas/meeting.ts';
import type { PressReleaseData } from '../../schemas/press-release.ts';
import type { Entry } from './integrity.ts';
import type { ContentSet } from './load.ts';

/** A record without its parsed source: the line its body starts on is all that is kept of it. */
export type PortableEntry<T> = Omit<Entry<T>, 'source'> & { bodyLine: number | undefined };

/** The content as it can cross to another thread (structured clone refuses the sources' functions). */
export interface PortableContentSet extends Omit<ContentSet, 'releases' | 'meetings'> {
  releases: PortableEntry<PressReleaseData>[];
  meetings: PortableEntry<MeetingData>[];
}

const portableEntry = <T>({ source, ...entry }: Entry<T>): PortableEntry<T> => ({
  ...entry,
  bodyLine: source.bodyLine,
});

/**
 * Each record's source reduced to its body's first line: the parsed YAML document behind a
 * source's `locate` and `raw` cannot be cloned, and it is most of the content's memory.
 */
export function portableContent(content: ContentSet): PortableContentSet {
  return { ...content, releases: content.releases.map(portableEntry), meetings: content.meetings.map(portableEntry) };
}

const restoredEntry = <T>({ bodyLine, ...entry }: PortableEntry<T>): Entry<T> => ({
  ...entry,
  // Positions of fields are no longer known, as for a source without them: the check that reports
  // them has run. The body and its first line still place a link an editor wrote.
  source: {
    file: entry.file,
    data: undefined,
    body: entry.body,
    ...(bodyLine === undefined ? {} : { bodyLine }),
    locate: () => undefined,
    raw: () => undefined,
  },
});

/** The content again, from portableContent's copy: sources without field positions. */
export function restoredContent(content: PortableContentSet): ContentSet {
  return { ...content, releases: content.releases.map(restoredEntry), meetings: content.meetings.map(restoredEntry) };
}
