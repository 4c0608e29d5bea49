import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageAnchors, pageLinks, pageRefs } from '../../src/lib/links.ts';

describe('pageLinks', () => {
  it('reads href, src and srcset, and skips other sites, mail, text in scripts and templates', () => {
    const html = `<a href="/a/">a</a><img src="/b.png" srcset="/b-400.png 400w, /b-800.png 800w">
      <a href="https://example.org/">x</a><a href="mailto:humas@example.org">m</a>
      <script type="text/pagefind-template"><a href="{{ meta.url }}"></a></script><script src="/c.js"></script>`;
    expect(pageLinks(html)).toEqual(['/a/', '/b.png', '/b-400.png', '/b-800.png', '/c.js']);
  });
});

describe('pageAnchors', () => {
  it('collects ids', () => {
    expect([...pageAnchors('<h2 id="tindak-lanjut">x</h2><main id="konten">')]).toEqual(['tindak-lanjut', 'konten']);
  });
});

describe('findBrokenLinks', () => {
  const pages = new Map([
    ['/index.html', '<a href="/kegiatan/">k</a><a href="/kegiatan/#daftar">d</a><a href="siaran-pers/">rel</a>'],
    ['/kegiatan/index.html', '<h2 id="daftar">Daftar</h2><a href="../">up</a><a href="#:~:text=rapat">t</a>'],
  ]);
  const files = new Set(['/index.html', '/kegiatan/index.html']);
  const refs = (html: Map<string, string>) => new Map([...html].map(([page, text]) => [page, pageRefs(text)]));
  const resolve = (path: string) =>
    [path.endsWith('/') ? `${path}index.html` : path, `${path}/index.html`].find((file) => files.has(file));

  it('accepts links and anchors that resolve, relative ones included', () => {
    const ok = new Map(pages);
    ok.set('/index.html', '<a href="/kegiatan/">k</a><a href="/kegiatan/#daftar">d</a><a href="kegiatan/">rel</a>');
    expect(findBrokenLinks(refs(ok), resolve)).toEqual([]);
  });

  it('reports a missing page and a missing anchor, naming the page that links', () => {
    const bad = new Map(pages);
    bad.set(
      '/kegiatan/index.html',
      '<h2 id="daftar">x</h2><a href="/kegiatan/#hilang">h</a><img src="/tidak-ada.png">',
    );
    expect(findBrokenLinks(refs(bad), resolve)).toEqual([
      { page: '/index.html', href: 'siaran-pers/', problem: 'no such page or file' },
      { page: '/kegiatan/index.html', href: '/kegiatan/#hilang', problem: 'no such anchor' },
      { page: '/kegiatan/index.html', href: '/tidak-ada.png', problem: 'no such page or file' },
    ]);
  });
});
