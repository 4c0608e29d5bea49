import { describe, expect, it } from 'vitest';
import { unexpectedAssets } from '../../src/lib/built-assets.ts';

describe('unexpectedAssets', () => {
  it('accepts the scripts, styles and optimised pictures Astro writes', () => {
    expect(
      unexpectedAssets([
        '/_astro/search.Bx1.js',
        '/_astro/Base.C2.css',
        '/_astro/posko.D3.webp',
        '/_astro/posko.E4.PNG',
      ]),
    ).toEqual([]);
  });

  it('names every document that can carry script, whatever its case', () => {
    expect(
      unexpectedAssets([
        '/_astro/peta.B5rY.svg',
        '/_astro/x.HTML',
        '/_astro/y.xhtml',
        '/_astro/.env.IpBL',
        '/index.html',
      ]),
    ).toEqual(['/_astro/peta.B5rY.svg', '/_astro/x.HTML', '/_astro/y.xhtml', '/_astro/.env.IpBL']);
  });
});
