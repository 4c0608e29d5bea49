import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageAnchors, pageLinks, pageRefs } from '../../src/lib/links.ts';

describe('pageLinks', () => {
  it('reads href, src and srcset, keeps web addresses for the check to judge, and skips mail, text in scripts and templates', () => {
    const html = `<a href="/a/">a</a><img src="/b.png" srcset="/b-400.png 400w, /b-800.png 800w">
      <a href="https://example.org/">x</a><a href="mailto:humas@example.org">m</a>
      <script type="text/pagefind-template"><a href="{{ meta.url }}"></a></script><script src="/c.js"></script>`;
    expect(pageLinks(html)).toEqual(['/a/', '/b.png', '/b-400.png', '/b-800.png', 'https://example.org/', '/c.js']);
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

describe('findBrokenLinks on a split build', () => {
  const origins = { public: 'https://warta.example.org', internal: 'https://intern.warta.example.org' };
  const files = new Set([
    '/index.html',
    '/siaran-pers/index.html',
    '/internal/index.html',
    '/404.html',
    '/_astro/a.css',
  ]);
  const resolve = (path: string) =>
    [path.endsWith('/') ? `${path}index.html` : path, `${path}/index.html`].find((file) => files.has(file));
  const check = (page: string, html: string) =>
    findBrokenLinks(new Map([[page, pageRefs(html)]]), resolve, origins).map(
      ({ href, problem }) => `${href}: ${problem}`,
    );

  it('accepts internal pages that link public pages on the public origin, and their own files by path', () => {
    const html =
      '<a href="https://warta.example.org/siaran-pers/">p</a><a href="/internal/">u</a><link href="/_astro/a.css">';
    expect(check('/internal/index.html', html)).toEqual([]);
  });

  it('reports a path from an internal page to a public page, which the internal site does not serve', () => {
    expect(check('/internal/index.html', '<a href="/siaran-pers/">p</a>')).toEqual([
      '/siaran-pers/: not on the internal site',
    ]);
  });

  it('reports a public page linking the internal section by path, and an address on the wrong origin', () => {
    expect(check('/index.html', '<a href="/internal/">i</a>')).toEqual(['/internal/: not on the public site']);
    expect(check('/index.html', '<a href="https://intern.warta.example.org/siaran-pers/">x</a>')).toEqual([
      'https://intern.warta.example.org/siaran-pers/: not on the internal site',
    ]);
    expect(check('/index.html', '<a href="https://intern.warta.example.org/internal/">i</a>')).toEqual([]);
  });

  it('holds the 404 page, which both sites serve, to paths both have', () => {
    expect(check('/404.html', '<a href="/">h</a>')).toEqual(['/: not on the internal site']);
    expect(check('/404.html', '<a href="https://warta.example.org/">h</a><link href="/_astro/a.css">')).toEqual([]);
  });

  it('leaves other sites unchecked', () => {
    expect(check('/internal/index.html', '<a href="https://example.com/x/">x</a>')).toEqual([]);
  });
});
