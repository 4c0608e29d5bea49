import { describe, expect, it } from 'vitest';
import {
  internalSearchBundles,
  levelBundle,
  LEVELS,
  levelsUpTo,
  pageLevel,
  PUBLIC_BUNDLE,
} from '../../src/lib/internal/search-levels.ts';
import { CLASSIFICATIONS } from '../../src/schemas/meeting.ts';

describe('LEVELS', () => {
  it('are the classifications of meeting records, lowest first', () => {
    expect(LEVELS).toEqual(CLASSIFICATIONS);
  });
});

describe('levelsUpTo', () => {
  it.each([
    ['biasa', ['biasa']],
    ['terbatas', ['biasa', 'terbatas']],
    ['rahasia', ['biasa', 'terbatas', 'rahasia']],
    ['sangat-rahasia', ['biasa', 'terbatas', 'rahasia', 'sangat-rahasia']],
  ] as const)('opens %s and every level below it', (clearance, levels) => {
    expect(levelsUpTo(clearance)).toEqual(levels);
  });
});

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

describe('pageLevel', () => {
  it('reads the level a record page declares on its html element', () => {
    expect(
      pageLevel('<!doctype html><html lang="id" data-level="rahasia"><head>', '/internal/rapat/x/index.html'),
    ).toBe('rahasia');
  });

  it('finds no level on a page that declares none, such as an overview', () => {
    expect(pageLevel('<html lang="id"><body data-level="rahasia">', '/internal/beranda/index.html')).toBeUndefined();
  });

  it('throws, naming the page and the levels, for a value that is no level', () => {
    expect(() => pageLevel('<html data-level="top-secret">', '/internal/rapat/x/index.html')).toThrow(
      '/internal/rapat/x/index.html: data-level="top-secret" is no level; use one of biasa, terbatas, rahasia, sangat-rahasia',
    );
  });
});
