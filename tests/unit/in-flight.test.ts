import { describe, expect, it } from 'vitest';
import { eachInFlight } from '../../src/lib/in-flight.ts';

describe('eachInFlight', () => {
  it('does every item once, never more than the limit at a time, starting them in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await eachInFlight([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, 8 - item));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects with the error of an item', async () => {
    await expect(
      eachInFlight([1, 2], 2, async (item) => {
        if (item === 2) throw new Error('item 2 failed');
      }),
    ).rejects.toThrow('item 2 failed');
  });
});
