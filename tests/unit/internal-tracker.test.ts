import { describe, expect, it } from 'vitest';
import {
  compareActions,
  countActions,
  groupByOwner,
  groupByProgress,
  groupByStatus,
  isOverdue,
  reportParts,
  trackActions,
  type MeetingWithActions,
  type TrackedAction,
} from '../../src/lib/internal/tracker.ts';
import type { Action } from '../../src/schemas/meeting.ts';

const JAKARTA = 'Asia/Jakarta';

function action(id: string, due: string, status: Action['status'], extra: Partial<Action> = {}): Action {
  return { id, what: `Tindakan ${id}`, owner: 'polres-pagaralam', due, status, ...extra };
}

function meeting(id: string, startsAt: string, actions: Action[], followsUp?: string): MeetingWithActions {
  return {
    id,
    data: { title: `Rapat ${id}`, startsAt: new Date(startsAt), actions, ...(followsUp ? { followsUp } : {}) },
  };
}

describe('isOverdue', () => {
  it.each([
    { case: 'an open action due yesterday', due: '2024-12-05', status: 'open', expected: true },
    { case: 'an action in progress due yesterday', due: '2024-12-05', status: 'in-progress', expected: true },
    { case: 'an open action due today', due: '2024-12-06', status: 'open', expected: false },
    { case: 'an open action due tomorrow', due: '2024-12-07', status: 'open', expected: false },
    { case: 'a done action long past its due day', due: '2024-01-01', status: 'done', expected: false },
    { case: 'a dropped action long past its due day', due: '2024-01-01', status: 'dropped', expected: false },
  ] as const)('judges $case as overdue: $expected', ({ due, status, expected }) => {
    expect(isOverdue({ due, status }, '2024-12-06')).toBe(expected);
  });
});

describe('trackActions', () => {
  const due5December = [meeting('rapat', '2024-11-22T09:00:00+07:00', [action('a1', '2024-12-05', 'open')])];

  it.each([
    // Midnight WIB is 17.00 UTC the day before: CI in UTC must still see the WIB day.
    { now: '2024-12-05T23:59:59+07:00', expected: false },
    { now: '2024-12-06T00:00:00+07:00', expected: true },
    { now: '2024-12-05T17:00:00Z', expected: true },
    { now: '2024-12-05T16:59:59Z', expected: false },
  ])('sees an action due 5 December as overdue at $now: $expected', ({ now, expected }) => {
    const [tracked] = trackActions(due5December, { now: new Date(now), timeZone: JAKARTA });
    expect(tracked?.overdue).toBe(expected);
  });

  const meetings = [
    meeting('2024-11-22-rakor', '2024-11-22T09:00:00+07:00', [
      action('a1', '2024-11-25', 'done', { doneOn: '2024-11-25' }),
      action('a2', '2024-11-24', 'in-progress'),
      action('a3', '2024-12-06', 'open'),
      action('a4', '2025-01-31', 'open'),
    ]),
    meeting(
      '2024-12-06-evaluasi',
      '2024-12-06T13:30:00+07:00',
      [action('a1', '2024-12-13', 'open', { owner: 'kesbangpol-pagaralam' }), action('a2', '2024-12-20', 'dropped')],
      '2024-11-22-rakor',
    ),
    meeting('2024-12-09-operasi', '2024-12-09T09:00:00+07:00', [action('a1', '2024-12-31', 'in-progress')]),
  ];
  const tracked = trackActions(meetings, { now: new Date('2024-12-20T10:00:00+07:00'), timeZone: JAKARTA });
  const keys = (actions: readonly TrackedAction[]) => actions.map((item) => `${item.meeting.id}#${item.id}`);

  it('lists every action of every meeting: overdue oldest due first, then still to do by due, then finished', () => {
    expect(keys(tracked)).toEqual([
      '2024-11-22-rakor#a2',
      '2024-11-22-rakor#a3',
      '2024-12-06-evaluasi#a1',
      '2024-12-09-operasi#a1',
      '2024-11-22-rakor#a4',
      '2024-11-22-rakor#a1',
      '2024-12-06-evaluasi#a2',
    ]);
    expect(tracked.map((item) => item.overdue)).toEqual([true, true, true, false, false, false, false]);
  });

  it('links each action to its meeting, its anchor there and the meetings that reviewed it', () => {
    const [first] = tracked;
    expect(first).toMatchObject({
      id: 'a2',
      what: 'Tindakan a2',
      owner: 'polres-pagaralam',
      due: '2024-11-24',
      status: 'in-progress',
      anchor: 'tindakan-a2',
      meeting: { id: '2024-11-22-rakor', title: 'Rapat 2024-11-22-rakor', startsAt: new Date('2024-11-22T02:00:00Z') },
      reviewedIn: [{ id: '2024-12-06-evaluasi', title: 'Rapat 2024-12-06-evaluasi' }],
    });
    const notReviewed = tracked.find((item) => item.meeting.id === '2024-12-09-operasi');
    expect(notReviewed?.reviewedIn).toEqual([]);
  });

  it('keeps doneOn and note as recorded', () => {
    const done = tracked.find((item) => item.status === 'done');
    expect(done?.doneOn).toBe('2024-11-25');
    expect(done?.note).toBeUndefined();
  });

  it('returns nothing for meetings without actions', () => {
    expect(
      trackActions([meeting('kosong', '2024-11-22T09:00:00+07:00', [])], { now: new Date(), timeZone: JAKARTA }),
    ).toEqual([]);
  });
});

describe('compareActions', () => {
  const base = trackActions(
    [
      meeting('b-rapat', '2024-11-22T09:00:00+07:00', [
        action('a2', '2024-12-01', 'open'),
        action('a1', '2024-12-01', 'open'),
      ]),
      meeting('a-rapat', '2024-11-22T09:00:00+07:00', [action('a1', '2024-12-01', 'open')]),
      meeting('c-rapat', '2024-11-01T09:00:00+07:00', [action('a1', '2024-12-01', 'open')]),
    ],
    { now: new Date('2024-11-30T10:00:00+07:00'), timeZone: JAKARTA },
  );

  it('breaks ties on the due day by meeting date, meeting id, then action id, so builds are stable', () => {
    expect([...base].sort(compareActions).map((item) => `${item.meeting.id}#${item.id}`)).toEqual([
      'c-rapat#a1',
      'a-rapat#a1',
      'b-rapat#a1',
      'b-rapat#a2',
    ]);
  });
});

describe('grouping and counting', () => {
  const tracked = trackActions(
    [
      meeting('rapat', '2024-11-22T09:00:00+07:00', [
        action('a1', '2024-11-25', 'done', { doneOn: '2024-11-25', owner: 'kanwil' }),
        action('a2', '2024-11-24', 'in-progress', { owner: 'polres' }),
        action('a3', '2024-12-30', 'open', { owner: 'pemkot' }),
        action('a4', '2024-11-30', 'open', { owner: 'polres' }),
        action('a5', '2024-12-30', 'dropped', { owner: 'kanwil' }),
      ]),
    ],
    { now: new Date('2024-12-06T08:00:00+07:00'), timeZone: JAKARTA },
  );
  const ids = (groups: Map<string, { id: string }[]>) =>
    Object.fromEntries([...groups].map(([key, items]) => [key, items.map((item) => item.id)]));

  it('groupByStatus puts every action under its status, every status present in a fixed order', () => {
    expect(ids(groupByStatus(tracked))).toEqual({
      open: ['a4', 'a3'],
      'in-progress': ['a2'],
      done: ['a1'],
      dropped: ['a5'],
    });
    expect([...groupByStatus([]).keys()]).toEqual(['open', 'in-progress', 'done', 'dropped']);
  });

  it('groupByProgress puts overdue actions first, on their own, and each action in one group', () => {
    expect(ids(groupByProgress(tracked))).toEqual({
      overdue: ['a2', 'a4'],
      open: ['a3'],
      'in-progress': [],
      done: ['a1'],
      dropped: ['a5'],
    });
  });

  it('groupByOwner keeps the tracker order within an owner and sorts owners by name', () => {
    const names: Record<string, string> = {
      kanwil: 'Kanwil Imigrasi',
      polres: 'Polres Pagar Alam',
      pemkot: 'Pemkot Pagar Alam',
    };
    expect(ids(groupByOwner(tracked, (owner) => names[owner] ?? owner))).toEqual({
      kanwil: ['a1', 'a5'],
      pemkot: ['a3'],
      polres: ['a2', 'a4'],
    });
    expect([...groupByOwner(tracked).keys()]).toEqual(['kanwil', 'pemkot', 'polres']);
  });

  it('reportParts prints overdue actions first, then those still to do, then finished ones, each part by agency', () => {
    const names: Record<string, string> = { kanwil: 'Kanwil Imigrasi', polres: 'Polres Pagar Alam', pemkot: 'Pemkot' };
    const parts = reportParts(tracked, (owner) => names[owner] ?? owner);
    expect([...parts.keys()]).toEqual(['overdue', 'pending', 'finished']);
    expect(Object.fromEntries([...parts].map(([part, owners]) => [part, ids(owners)]))).toEqual({
      overdue: { polres: ['a2', 'a4'] },
      pending: { pemkot: ['a3'] },
      finished: { kanwil: ['a1', 'a5'] },
    });
    expect([...reportParts([]).values()].map((owners) => owners.size)).toEqual([0, 0, 0]);
  });

  it('countActions counts in all, overdue and per status', () => {
    expect(countActions(tracked)).toEqual({ total: 5, overdue: 2, open: 2, 'in-progress': 1, done: 1, dropped: 1 });
    expect(countActions([])).toEqual({ total: 0, overdue: 0, open: 0, 'in-progress': 0, done: 0, dropped: 0 });
  });
});
