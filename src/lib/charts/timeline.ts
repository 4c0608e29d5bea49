import { localDay } from '../dates.ts';
import { paths } from '../paths.ts';
import type { PublicMeeting } from '../public-view.ts';
import { formatNumber } from './scale.ts';
import { monthOf, monthRange } from './months.ts';

/** What a timeline shows: coordination activities and press releases. */
export type TimelineKind = 'meeting' | 'release';

/** A record on a timeline. */
export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  title: string;
  date: Date;
  /** Its page. */
  href: string;
}

/** A record placed on the local calendar. */
export interface TimelineEntry extends TimelineItem {
  /** YYYY-MM-DD in the site's zone. */
  day: string;
}

/** One month of a timeline: how many of each kind fall in it. */
export interface TimelineMonth {
  month: string;
  meetings: number;
  releases: number;
}

/** One year of a timeline, twelve months. */
export interface TimelineYear {
  year: number;
  months: TimelineMonth[];
}

/** Records in time order and by month, for a timeline. */
export interface Timeline {
  /** Oldest first; ties by kind (activities first), then id. */
  entries: TimelineEntry[];
  /** Every year from the first record's to the last one's. */
  years: TimelineYear[];
  meetings: number;
  releases: number;
}

/** The public records of a region or agency as timeline items: its activities and releases. */
export function timelineItems(
  releases: readonly { id: string; data: { title: string; publishedAt: Date } }[],
  meetings: readonly Pick<PublicMeeting, 'id' | 'title' | 'startsAt'>[],
): TimelineItem[] {
  return [
    ...meetings.map((meeting) => ({
      kind: 'meeting' as const,
      id: meeting.id,
      title: meeting.title,
      date: meeting.startsAt,
      href: paths.meeting(meeting.id),
    })),
    ...releases.map((release) => ({
      kind: 'release' as const,
      id: release.id,
      title: release.data.title,
      date: release.data.publishedAt,
      href: paths.release(release.id),
    })),
  ];
}

const KIND_ORDER: Record<TimelineKind, number> = { meeting: 0, release: 1 };

/** Places records on the calendar of the site's zone, oldest first, counted by month. */
export function timeline(items: readonly TimelineItem[], zone: { timeZone: string }): Timeline {
  const entries = items
    .map((item) => ({ ...item, day: localDay(item.date, zone) }))
    .sort(
      (a, b) =>
        a.date.getTime() - b.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
    );
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return { entries, years: [], meetings: 0, releases: 0 };
  const byMonth = new Map<string, TimelineMonth>();
  const years: TimelineYear[] = [];
  for (let year = Number(first.day.slice(0, 4)); year <= Number(last.day.slice(0, 4)); year++) {
    const months = monthRange(`${year}-01`, `${year}-12`).map((month) => ({ month, meetings: 0, releases: 0 }));
    for (const month of months) byMonth.set(month.month, month);
    years.push({ year, months });
  }
  for (const entry of entries) {
    const month = byMonth.get(monthOf(entry.day));
    if (!month) continue;
    if (entry.kind === 'meeting') month.meetings += 1;
    else month.releases += 1;
  }
  const meetings = entries.filter((entry) => entry.kind === 'meeting').length;
  return { entries, years, meetings, releases: entries.length - meetings };
}

/** One sentence for screen readers: what the timeline holds and over which period. */
export function describeTimeline(line: Timeline): string {
  const first = line.years[0];
  const last = line.years.at(-1);
  if (!first || !last) return 'Belum ada kegiatan koordinasi atau siaran pers.';
  const period = first.year === last.year ? `tahun ${first.year}` : `tahun ${first.year} sampai ${last.year}`;
  return (
    `${formatNumber(line.meetings)} kegiatan koordinasi dan ${formatNumber(line.releases)} siaran pers ` +
    `dalam ${period}, per bulan: kegiatan di atas garis, siaran pers di bawahnya.`
  );
}
