import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeBody, sanitizeHtml } from '../../src/lib/markdown/sanitize.ts';

/** A body rendered as the site renders it: Sätteri with GFM, then the sanitizer. */
const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [sanitizeHtml], features: { gfm: true, smartPunctuation: true } }).html;

/** An MDX body compiled as the site compiles it. */
const compileMdx = (mdx: string) => mdxToJs(mdx, { hastPlugins: [sanitizeHtml] }).code;

describe('sanitizeHtml', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', /<script|alert/],
    ['an event handler on a picture', 'Teks <img src="x.png" onerror="alert(1)">', /onerror|alert/],
    ['an event handler on details', '<details ontoggle="alert(1)"><summary>s</summary></details>', /ontoggle|alert/],
    ['a Markdown link to javascript:', '[klik](javascript:alert(1))', /javascript|alert/],
    ['an HTML link to javascript: hidden by entities', '<a href="jav&#x61;script:alert(1)">x</a>', /script|alert/],
    ['a frame showing an internal page', '<iframe src="/internal/rapat/x/"></iframe>', /iframe|internal/],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">', /object|embed|swf/],
    ['a form', '<form action="https://example.org"><input type="text" name="sandi"></form>', /form|action|text/],
    [
      'a base, meta refresh and stylesheet',
      '<base href="https://x.example"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x.css">',
      /base|meta|link|refresh/,
    ],
    [
      'a style element and attribute',
      '<style>body{display:none}</style><p style="position:fixed">x</p>',
      /style|display|fixed/,
    ],
    ['a data: picture', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['inline SVG with script', '<svg><script>alert(1)</script></svg>', /svg|script|alert/],
    ['an HTML comment', 'Teks <!-- catatan internal: jangan terbit -->', /catatan|<!--/],
  ])('removes %s', (_, markdown, forbidden) => {
    expect(render(markdown)).not.toMatch(forbidden);
  });

  it('keeps what Markdown writes: headings, emphasis, lists, quotes, code and links that are safe', () => {
    const html = render(
      '## Hasil\n\nTeks **tebal**, _miring_, `kode` dan [situs](https://example.org), [surel](mailto:humas@example.org), [telepon](tel:+62711) dan [halaman](/siaran-pers/).\n\n> kutipan\n\n1. satu\n2. dua\n\n```\nkode\n```\n',
    );
    expect(html).toMatchInlineSnapshot(`
      "<h2>Hasil</h2>
      <p>Teks <strong>tebal</strong>, <em>miring</em>, <code>kode</code> dan <a href="https://example.org">situs</a>, <a href="mailto:humas@example.org">surel</a>, <a href="tel:+62711">telepon</a> dan <a href="/siaran-pers/">halaman</a>.</p>
      <blockquote>
      <p>kutipan</p>
      </blockquote>
      <ol>
      <li>satu</li>
      <li>dua</li>
      </ol>
      <pre><code>kode
      </code></pre>
      "
    `);
  });

  it('keeps GFM tables with their alignment, as an attribute instead of an inline style', () => {
    expect(render('| a | b |\n|:-:|--:|\n| 1 | 2 |\n')).toMatchInlineSnapshot(`
      "<table>
      <thead>
      <tr>
      <th align="center">a</th>
      <th align="right">b</th>
      </tr>
      </thead>
      <tbody>
      <tr>
      <td align="center">1</td>
      <td align="right">2</td>
      </tr>
      </tbody>
      </table>
      "
    `);
  });

  it('keeps GFM footnotes and task lists, with each id prefixed once so links still meet their targets', () => {
    const html = render('Catatan[^1]\n\n[^1]: kaki\n\n- [x] selesai\n- [ ] belum\n');
    expect(html).toMatchInlineSnapshot(`
      "<p>Catatan<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="user-content-footnote-label">1</a></sup></p>
      <ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" checked disabled> selesai</li>
      <li class="task-list-item"><input type="checkbox" disabled> belum</li>
      </ul>
      <section data-footnotes class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>
      <ol>
      <li id="user-content-fn-1">
      <p>kaki <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
      </li>
      </ol>
      </section>
      "
    `);
  });

  it('prefixes ids written in raw HTML, so content cannot clobber the names the site uses', () => {
    expect(render('<span id="kunci">x</span>')).toContain('id="user-content-kunci"');
  });

  it('keeps the harmless HTML editors paste, without attributes the site does not support', () => {
    expect(render('<p class="MsoNormal" style="color:red">Teks <b>tebal</b> <font color="red">merah</font></p>')).toBe(
      '<p>Teks <b>tebal</b> merah</p>\n',
    );
  });

  it('turns lower-case MDX tags with literal attributes into sanitized HTML', () => {
    const code = compileMdx('<b class="x" onClick="alert(1)">tebal</b> dan <img src="./a.png" alt="a" />');
    expect(code).toMatch(/_components\.b, \{\s*children: "tebal"\s*\}/);
    expect(code).not.toMatch(/onClick|alert|class/);
  });

  it('removes MDX components, expressions, imports and exports, so nothing of them is compiled', () => {
    const code = compileMdx(
      'import x from "node:fs"\n\nexport const y = process.env\n\n# Judul\n\n<Komponen rahasia />\n\n{process.env.WARTA_PASSWORDS}\n\n<script>{"alert(1)"}</script>\n',
    );
    expect(code).not.toMatch(/node:fs|process\.env|Komponen|rahasia|alert/);
    expect(code).toContain('"Judul"');
  });

  it('judges a body without raw HTML element by element exactly as it judges a whole tree', () => {
    const wholeTree = defineHastPlugin({
      name: 'whole-tree',
      before(root, ctx) {
        ctx.replaceNode(root, sanitizeBody(root));
      },
    });
    const body = [
      '# Judul _miring_\n\n[a](javascript:alert(1)) [b](data:text/html,x) [c](ftp://x) [d](mailto:a@b.id) [e](/kegiatan/ "Judul")',
      '![f](data:image/png;base64,AA) ![g](./foto.png "judul") <https://example.org> www.example.org',
      '| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |',
      '- [x] satu\n- [ ] dua\n\n1. a\n2. b\n\n5. lima',
      '```js onclick="x"\nkode\n```\n\n> kutipan[^catatan]\n\n[^catatan]: Isi "catatan".',
      '***\n\nTeks ~~coret~~ dan `kode`.',
    ].join('\n\n');
    const features = { gfm: true, smartPunctuation: true };
    const elementByElement = markdownToHtml(body, { hastPlugins: [sanitizeHtml], features });
    expect(elementByElement.data).not.toHaveProperty('wartaHoldsMarkup');
    expect(elementByElement.html).toBe(markdownToHtml(body, { hastPlugins: [wholeTree], features }).html);
  });

  it("is followed only by Astro's own steps, which add heading ids and picture markers to clean markup", async () => {
    const renderer = await satteri({ hastPlugins: [sanitizeHtml] }).createRenderer({ syntaxHighlight: false });
    const { code, metadata } = await renderer.render(
      '## Hasil rapat\n\n![Peserta rapat](./foto.png)\n\n<img src="./foto.png" alt="x" onerror="alert(1)">\n',
    );
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'hasil-rapat', text: 'Hasil rapat' }]);
    expect(code).toContain('<h2 id="hasil-rapat">');
    expect(code).toContain('__ASTRO_IMAGE_=');
    expect(code).not.toMatch(/onerror|alert/);
  });
});
