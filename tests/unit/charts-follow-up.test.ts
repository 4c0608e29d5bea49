import { describe, expect, it } from 'vitest';
import {
  currentProgress,
  decisionDay,
  describeOwners,
  describeProgress,
  describeTimeToDone,
  formatDays,
  progressByMonth,
  progressByOwner,
  progressOn,
  timeToDone,
  type ChartAction,
} from '../../src/lib/charts/follow-up.ts';
import { countActions, trackActions } from '../../src/lib/internal/tracker.ts';
import type { Action } from '../../src/schemas/meeting.ts';

const JAKARTA = { timeZone: 'Asia/Jakarta' };

function action(
  startsAt: string,
  due: string,
  status: Action['status'],
  extra: Partial<ChartAction> = {},
): ChartAction {
  return { owner: 'polres-pagaralam', due, status, meeting: { startsAt: new Date(startsAt) }, ...extra };
}

describe('decisionDay', () => {
  it.each([
    { startsAt: '2024-11-22T09:00:00+07:00', expected: '2024-11-22' },
    // 18.00 UTC on 21 November is 01.00 WIB on 22 November.
    { startsAt: '2024-11-21T18:00:00Z', expected: '2024-11-22' },
    { startsAt: '2024-11-21T16:59:59Z', expected: '2024-11-21' },
  ])('decides a meeting at $startsAt on $expected', ({ startsAt, expected }) => {
    expect(decisionDay(action(startsAt, '2024-12-01', 'open'), JAKARTA)).toBe(expected);
  });
});

describe('progressOn', () => {
  const MEETING = '2024-11-22T09:00:00+07:00';
  it.each([
    { case: 'before its meeting', a: action(MEETING, '2024-11-25', 'open'), day: '2024-11-21', expected: undefined },
    { case: 'on its meeting day', a: action(MEETING, '2024-11-25', 'open'), day: '2024-11-22', expected: 'open' },
    { case: 'on its due day', a: action(MEETING, '2024-11-25', 'open'), day: '2024-11-25', expected: 'open' },
    {
      case: 'the day after its due day',
      a: action(MEETING, '2024-11-25', 'open'),
      day: '2024-11-26',
      expected: 'overdue',
    },
    {
      case: 'in progress after its due day',
      a: action(MEETING, '2024-11-25', 'in-progress'),
      day: '2024-12-01',
      expected: 'overdue',
    },
    {
      case: 'done, before the day it was done and before due',
      a: action(MEETING, '2024-11-30', 'done', { doneOn: '2024-11-28' }),
      day: '2024-11-27',
      expected: 'open',
    },
    {
      case: 'done late, before the day it was done',
      a: action(MEETING, '2024-11-25', 'done', { doneOn: '2024-12-10' }),
      day: '2024-11-30',
      expected: 'overdue',
    },
    {
      case: 'done, on the day it was done',
      a: action(MEETING, '2024-11-25', 'done', { doneOn: '2024-12-10' }),
      day: '2024-12-10',
      expected: 'done',
    },
    {
      case: 'dropped, from its meeting day on',
      a: action(MEETING, '2024-11-25', 'dropped'),
      day: '2024-11-22',
      expected: 'dropped',
    },
  ] as const)('places an action $case as $expected', ({ a, day, expected }) => {
    expect(progressOn(a, day, JAKARTA)).toBe(expected);
  });
});

describe('currentProgress', () => {
  it.each([
    { status: 'open', overdue: true, expected: 'overdue' },
    { status: 'in-progress', overdue: true, expected: 'overdue' },
    { status: 'open', overdue: false, expected: 'open' },
    { status: 'in-progress', overdue: false, expected: 'open' },
    { status: 'done', overdue: false, expected: 'done' },
    { status: 'dropped', overdue: false, expected: 'dropped' },
  ] as const)('reads $status (overdue: $overdue) as $expected', ({ status, overdue, expected }) => {
    expect(currentProgress({ status, overdue })).toBe(expected);
  });
});

describe('progressByMonth', () => {
  const actions = [
    action('2024-11-22T09:00:00+07:00', '2024-11-25', 'done', { doneOn: '2024-11-25' }),
    action('2024-11-22T09:00:00+07:00', '2024-11-24', 'in-progress'),
    action('2024-11-22T09:00:00+07:00', '2024-12-06', 'open'),
    action('2024-12-06T13:30:00+07:00', '2024-12-13', 'done', { doneOn: '2025-01-15' }),
    action('2024-12-06T13:30:00+07:00', '2024-12-20', 'dropped'),
  ];
  const counts = (now: string) =>
    progressByMonth(actions, { now: new Date(now), ...JAKARTA }).map((point) => [
      point.month,
      point.day,
      point.counts.overdue,
      point.counts.open,
      point.counts.done,
      point.counts.dropped,
      point.counts.total,
    ]);

  it('counts every month end from the first decision to the build day', () => {
    expect(counts('2025-02-10T10:00:00+07:00')).toEqual([
      // month, day, overdue, open, done, dropped, total
      ['2024-11', '2024-11-30', 1, 1, 1, 0, 3],
      ['2024-12', '2024-12-31', 3, 0, 1, 1, 5],
      ['2025-01', '2025-01-31', 2, 0, 2, 1, 5],
      ['2025-02', '2025-02-10', 2, 0, 2, 1, 5],
    ]);
  });

  it('leaves out actions decided after the build day, and stops at the build day', () => {
    expect(counts('2024-11-26T10:00:00+07:00')).toEqual([['2024-11', '2024-11-26', 1, 1, 1, 0, 3]]);
  });

  it('reads the build day in the site’s zone: 17.00 UTC on 31 December is already January in WIB', () => {
    expect(counts('2024-12-31T17:00:00Z').at(-1)?.slice(0, 2)).toEqual(['2025-01', '2025-01-01']);
    expect(counts('2024-12-31T16:59:59Z').at(-1)?.slice(0, 2)).toEqual(['2024-12', '2024-12-31']);
  });

  it('has no point without actions', () => {
    expect(progressByMonth([], { now: new Date('2025-01-01T00:00:00+07:00'), ...JAKARTA })).toEqual([]);
  });

  it('ends on the tracker’s own counts at the build day', () => {
    const meetings = [
      {
        id: '2024-11-22-rakor',
        data: {
          title: 'Rakor',
          startsAt: new Date('2024-11-22T09:00:00+07:00'),
          actions: [
            { id: 'a1', what: 'Satu', owner: 'kanwil', due: '2024-11-25', status: 'done', doneOn: '2024-11-25' },
            { id: 'a2', what: 'Dua', owner: 'polres', due: '2024-11-24', status: 'in-progress' },
            { id: 'a3', what: 'Tiga', owner: 'pemkot', due: '2024-12-06', status: 'open' },
            { id: 'a4', what: 'Empat', owner: 'pemkot', due: '2024-12-20', status: 'dropped' },
          ] satisfies Action[],
        },
      },
    ];
    for (const now of ['2024-12-06T12:00:00+07:00', '2024-12-07T00:00:00+07:00', '2025-03-01T00:00:00+07:00']) {
      const clock = { now: new Date(now), ...JAKARTA };
      const tracked = trackActions(meetings, clock);
      const tracker = countActions(tracked);
      const last = progressByMonth(tracked, clock).at(-1)?.counts;
      expect(last, now).toEqual({
        overdue: tracker.overdue,
        open: tracker.open + tracker['in-progress'] - tracker.overdue,
        done: tracker.done,
        dropped: tracker.dropped,
        total: tracker.total,
      });
    }
  });
});

describe('timeToDone', () => {
  it('averages the days from the meeting’s local day to doneOn, over done actions only', () => {
    const actions = [
      action('2024-11-22T09:00:00+07:00', '2024-11-25', 'done', { doneOn: '2024-11-25' }), // 3 days
      // 20.00 UTC on 21 November is 22 November in WIB: 10 days to 2 December.
      action('2024-11-21T20:00:00Z', '2024-12-01', 'done', { doneOn: '2024-12-02' }),
      action('2024-11-22T09:00:00+07:00', '2024-11-24', 'open'),
      action('2024-11-22T09:00:00+07:00', '2024-11-24', 'dropped'),
    ];
    expect(timeToDone(actions, JAKARTA)).toEqual({ count: 2, averageDays: 6.5, minDays: 3, maxDays: 10 });
  });

  it('has no average when nothing is done', () => {
    expect(timeToDone([action('2024-11-22T09:00:00+07:00', '2024-11-24', 'open')], JAKARTA)).toEqual({
      count: 0,
      averageDays: undefined,
      minDays: undefined,
      maxDays: undefined,
    });
  });
});

describe('progressByOwner', () => {
  const tracked = [
    { ...action('2024-11-22T09:00:00+07:00', '2024-11-24', 'open', { owner: 'polres' }), overdue: true },
    { ...action('2024-11-22T09:00:00+07:00', '2024-12-24', 'in-progress', { owner: 'polres' }), overdue: false },
    {
      ...action('2024-11-22T09:00:00+07:00', '2024-11-25', 'done', { owner: 'kanwil', doneOn: '2024-11-26' }),
      overdue: false,
    },
    { ...action('2024-11-22T09:00:00+07:00', '2024-11-25', 'dropped', { owner: 'kanwil' }), overdue: false },
  ];
  const names: Record<string, string> = { polres: 'Kepolisian Resor', kanwil: 'Kantor Wilayah' };

  it('counts each owner’s actions as the tracker sees them now, owners by name', () => {
    const owners = progressByOwner(tracked, JAKARTA, (owner) => names[owner] ?? owner);
    expect(owners.map((owner) => [owner.owner, owner.counts])).toEqual([
      ['kanwil', { overdue: 0, open: 0, done: 1, dropped: 1, total: 2 }],
      ['polres', { overdue: 1, open: 1, done: 0, dropped: 0, total: 2 }],
    ]);
    expect(owners.map((owner) => owner.timeToDone.averageDays)).toEqual([4, undefined]);
  });
});

describe('formatDays', () => {
  it.each([
    { days: 34.666, expected: '34,7 hari' },
    { days: 2, expected: '2 hari' },
    { days: undefined, expected: '—' },
  ])('prints $days as "$expected"', ({ days, expected }) => {
    expect(formatDays(days)).toBe(expected);
  });
});

describe('describeProgress', () => {
  it('tells where the actions stand now', () => {
    const points = progressByMonth([action('2024-11-22T09:00:00+07:00', '2024-11-24', 'open')], {
      now: new Date('2024-12-02T00:00:00+07:00'),
      ...JAKARTA,
    });
    expect(describeProgress(points)).toBe(
      '2 bulan, dari akhir bulan pertama sampai hari ini. Kini 1 tindak lanjut: 1 terlambat, 0 belum selesai dan belum lewat tenggat, 0 selesai, 0 dibatalkan.',
    );
    expect(describeProgress([])).toBe('Belum ada tindak lanjut.');
  });
});

describe('describeTimeToDone and describeOwners', () => {
  const owners = progressByOwner(
    [
      {
        ...action('2024-11-22T09:00:00+07:00', '2024-11-25', 'done', { owner: 'kanwil', doneOn: '2024-11-26' }),
        overdue: false,
      },
      {
        ...action('2024-11-22T09:00:00+07:00', '2024-11-25', 'done', { owner: 'polres', doneOn: '2024-12-02' }),
        overdue: false,
      },
      { ...action('2024-11-22T09:00:00+07:00', '2024-11-24', 'open', { owner: 'polres' }), overdue: true },
      { ...action('2024-11-22T09:00:00+07:00', '2024-11-24', 'dropped', { owner: 'pemkot' }), overdue: false },
    ],
    JAKARTA,
  );
  const names: Record<string, string> = { kanwil: 'Kanwil', polres: 'Polres', pemkot: 'Pemkot' };
  const overall = { count: 2, averageDays: 7, minDays: 4, maxDays: 10 };

  it('names the average, and the slowest and fastest agencies', () => {
    expect(describeTimeToDone(overall, owners, (owner) => names[owner] ?? owner)).toBe(
      'Rata-rata 7 hari dari rapat sampai selesai, atas 2 tindak lanjut yang selesai, di 2 instansi. Terlama Polres (10 hari), tercepat Kanwil (4 hari).',
    );
    expect(describeTimeToDone({ count: 0, averageDays: undefined, minDays: undefined, maxDays: undefined }, [])).toBe(
      'Belum ada tindak lanjut yang selesai.',
    );
  });

  it('counts agencies, actions and where the overdue ones are', () => {
    expect(describeOwners(owners)).toBe(
      '4 tindak lanjut dari 3 instansi penanggung jawab; 1 terlambat, di 1 instansi. Rinciannya ada di tabel data.',
    );
    expect(describeOwners([])).toBe('Belum ada tindak lanjut.');
  });
});
