/**
 * Runs the synchronous `work` on every item in order, handing the event loop back at least every
 * `sliceMs` milliseconds, so that the rest of this process keeps moving: Pagefind's replies come
 * through a pipe 64 KiB per turn of the loop (with 10 ms slices, a level's 10 MB bundle took 9 s
 * to arrive while two scans ran). For files the build has just written, which the page cache
 * holds: a synchronous read is a copy, where a promise-based one is a round trip through libuv's
 * threads (reading 16 800 files of a 10 000-record site: 0.5 s against 1.4–2.9 s, eight in
 * flight). Stops at the first error, and refuses a `work` that returns a promise.
 * @example await eachInSlices(files, scanFile)
 */
export async function eachInSlices<T>(items: Iterable<T>, work: (item: T) => void, sliceMs = 2): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    // A promise here would be left behind unawaited, and the scan that made it would pass unread.
    if ((work(item) as unknown) instanceof Promise) throw new TypeError('eachInSlices: work must be synchronous');
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resume) => setImmediate(resume));
      sliceStart = performance.now();
    }
  }
}
