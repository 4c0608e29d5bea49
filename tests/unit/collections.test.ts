import { describe, expect, it } from 'vitest';
import { groupBy, groupByEach } from '../../src/lib/collections.ts';

describe('groupBy', () => {
  it('keeps the items of each group in their order', () => {
    expect(groupBy(['apel', 'anggur', 'belimbing'], (word) => word[0])).toEqual(
      new Map([
        ['a', ['apel', 'anggur']],
        ['b', ['belimbing']],
      ]),
    );
  });
});

describe('groupByEach', () => {
  it('files an item under each of its keys once, keeping the items in their order', () => {
    const releases = [
      { id: 'r3', meetings: ['m1', 'm2', 'm1'] },
      { id: 'r2', meetings: [] },
      { id: 'r1', meetings: ['m1'] },
    ];
    const byMeeting = groupByEach(releases, (release) => release.meetings);
    expect([...byMeeting].map(([key, items]) => [key, items.map((item) => item.id)])).toEqual([
      ['m1', ['r3', 'r1']],
      ['m2', ['r3']],
    ]);
  });
});
