import { describe, expect, it } from 'vitest';
import { assetFates, assetRefs, rewriteAssetRefs } from '../../src/lib/vault/assets.ts';

const page = [
  '<meta property="og:image" content="https://x.example.org/_astro/foto.Ab12.png">',
  '<img src="/_astro/foto.Ab12_Z1.webp" srcset="/_astro/foto.Ab12_Z1.webp 400w, /_astro/foto.Ab12_Z2.webp 800w">',
  '<script type="application/ld+json">{"image":"https://x.example.org/_astro/foto%20rapat.Cd34.png"}</script>',
  '<link rel="stylesheet" href="/_astro/Base.Ef56.css">',
].join('\n');

describe('the assets a page mentions', () => {
  it('are found in attributes, srcset candidates, metadata and JSON-LD, percent-decoded', () => {
    expect(assetRefs(page).sort()).toEqual([
      'Base.Ef56.css',
      'foto rapat.Cd34.png',
      'foto.Ab12.png',
      'foto.Ab12_Z1.webp',
      'foto.Ab12_Z2.webp',
    ]);
  });

  it('are found in a stylesheet url() too', () => {
    expect(assetRefs('.hero{background:url(/_astro/latar.Gh78.webp)}')).toEqual(['latar.Gh78.webp']);
  });
});

describe('what becomes of an asset', () => {
  const assets = ['publik.webp', 'rahasia.webp', 'draf.png', 'Base.css', 'search.js'];
  const fates = assetFates(assets, new Set(['publik.webp', 'rahasia.webp']), new Set(['rahasia.webp', 'Base.css']));

  it('stays public when a public file mentions it, even if internal pages do too', () => {
    expect([...fates.seal, ...fates.remove]).not.toContain('publik.webp');
  });

  it('goes into the vault when only internal pages mention it', () => {
    expect(assetFates(['rahasia.webp'], new Set(), new Set(['rahasia.webp']))).toEqual({
      seal: ['rahasia.webp'],
      remove: [],
    });
  });

  it('is removed when no page mentions it, like a draft picture', () => {
    expect(fates.remove).toEqual(['draf.png']);
  });

  it('stays public when it is the site’s own script or style, whoever mentions it', () => {
    expect([...fates.seal, ...fates.remove]).not.toContain('Base.css');
    expect([...fates.seal, ...fates.remove]).not.toContain('search.js');
  });
});

describe('rewriting an internal page', () => {
  it('points every mention of a sealed asset into the vault, absolute and encoded ones included', () => {
    const sealed = new Set(['foto.Ab12.png', 'foto.Ab12_Z1.webp', 'foto.Ab12_Z2.webp', 'foto rapat.Cd34.png']);
    const html = rewriteAssetRefs(page, sealed);
    expect(html).toContain('content="https://x.example.org/internal/_astro/foto.Ab12.png"');
    expect(html).toContain('srcset="/internal/_astro/foto.Ab12_Z1.webp 400w, /internal/_astro/foto.Ab12_Z2.webp 800w"');
    expect(html).toContain('"image":"https://x.example.org/internal/_astro/foto%20rapat.Cd34.png"');
    expect(html).toContain('href="/_astro/Base.Ef56.css"');
  });

  it('leaves a longer name that merely starts with a sealed one', () => {
    expect(rewriteAssetRefs('<img src="/_astro/foto.png.webp">', new Set(['foto.png']))).toBe(
      '<img src="/_astro/foto.png.webp">',
    );
  });
});
