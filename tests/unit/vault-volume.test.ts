import { describe, expect, it } from 'vitest';
import {
  blobKind,
  largeClass,
  MIN_BLOBS,
  paddedCount,
  planVolume,
  roundCoarse,
  sizeClass,
} from '../../src/lib/vault/volume.ts';
import { LEVELS, type Level } from '../../src/lib/levels.ts';

const meeting = (id: number) => `/internal/rapat/rapat-${id}/index.html`;
const fragment = (id: number) => `/internal/pagefind/fragment/id_${id}.pf_fragment`;

describe('blobKind', () => {
  it.each([
    ['/internal/rapat/x/index.html', 'page'],
    ['/internal/beranda/index.html', 'page'],
    ['/internal/pagefind/fragment/id_1a2b.pf_fragment', 'search-fragment'],
    ['/internal/pagefind/index/id_1a2b.pf_index', 'search-index'],
    ['/internal/pagefind/pagefind.js', 'search-program'],
    ['/internal/pagefind/pagefind-worker.js', 'search-program'],
    ['/internal/pagefind/pagefind-entry.json', 'search-program'],
    ['/internal/pagefind/wasm.unknown.pagefind', 'search-program'],
    ['/internal/pagefind/pagefind.id_4cf125cad1.pf_meta', 'search'],
    ['/internal/pagefind/filter/id_1a2b.pf_filter', 'search'],
    ['/internal/pagefind/rahasia/fragment/id_1a2b.pf_fragment', 'search-fragment'],
    ['/internal/pagefind/rahasia/index/id_1a2b.pf_index', 'search-index'],
    ['/internal/pagefind/biasa/pagefind-worker.js', 'search-program'],
    ['/internal/pagefind/sangat-rahasia/pagefind-entry.json', 'search-program'],
    ['/internal/pagefind/terbatas/pagefind.id_4cf125cad1.pf_meta', 'search'],
    ['/internal/_astro/foto.Ab12.webp', 'picture'],
    ['/internal/lampiran/rapat-x/daftar-hadir.pdf', 'attachment'],
  ])('files %s as a %s', (path, kind) => expect(blobKind(path)).toBe(kind));
});

describe('roundCoarse, sizeClass and paddedCount', () => {
  it.each([
    [1, 3, 1],
    [7, 3, 7],
    [9, 3, 10],
    [1500, 3, 1536],
    [1537, 3, 1792],
    [1500, 2, 1536],
    [1537, 2, 2048],
    [2049, 2, 3072],
  ])('rounds %i up to %i significant bits: %i', (n, bits, expected) => expect(roundCoarse(n, bits)).toBe(expected));

  it('never rounds up by more than a quarter for sizes, or a half for counts', () => {
    for (let n = 1025; n < 300_000; n += 977) {
      expect(sizeClass(n)).toBeGreaterThanOrEqual(n);
      expect(sizeClass(n)).toBeLessThanOrEqual(n * 1.25);
    }
    for (let n = MIN_BLOBS; n < 50_000; n += 37) expect(paddedCount(n)).toBeLessThanOrEqual(n * 1.5);
  });

  it('pads a small plaintext to 1 KiB and a small count to the minimum', () => {
    expect(sizeClass(66)).toBe(1024);
    expect(paddedCount(1)).toBe(MIN_BLOBS);
  });
});

describe('planVolume', () => {
  const site = (meetings: number) => [
    ...Array.from({ length: meetings }, (_, i) => ({ path: meeting(i), length: 20_000 + ((i * 7919) % 30_000) })),
    ...Array.from({ length: meetings }, (_, i) => ({ path: fragment(i), length: 1_000 + ((i * 104_729) % 9_000) })),
    { path: '/internal/_astro/foto.Ab12.webp', length: 150_000 },
  ];

  it('gives every resource of a kind the size class of the longest of that kind', () => {
    const { sizes } = planVolume(site(100));
    const pages = new Set([...sizes].filter(([path]) => blobKind(path) === 'page').map(([, size]) => size));
    const fragments = new Set(
      [...sizes].filter(([path]) => blobKind(path) === 'search-fragment').map(([, size]) => size),
    );
    expect([...pages]).toEqual([sizeClass(49_999)]);
    expect([...fragments]).toEqual([sizeClass(9_999)]);
    expect(sizes.get('/internal/_astro/foto.Ab12.webp')).toBe(sizeClass(150_000));
  });

  it("gives a large overview a power-of-two size of its own, instead of raising every page's", () => {
    const tracker = '/internal/tindak-lanjut/index.html';
    const { sizes, dummies } = planVolume([...site(100), { path: tracker, length: 3_000_000 }]);
    expect(sizes.get(tracker)).toBe(largeClass(3_000_000));
    expect(largeClass(3_000_000)).toBe(4 * 2 ** 20);
    expect(sizes.get(meeting(0))).toBe(sizeClass(49_999));
    expect(dummies).not.toContain(largeClass(3_000_000));
  });

  it("pads Pagefind's program files each on its own, not to the size of the growing index metadata", () => {
    const program = { '/internal/pagefind/pagefind.js': 47_228, '/internal/pagefind/pagefind-entry.json': 174 };
    const meta = '/internal/pagefind/pagefind.id_4cf125cad1.pf_meta';
    const { sizes } = planVolume([
      ...site(100),
      ...Object.entries(program).map(([path, length]) => ({ path, length })),
      { path: meta, length: 121_000 },
    ]);
    expect(sizes.get('/internal/pagefind/pagefind.js')).toBe(64 * 1024);
    expect(sizes.get('/internal/pagefind/pagefind-entry.json')).toBe(1024);
    expect(sizes.get(meta)).toBe(sizeClass(121_000));
  });

  it('adds dummies of the sizes in use, so that every size is published a padded number of times', () => {
    const { sizes, dummies } = planVolume(site(100));
    const counts = new Map<number, number>();
    for (const size of [...sizes.values(), ...dummies]) counts.set(size, (counts.get(size) ?? 0) + 1);
    expect(new Set(dummies).size).toBeLessThanOrEqual(3);
    for (const size of dummies) expect([...sizes.values()]).toContain(size);
    expect([...counts.values()].sort()).toEqual([128, 128, MIN_BLOBS]);
  });

  it('publishes as many blobs of each size for one meeting more or fewer', () => {
    const published = (meetings: number) => {
      const { sizes, dummies } = planVolume(site(meetings));
      return [...sizes.values(), ...dummies].sort((a, b) => a - b);
    };
    expect(published(101)).toEqual(published(100));
    expect(published(99)).toEqual(published(100));
  });

  it("publishes as many blobs of Pagefind's program files whatever the number of levels with records", () => {
    // Each level with records has a bundle of its own, and its program files sizes no other blob has.
    const bundles = (levels: readonly Level[]) =>
      levels.flatMap((level) => [
        { path: `/internal/pagefind/${level}/pagefind.js`, length: 47_228 },
        { path: `/internal/pagefind/${level}/wasm.id.pagefind`, length: 70_120 },
        // A level's entry file grows with its pages: the largest sets the size of every copy.
        { path: `/internal/pagefind/${level}/pagefind-entry.json`, length: level === 'biasa' ? 1_100 : 170 },
      ]);
    const published = (levels: readonly Level[]) => {
      const { sizes, dummies } = planVolume([...site(100), ...bundles(levels)]);
      return [...sizes.values(), ...dummies].sort((a, b) => a - b);
    };
    expect(published(['biasa', 'terbatas'])).toEqual(published(LEVELS));
    expect(published(['biasa'])).toEqual(published(LEVELS));
  });

  it("pads every level's variant of an overview to one size, so that no variant's size tells how much lies above it", () => {
    // The variants are sealed at one address; the top one, with every record, is the longest.
    const variants = [
      { path: '/internal/tingkat/biasa/tindak-lanjut/index.html', length: 400_000 },
      { path: '/internal/tingkat/terbatas/tindak-lanjut/index.html', length: 900_000 },
      { path: '/internal/tingkat/rahasia/tindak-lanjut/index.html', length: 1_500_000 },
      { path: '/internal/tindak-lanjut/index.html', length: 3_000_000 },
    ];
    const { sizes } = planVolume([...site(100), ...variants]);
    expect(new Set(variants.map(({ path }) => sizes.get(path)))).toEqual(new Set([largeClass(3_000_000)]));
  });
});
