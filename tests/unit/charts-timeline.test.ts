import { describe, expect, it } from 'vitest';
import { describeTimeline, timeline, timelineItems, type TimelineItem } from '../../src/lib/charts/timeline.ts';

const JAKARTA = { timeZone: 'Asia/Jakarta' };

const release = (id: string, publishedAt: string) => ({
  id,
  data: { title: `Siaran ${id}`, publishedAt: new Date(publishedAt) },
});
const meeting = (id: string, startsAt: string) => ({ id, title: `Kegiatan ${id}`, startsAt: new Date(startsAt) });

describe('timelineItems', () => {
  it('turns releases and public meetings into items linking to their pages', () => {
    const items = timelineItems(
      [release('2024-11-23-siaran', '2024-11-23T10:15:00+07:00')],
      [meeting('2024-11-22-rakor', '2024-11-22T09:00:00+07:00')],
    );
    expect(items).toEqual([
      {
        kind: 'meeting',
        id: '2024-11-22-rakor',
        title: 'Kegiatan 2024-11-22-rakor',
        date: new Date('2024-11-22T09:00:00+07:00'),
        href: '/kegiatan/2024-11-22-rakor/',
      },
      {
        kind: 'release',
        id: '2024-11-23-siaran',
        title: 'Siaran 2024-11-23-siaran',
        date: new Date('2024-11-23T10:15:00+07:00'),
        href: '/siaran-pers/2024-11-23-siaran/',
      },
    ]);
  });
});

describe('timeline', () => {
  const items: TimelineItem[] = timelineItems(
    [
      release('c-siaran', '2024-12-10T15:00:00+07:00'),
      release('a-siaran', '2024-11-23T10:15:00+07:00'),
      // 00.30 WIB on 1 January 2026, still 2025 in UTC.
      release('d-siaran', '2025-12-31T17:30:00Z'),
    ],
    [meeting('b-rakor', '2024-11-22T09:00:00+07:00'), meeting('e-rakor', '2024-12-10T15:00:00+07:00')],
  );

  it('lists records oldest first, an activity before a release at the same instant', () => {
    expect(timeline(items, JAKARTA).entries.map((entry) => [entry.id, entry.day])).toEqual([
      ['b-rakor', '2024-11-22'],
      ['a-siaran', '2024-11-23'],
      ['e-rakor', '2024-12-10'],
      ['c-siaran', '2024-12-10'],
      ['d-siaran', '2026-01-01'],
    ]);
  });

  it.each([
    { zone: 'Asia/Jakarta', years: [2024, 2025, 2026], last: '2026-01' },
    { zone: 'UTC', years: [2024, 2025], last: '2025-12' },
  ])('counts each month by kind in the site’s zone ($zone)', ({ zone, years, last }) => {
    const line = timeline(items, { timeZone: zone });
    expect(line.years.map((year) => year.year)).toEqual(years);
    const busy = line.years.flatMap((year) => year.months.filter((month) => month.meetings + month.releases > 0));
    expect(busy.map((month) => [month.month, month.meetings, month.releases])).toEqual([
      ['2024-11', 1, 1],
      ['2024-12', 1, 1],
      [last, 0, 1],
    ]);
    expect([line.meetings, line.releases]).toEqual([2, 3]);
  });

  it('is empty without records', () => {
    expect(timeline([], JAKARTA)).toEqual({ entries: [], years: [], meetings: 0, releases: 0 });
  });
});

describe('describeTimeline', () => {
  it.each([
    {
      items: timelineItems([release('a', '2024-11-23T10:15:00+07:00')], [meeting('b', '2024-11-22T09:00:00+07:00')]),
      expected:
        '1 kegiatan koordinasi dan 1 siaran pers dalam tahun 2024, per bulan: kegiatan di atas garis, siaran pers di bawahnya.',
    },
    { items: [], expected: 'Belum ada kegiatan koordinasi atau siaran pers.' },
  ])('says what the timeline holds: $expected', ({ items, expected }) => {
    expect(describeTimeline(timeline(items, JAKARTA))).toBe(expected);
  });
});
