import { describe, expect, it } from 'vitest';
import { eachInSlices } from '../../src/lib/slices.ts';

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

  it('refuses work that returns a promise, which it would leave behind unawaited', async () => {
    const read: number[] = [];
    await expect(
      eachInSlices([1, 2], async (item) => {
        await Promise.resolve();
        read.push(item);
      }),
    ).rejects.toThrow('work must be synchronous');
    await new Promise((done) => setImmediate(done));
    expect(read).toEqual([1]); // the first one's, started before the refusal; never the second
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
