/**
 * Runs `work` on every item, at most `limit` at once, in the items' order of starting: while one
 * waits for the disk or WebCrypto (outside this thread), the next starts. Rejects with the first
 * error, as `Promise.all` does.
 * @example await eachInFlight(files, 4, scanFile)
 */
export async function eachInFlight<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}
