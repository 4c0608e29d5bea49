import { describe, expect, it } from 'vitest';
import { orderedResults, sortedResults } from '../../src/lib/merged-results.ts';

/** Results as Pagefind returns them, counting how many details were loaded. */
function bundle(dates: string[], loads: string[]) {
  return dates.map((date) => ({
    data: async () => {
      loads.push(date);
      return { date };
    },
  }));
}
const byDate = (data: { date: string }) => data.date;

describe('orderedResults', () => {
  it('loads the details of one page of results at a time, in their order', async () => {
    const loads: string[] = [];
    const results = orderedResults(bundle(['c', 'a', 'b'], loads));
    expect(results.count).toBe(3);
    expect(await results.next(2)).toEqual([{ date: 'c' }, { date: 'a' }]);
    expect(loads).toEqual(['c', 'a']);
    expect(await results.next(2)).toEqual([{ date: 'b' }]);
  });
});

describe('sortedResults', () => {
  it('merges bundles sorted newest first into one list newest first', async () => {
    const loads: string[] = [];
    const results = sortedResults(
      [bundle(['2024-12-10', '2024-12-06', '2024-11-23'], loads), bundle(['2024-12-09', '2024-11-22'], loads)],
      byDate,
      'desc',
    );
    expect(results.count).toBe(5);
    expect((await results.next(10)).map(byDate)).toEqual([
      '2024-12-10',
      '2024-12-09',
      '2024-12-06',
      '2024-11-23',
      '2024-11-22',
    ]);
  });

  it('merges bundles sorted oldest first into one list oldest first', async () => {
    const results = sortedResults([bundle(['2023', '2025'], []), bundle(['2024'], []), []], byDate, 'asc');
    expect((await results.next(3)).map(byDate)).toEqual(['2023', '2024', '2025']);
  });

  it('loads only the details of the results shown and of the next in line of each bundle', async () => {
    const loads: string[] = [];
    const many = (prefix: string) =>
      Array.from({ length: 50 }, (_, i) => `${prefix}${String(99 - i).padStart(2, '0')}`);
    const results = sortedResults([bundle(many('b'), loads), bundle(many('a'), loads)], byDate, 'desc');
    const first = await results.next(10);
    expect(first.map(byDate)).toEqual(many('b').slice(0, 10));
    expect(loads.length).toBe(10 + 1);
    expect((await results.next(10)).map(byDate)).toEqual(many('b').slice(10, 20));
    expect(loads.length).toBe(20 + 1);
  });
});
