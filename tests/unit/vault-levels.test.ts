import { describe, expect, it } from 'vitest';
import { releaseLevel, visibleTo } from '../../src/lib/internal/clearance.ts';
import { variantOf, variantPath } from '../../src/lib/internal/paths.ts';
import { highest, levelsUpTo, lowest, within } from '../../src/lib/levels.ts';
import { pageRefs, type PageRefs } from '../../src/lib/links.ts';
import { placeInternalFiles } from '../../src/lib/vault/levels.ts';

/** A built page: its level on <html>, and its links. */
const page = (level: string | undefined, ...links: string[]): PageRefs =>
  pageRefs(
    `<!DOCTYPE html><html lang="id"${level ? ` data-level="${level}"` : ''}><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`,
  );

describe('levels', () => {
  it('orders the classes from biasa up, a clearance opening its own level and those below', () => {
    expect(levelsUpTo('rahasia')).toEqual(['biasa', 'terbatas', 'rahasia']);
    expect(within('terbatas', 'rahasia')).toBe(true);
    expect(within('sangat-rahasia', 'rahasia')).toBe(false);
    expect(lowest(['rahasia', 'terbatas', 'sangat-rahasia'])).toBe('terbatas');
    expect(highest(['terbatas', 'rahasia', 'biasa'])).toBe('rahasia');
    expect(highest([])).toBeUndefined();
  });
});

describe('visibleTo', () => {
  const meeting = (id: string, classification: 'biasa' | 'terbatas' | 'rahasia' | 'sangat-rahasia') => ({
    id,
    data: { classification },
  });
  const records = {
    meetings: [
      meeting('a', 'biasa'),
      meeting('b', 'terbatas'),
      meeting('c', 'rahasia'),
      meeting('d', 'sangat-rahasia'),
    ],
    releases: [
      { id: 'p', status: 'public' as const },
      { id: 's', status: 'scheduled' as const },
      { id: 'i', status: 'internal' as const },
    ],
  };

  it('keeps the meetings at or below the clearance, in their order', () => {
    expect(visibleTo('terbatas', records).meetings.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(visibleTo('sangat-rahasia', records).meetings).toHaveLength(4);
  });

  it('shows embargoed and internal releases from terbatas up, public ones to everyone', () => {
    expect(releaseLevel('scheduled')).toBe('terbatas');
    expect(visibleTo('biasa', records).releases.map((entry) => entry.id)).toEqual(['p']);
    expect(visibleTo('terbatas', records).releases.map((entry) => entry.id)).toEqual(['p', 's', 'i']);
  });
});

describe('variantPath', () => {
  it('builds the top variant of an overview at its own address', () => {
    expect(variantPath('sangat-rahasia', '/internal/beranda/')).toBe('/internal/beranda/');
  });

  it('builds a lower variant of an overview under /internal/tingkat/ and reads it back', () => {
    expect(variantPath('rahasia', '/internal/beranda/')).toBe('/internal/tingkat/rahasia/beranda/');
    expect(variantOf('/internal/tingkat/rahasia/beranda/index.html')).toEqual({
      level: 'rahasia',
      path: '/internal/beranda/index.html',
    });
    expect(variantOf('/internal/rapat/x/index.html')).toBeUndefined();
  });
});

describe('placeInternalFiles', () => {
  const pages = new Map([
    ['/internal/tingkat/biasa/beranda/index.html', page('biasa', '/internal/rapat/a/')],
    ['/internal/tingkat/terbatas/beranda/index.html', page('terbatas', '/internal/rapat/a/', '/internal/rapat/b/')],
    ['/internal/beranda/index.html', page('sangat-rahasia', '/internal/rapat/a/', '/internal/rapat/b/')],
    ['/internal/rapat/a/index.html', page('biasa', '/internal/beranda/', '/internal/_astro/foto.webp')],
    [
      '/internal/rapat/b/index.html',
      page('terbatas', '/internal/lampiran/b/peta%20a.pdf', '/internal/_astro/foto.webp'),
    ],
  ]);
  const files = [...pages.keys(), '/internal/lampiran/b/peta a.pdf', '/internal/_astro/foto.webp', '/internal/x.bin'];

  it('seals variants at their level under the overview address, pages at their data-level', () => {
    const { placements, above } = placeInternalFiles(files, pages);
    expect(placements.get('/internal/tingkat/terbatas/beranda/index.html')).toEqual({
      level: 'terbatas',
      path: '/internal/beranda/index.html',
    });
    expect(placements.get('/internal/beranda/index.html')).toEqual({
      level: 'sangat-rahasia',
      path: '/internal/beranda/index.html',
    });
    expect(placements.get('/internal/rapat/b/index.html')).toEqual({
      level: 'terbatas',
      path: '/internal/rapat/b/index.html',
    });
    expect(above).toEqual([]);
  });

  it('seals a file at the lowest level of the pages that show it, and one no page shows at the top', () => {
    const { placements } = placeInternalFiles(files, pages);
    expect(placements.get('/internal/lampiran/b/peta a.pdf')?.level).toBe('terbatas');
    expect(placements.get('/internal/_astro/foto.webp')?.level).toBe('biasa');
    expect(placements.get('/internal/x.bin')?.level).toBe('sangat-rahasia');
  });

  it('refuses a page without a level, and a variant of no level, rather than guess', () => {
    expect(() =>
      placeInternalFiles(
        ['/internal/rapat/c/index.html'],
        new Map([['/internal/rapat/c/index.html', page(undefined)]]),
      ),
    ).toThrow('/internal/rapat/c/index.html: an internal page without data-level');
    expect(() => placeInternalFiles(['/internal/tingkat/rahasa/beranda/index.html'], new Map())).toThrow(
      '"rahasa" is not a level',
    );
  });

  it("seals a meeting's attachment at the meeting's level, and reports a lower page that links to it", () => {
    // Sealed at the lowest level of the pages that show it, biasa page a's link would open it to biasa.
    const linking = new Map([
      ...pages,
      ['/internal/rapat/a/index.html', page('biasa', '/internal/lampiran/b/peta%20a.pdf')],
    ]);
    const { placements, above } = placeInternalFiles(files, linking);
    expect(placements.get('/internal/lampiran/b/peta a.pdf')?.level).toBe('terbatas');
    expect(above).toEqual([
      {
        page: '/internal/rapat/a/index.html',
        pageLevel: 'biasa',
        target: '/internal/lampiran/b/peta a.pdf',
        targetLevel: 'terbatas',
      },
    ]);
  });

  it('reports a link to a record above the page written without its final slash', () => {
    const leaking = new Map([...pages, ['/internal/rapat/a/index.html', page('biasa', '/internal/rapat/b')]]);
    expect(placeInternalFiles(files, leaking).above).toEqual([
      {
        page: '/internal/rapat/a/index.html',
        pageLevel: 'biasa',
        target: '/internal/rapat/b/index.html',
        targetLevel: 'terbatas',
      },
    ]);
  });

  it("reports a link to a record above the page written as a full address on the site's own origins", () => {
    // An address copied from the browser's address bar, on one origin or on a split build's internal one.
    const origins = ['https://warta.example.org', 'https://intern.warta.example.org'];
    for (const origin of origins) {
      const leaking = new Map([
        ...pages,
        ['/internal/rapat/a/index.html', page('biasa', `${origin}/internal/rapat/b/`)],
      ]);
      expect(placeInternalFiles(files, leaking, origins).above).toEqual([
        {
          page: '/internal/rapat/a/index.html',
          pageLevel: 'biasa',
          target: '/internal/rapat/b/index.html',
          targetLevel: 'terbatas',
        },
      ]);
    }
  });

  it('reports a page that links to a record above its level, which its readers may not know of', () => {
    const leaking = new Map([...pages, ['/internal/rapat/a/index.html', page('biasa', '/internal/rapat/b/')]]);
    expect(placeInternalFiles(files, leaking).above).toEqual([
      {
        page: '/internal/rapat/a/index.html',
        pageLevel: 'biasa',
        target: '/internal/rapat/b/index.html',
        targetLevel: 'terbatas',
      },
    ]);
  });
});
