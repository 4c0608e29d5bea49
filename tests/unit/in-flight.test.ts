import { describe, expect, it } from 'vitest';
import { eachInFlight, eachInSlices } from '../../src/lib/in-flight.ts';

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

describe('eachInSlices', () => {
  it('does every item once, in order, and lets the rest of the process run while it works', async () => {
    const done: number[] = [];
    let elsewhere = 0; // work of the rest of the process, such as Pagefind's replies
    const tick = setInterval(() => elsewhere++, 0);
    try {
      await eachInSlices(
        Array.from({ length: 40 }, (_, i) => i),
        (item) => {
          const until = performance.now() + 2; // a file read and scanned
          while (performance.now() < until);
          done.push(item);
        },
        5,
      );
    } finally {
      clearInterval(tick);
    }
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(elsewhere).toBeGreaterThanOrEqual(5); // 80 ms of work handed the loop back every 5 ms
  });

  it('stops at the first error', async () => {
    const done: number[] = [];
    await expect(
      eachInSlices([1, 2, 3], (item) => {
        if (item === 2) throw new Error('item 2 failed');
        done.push(item);
      }),
    ).rejects.toThrow('item 2 failed');
    expect(done).toEqual([1]);
  });
});
