// How many blobs the vault publishes and how large each is, chosen so that the public files say
// little about the internal section's volume (docs/vault-format.md#sizes-and-counts). Pure: the
// build gives it the resources' paths and lengths.

/** What a blob holds, as far as its size goes: all blobs of one kind have one size. */
export type BlobKind = 'page' | 'search-fragment' | 'search-index' | 'search' | 'picture' | 'attachment';

/** The kind of the resource at a canonical path under /internal/. */
export function blobKind(path: string): BlobKind {
  if (path.startsWith('/internal/pagefind/fragment/')) return 'search-fragment';
  if (path.startsWith('/internal/pagefind/index/')) return 'search-index';
  if (path.startsWith('/internal/pagefind/')) return 'search';
  if (path.startsWith('/internal/_astro/')) return 'picture';
  if (path.endsWith('.html')) return 'page';
  return 'attachment';
}

/** The smallest number at least `n` written with at most `bits` significant binary digits. */
export function roundCoarse(n: number, bits: number): number {
  const step = 2 ** Math.max(0, Math.ceil(Math.log2(n + 1)) - bits);
  return Math.ceil(n / step) * step;
}

/** Smallest plaintext of a blob, in bytes. */
export const MIN_SIZE = 1024;
/** Size classes: 1 KiB, then numbers of three significant bits (steps of at most 25 %). */
export const sizeClass = (length: number) => Math.max(MIN_SIZE, roundCoarse(length, 3));

/** Fewest blobs of one size the vault publishes once it publishes any. */
export const MIN_BLOBS = 32;
/** Blob counts: at least MIN_BLOBS, then numbers of two significant bits (1, 1.5, 2, 3, 4, 6, 8 … × 2^k). */
export const paddedCount = (count: number) => Math.max(MIN_BLOBS, roundCoarse(count, 2));

/** What the vault publishes: the padded size of each resource, and the sizes of the dummy blobs. */
export interface VolumePlan {
  /** Plaintext size of each resource, by path: the class of its kind. */
  sizes: Map<string, number>;
  /** Plaintext size of each dummy blob to add, so that the blobs of each size number paddedCount. */
  dummies: number[];
}

/**
 * Pads every resource to the size class of the longest of its kind, so blobs of one kind are
 * indistinguishable, and adds dummy blobs so that the count of each size is coarse.
 */
export function planVolume(resources: readonly { path: string; length: number }[]): VolumePlan {
  const longest = new Map<BlobKind, number>();
  for (const { path, length } of resources) {
    const kind = blobKind(path);
    longest.set(kind, Math.max(longest.get(kind) ?? 0, length));
  }
  const sizes = new Map(
    resources.map(({ path }) => [path, sizeClass(longest.get(blobKind(path)) ?? 0)] as const),
  );
  const counts = new Map<number, number>();
  for (const size of sizes.values()) counts.set(size, (counts.get(size) ?? 0) + 1);
  const dummies = [...counts].flatMap(([size, count]) => Array<number>(paddedCount(count) - count).fill(size));
  return { sizes, dummies };
}
