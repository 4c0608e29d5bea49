import { describe, expect, it } from 'vitest';
import {
  activityCalendar,
  countByMonth,
  countByRegion,
  describeCalendar,
  describeRegions,
} from '../../src/lib/charts/activity.ts';

const JAKARTA = { timeZone: 'Asia/Jakarta' };
const at = (instant: string) => new Date(instant);

describe('countByMonth', () => {
  it.each([
    // 23.30 UTC on 31 October is 06.30 WIB on 1 November.
    { instant: '2024-10-31T23:30:00Z', zone: 'Asia/Jakarta', expected: '2024-11' },
    { instant: '2024-10-31T23:30:00Z', zone: 'UTC', expected: '2024-10' },
    { instant: '2024-11-30T16:59:59Z', zone: 'Asia/Jakarta', expected: '2024-11' },
    { instant: '2024-11-30T17:00:00Z', zone: 'Asia/Jakarta', expected: '2024-12' },
  ])('counts $instant in $expected in $zone', ({ instant, zone, expected }) => {
    expect([...countByMonth([at(instant)], { timeZone: zone })]).toEqual([[expected, 1]]);
  });

  it('counts several activities per month, months in order', () => {
    const dates = ['2025-03-26T06:00:00+07:00', '2024-11-22T09:00:00+07:00', '2025-03-12T14:00:00+07:00'].map(at);
    expect([...countByMonth(dates, JAKARTA)]).toEqual([
      ['2024-11', 1],
      ['2025-03', 2],
    ]);
  });
});

describe('activityCalendar', () => {
  const dates = ['2024-11-22T09:00:00+07:00', '2024-12-06T13:30:00+07:00', '2025-03-12T14:00:00+07:00'].map(at);

  it('has no year without activities', () => {
    expect(activityCalendar([], { now: at('2026-06-01T00:00:00+07:00'), ...JAKARTA })).toEqual({
      years: [],
      max: 0,
      total: 0,
    });
  });

  it.each([
    { now: '2025-06-01T00:00:00+07:00', years: [2024, 2025], future: ['2025-07', '2025-12'] },
    { now: '2026-06-01T00:00:00+07:00', years: [2024, 2025, 2026], future: ['2026-07', '2026-12'] },
    // 17.00 UTC on 30 June is 1 July in WIB: July has begun.
    { now: '2026-06-30T17:00:00Z', years: [2024, 2025, 2026], future: ['2026-08', '2026-12'] },
  ])('runs every month from the first activity’s year to the build year at $now', ({ now, years, future }) => {
    const calendar = activityCalendar(dates, { now: at(now), ...JAKARTA });
    expect(calendar.years.map((year) => year.year)).toEqual(years);
    for (const year of calendar.years) expect(year.cells).toHaveLength(12);
    const futureMonths = calendar.years.flatMap((year) => year.cells.filter((cell) => cell.future)).map((c) => c.month);
    expect([futureMonths[0], futureMonths.at(-1)]).toEqual(future);
  });

  it('counts each month, the year totals, the busiest month and the total', () => {
    const calendar = activityCalendar([...dates, at('2024-11-30T08:00:00+07:00')], {
      now: at('2025-06-01T00:00:00+07:00'),
      ...JAKARTA,
    });
    const counted = calendar.years.flatMap((year) => year.cells.filter((cell) => cell.count > 0));
    expect(counted.map((cell) => [cell.month, cell.count])).toEqual([
      ['2024-11', 2],
      ['2024-12', 1],
      ['2025-03', 1],
    ]);
    expect(calendar.years.map((year) => year.total)).toEqual([3, 1]);
    expect(calendar.max).toBe(2);
    expect(calendar.total).toBe(4);
  });
});

describe('describeCalendar', () => {
  it('names the period, the total and the busiest months', () => {
    const calendar = activityCalendar(
      ['2024-11-22T09:00:00+07:00', '2024-12-06T13:30:00+07:00', '2025-03-12T14:00:00+07:00'].map(at),
      { now: at('2025-06-01T00:00:00+07:00'), ...JAKARTA },
    );
    expect(describeCalendar(calendar, 'kegiatan')).toBe(
      '3 kegiatan dalam tahun 2024 sampai 2025. Paling banyak 1 kegiatan sebulan, pada November 2024, Desember 2024, Maret 2025.',
    );
  });

  it('counts the busiest months instead of naming more than three', () => {
    const calendar = activityCalendar(
      ['2024-01-10', '2024-02-10', '2024-03-10', '2024-04-10'].map((day) => at(`${day}T09:00:00+07:00`)),
      { now: at('2024-06-01T00:00:00+07:00'), ...JAKARTA },
    );
    expect(describeCalendar(calendar, 'kegiatan')).toBe(
      '4 kegiatan dalam tahun 2024. Paling banyak 1 kegiatan sebulan, dalam 4 bulan.',
    );
  });

  it('says when there is nothing yet', () => {
    expect(describeCalendar({ years: [], max: 0, total: 0 }, 'kegiatan')).toBe('Belum ada kegiatan.');
  });
});

describe('countByRegion', () => {
  const regions = [
    { id: '16.03', name: 'Kabupaten Muara Enim' },
    { id: '16.10', name: 'Kabupaten Ogan Ilir' },
    { id: '16.71', name: 'Kota Palembang' },
    { id: '16.72', name: 'Kota Pagar Alam' },
  ];

  it.each([
    {
      case: 'no activities: every region, at zero, in registry order',
      activities: [],
      expected: [
        ['16.03', 0],
        ['16.10', 0],
        ['16.71', 0],
        ['16.72', 0],
      ],
    },
    {
      case: 'busiest first, ties and zeros in registry order',
      activities: ['16.72', '16.71', '16.72', '16.03'],
      expected: [
        ['16.72', 2],
        ['16.03', 1],
        ['16.71', 1],
        ['16.10', 0],
      ],
    },
    {
      case: 'a code the registry lacks, last, under its code',
      activities: ['16.99', '16.71'],
      expected: [
        ['16.71', 1],
        ['16.03', 0],
        ['16.10', 0],
        ['16.72', 0],
        ['16.99', 1],
      ],
    },
  ])('counts $case', ({ activities, expected }) => {
    const counts = countByRegion(
      activities.map((region) => ({ region })),
      regions,
    );
    expect(counts.map((region) => [region.id, region.count])).toEqual(expected);
  });

  it('names regions as the registry does', () => {
    expect(countByRegion([{ region: '16.72' }], regions)[0]).toEqual({
      id: '16.72',
      name: 'Kota Pagar Alam',
      count: 1,
    });
  });
});

describe('describeRegions', () => {
  it('names how many regions saw activities and the busiest', () => {
    const counts = [
      { id: '16.72', name: 'Kota Pagar Alam', count: 2 },
      { id: '16.71', name: 'Kota Palembang', count: 1 },
      { id: '16.03', name: 'Kabupaten Muara Enim', count: 0 },
    ];
    expect(describeRegions(counts, 'kegiatan')).toBe(
      '3 kegiatan di 2 dari 3 wilayah. Paling banyak di Kota Pagar Alam (2 kegiatan); 1 wilayah belum ada.',
    );
    expect(describeRegions([{ id: '16.03', name: 'Kabupaten Muara Enim', count: 0 }], 'kegiatan')).toBe(
      'Belum ada kegiatan di 1 wilayah.',
    );
  });
});
