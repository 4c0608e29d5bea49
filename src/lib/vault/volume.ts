// How many blobs the vault publishes and how large each is, chosen so that the public files say
// little about the internal section's volume (docs/vault-format.md#sizes-and-counts). Pure: the
// build gives it the resources' paths and lengths.
import { variantOf } from '../internal/paths.ts';
import { LEVELS } from '../levels.ts';

/**
 * What a blob holds, as far as its size goes: all blobs of one kind have one size, except
 * Pagefind's program files, one of each whatever the archive holds.
 */
export type BlobKind =
  'page' | 'search-fragment' | 'search-index' | 'search' | 'search-program' | 'picture' | 'attachment';

/**
 * Pagefind's scripts, WebAssembly and entry file: their sizes come from Pagefind's version, not
 * from the archive (the entry file's page count changes a few digits inside its 1 KiB), so each is
 * padded on its own, and they are not raised to the size of the index metadata, which grows with
 * the archive: that would double the bytes of an internal first query (BENCHMARKS.md).
 */
const SEARCH_PROGRAM = /^\/internal\/pagefind\/(pagefind[\w-]*\.(js|css)|pagefind-entry\.json|wasm\.[\w-]+\.pagefind)$/;

/** The level's folder of a search bundle path, /internal/pagefind/<level>/: the kinds are those of any bundle. */
const BUNDLE_LEVEL = new RegExp(`^/internal/pagefind/(?:${LEVELS.join('|')})/`);

/** The kind of the resource at a canonical path under /internal/. */
export function blobKind(resource: string): BlobKind {
  const path = resource.replace(BUNDLE_LEVEL, '/internal/pagefind/');
  if (SEARCH_PROGRAM.test(path)) return 'search-program';
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

/** Fewest blobs of a kind's size the vault publishes once it publishes any. */
export const MIN_BLOBS = 32;
/** Blob counts: at least MIN_BLOBS, then numbers of two significant bits (1, 1.5, 2, 3, 4, 6, 8 … × 2^k). */
export const paddedCount = (count: number) => Math.max(MIN_BLOBS, roundCoarse(count, 2));

/**
 * A resource longer than this many times its kind's median is large (an overview or list that
 * grows with the archive, an unusually long attachment): it gets a size of its own instead of
 * raising the size of every resource of its kind.
 */
export const LARGE = 4;
/** Size of a large resource: a power of two, so that it tells the volume only within a factor of two. */
export const largeClass = (length: number) => roundCoarse(length, 1);

/** What the vault publishes: the padded size of each resource, and the sizes of the dummy blobs. */
export interface VolumePlan {
  /** Plaintext size of each resource, by path. */
  sizes: Map<string, number>;
  /** Plaintext size of each dummy blob to add. */
  dummies: number[];
}

/**
 * Pads every resource of a kind to the size class of the longest of its kind, large resources
 * (LARGE) each to a power of two, and adds dummy blobs so that the count of each kind's size is
 * coarse (paddedCount); large sizes are rounded to two significant bits but not to MIN_BLOBS,
 * since their number is that of the site's overviews, not of its records. Pagefind's program
 * files are published once per level, with or without that level's bundle, and the variants of
 * an overview (one per level) each at the size of the longest.
 */
export function planVolume(resources: readonly { path: string; length: number }[]): VolumePlan {
  const byKind = new Map<BlobKind, number[]>();
  for (const { path, length } of resources) {
    const lengths = byKind.get(blobKind(path));
    if (lengths) lengths.push(length);
    else byKind.set(blobKind(path), [length]);
  }
  const classOf = new Map<BlobKind, { limit: number; size: number }>();
  for (const [kind, lengths] of byKind) {
    if (kind === 'search-program') continue;
    const sorted = lengths.sort((a, b) => a - b);
    const limit = LARGE * (sorted[Math.floor((sorted.length - 1) / 2)] as number);
    classOf.set(kind, { limit, size: sizeClass(sorted.findLast((length) => length <= limit) as number) });
  }
  const kindSizes = new Set([...classOf.values()].map(({ size }) => size));
  const sizes = new Map(
    resources.map(({ path, length }) => {
      if (blobKind(path) === 'search-program') return [path, Math.max(MIN_SIZE, largeClass(length))] as const;
      const { limit, size } = classOf.get(blobKind(path)) as { limit: number; size: number };
      return [path, length <= limit ? size : Math.max(size, largeClass(length))] as const;
    }),
  );
  // The variants of an overview, one per level at one address, all get the longest one's size:
  // else a member who knows their own variant would read in the others how much lies above it.
  const overviews = new Map<string, number>();
  for (const [path, size] of sizes) {
    const address = variantOf(path)?.path ?? path;
    overviews.set(address, Math.max(overviews.get(address) ?? 0, size));
  }
  for (const path of sizes.keys()) sizes.set(path, overviews.get(variantOf(path)?.path ?? path) as number);
  // Each level with records has its own copy of the program files, of sizes few other blobs have:
  // published once per level whatever, all of one size, so that their count does not tell which
  // levels hold records.
  const programName = (path: string) => path.replace(BUNDLE_LEVEL, '/internal/pagefind/');
  const copies = new Map<string, { count: number; size: number }>();
  for (const [path, size] of sizes) {
    if (blobKind(path) !== 'search-program') continue;
    const copy = copies.get(programName(path));
    copies.set(programName(path), { count: (copy?.count ?? 0) + 1, size: Math.max(copy?.size ?? 0, size) });
  }
  for (const path of sizes.keys())
    if (blobKind(path) === 'search-program') sizes.set(path, copies.get(programName(path))?.size as number);
  const programDummies = [...copies.values()].flatMap(({ count, size }) =>
    Array<number>(Math.max(0, LEVELS.length - count)).fill(size),
  );
  const counts = new Map<number, number>();
  for (const size of [...sizes.values(), ...programDummies]) counts.set(size, (counts.get(size) ?? 0) + 1);
  const dummies = [
    ...programDummies,
    ...[...counts].flatMap(([size, count]) =>
      Array<number>((kindSizes.has(size) ? paddedCount(count) : roundCoarse(count, 2)) - count).fill(size),
    ),
  ];
  return { sizes, dummies };
}
