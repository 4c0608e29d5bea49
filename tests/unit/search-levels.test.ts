import { describe, expect, it } from 'vitest';
import {
  internalSearchBundles,
  levelBundle,
  PUBLIC_BUNDLE,
  recordPagesByLevel,
} from '../../src/lib/internal/search-levels.ts';
import { levelsUpTo } from '../../src/lib/levels.ts';

describe('internalSearchBundles', () => {
  it('starts from the lowest level, whose worker the vault serves, and merges the public bundle', () => {
    expect(internalSearchBundles(['terbatas', 'biasa'])).toEqual([
      '/internal/pagefind/biasa/',
      PUBLIC_BUNDLE,
      '/internal/pagefind/terbatas/',
    ]);
  });

  it('starts from the lowest level that has records when lower levels have none', () => {
    expect(internalSearchBundles(['rahasia', 'terbatas'])).toEqual([
      levelBundle('terbatas'),
      PUBLIC_BUNDLE,
      levelBundle('rahasia'),
    ]);
  });

  it('searches the public bundle alone when no level of the clearance has records', () => {
    expect(internalSearchBundles([])).toEqual([PUBLIC_BUNDLE]);
  });

  it('never names a level it was not given', () => {
    expect(internalSearchBundles(levelsUpTo('terbatas')).join(' ')).not.toMatch(/rahasia/);
  });
});

describe('recordPagesByLevel', () => {
  it('groups meeting and internal release pages by the level on their html element', () => {
    const pages = new Map([
      ['/internal/rapat/a/index.html', { level: 'rahasia' }],
      ['/internal/siaran/b/index.html', { level: 'terbatas' }],
      ['/internal/rapat/c/index.html', { level: 'rahasia' }],
    ]);
    expect(recordPagesByLevel(pages)).toEqual(
      new Map([
        ['rahasia', ['/internal/rapat/a/index.html', '/internal/rapat/c/index.html']],
        ['terbatas', ['/internal/siaran/b/index.html']],
      ]),
    );
  });

  it('leaves out overviews, lists, their level variants and public pages, which are no internal records', () => {
    const pages = new Map([
      ['/internal/beranda/index.html', { level: 'sangat-rahasia' }],
      ['/internal/rapat/index.html', { level: 'sangat-rahasia' }],
      ['/internal/tingkat/biasa/rapat/index.html', { level: 'biasa' }],
      ['/kegiatan/a/index.html', {}],
    ]);
    expect(recordPagesByLevel(pages)).toEqual(new Map());
  });

  it('throws, naming the page and the levels, for a record page without a level', () => {
    expect(() => recordPagesByLevel(new Map([['/internal/rapat/x/index.html', { level: 'top-secret' }]]))).toThrow(
      '/internal/rapat/x/index.html: data-level="top-secret" is no level; render the page with src/layouts/Internal.astro and one of biasa, terbatas, rahasia, sangat-rahasia',
    );
  });
});
