import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { bodyHtmlIssues } from '../../src/lib/markdown/html-report.ts';
import { copyFixture } from './content-fixtures.ts';

/** The report on a body that starts on line 10 of its file, one issue per line. */
const report = (body: string, file = 'content/press-releases/2025/2025-01-01-x.md') =>
  bodyHtmlIssues({ file, body, source: { bodyLine: 10 } })
    .map(formatIssue)
    .join('\n');

describe('bodyHtmlIssues', () => {
  it('reports nothing for plain Markdown, tables, footnotes and safe links', () => {
    expect(
      report(
        '## Judul\n\nTeks [situs](https://example.org) dan [halaman](/kegiatan/)[^1].\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] tugas\n\n[^1]: kaki\n\n<!-- catatan -->\n',
      ),
    ).toBe('');
  });

  it('reports each script-capable construct as an error at its line and column', () => {
    expect(
      report(
        'Teks <img src="x.png" onerror="alert(1)"> dan [klik](javascript:alert(1)).\n\n<script>alert(1)</script>\n\n<details ontoggle="alert(1)"><summary>s</summary></details>\n\n<iframe src="/internal/rapat/x/"></iframe>\n\n![gambar](data:image/png;base64,AAAA)\n\n<a href=" jav&#x61;script:alert(1)">x</a> <form action="/x"><button>kirim</button></form>\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/press-releases/2025/2025-01-01-x.md:10:6: onerror="alert(1)" on <img> is not allowed: event handlers run code in readers' browsers; delete the attribute
      content/press-releases/2025/2025-01-01-x.md:10:47: link "javascript:alert(1)" is not allowed: javascript: addresses can run code in readers' browsers; use an http(s), mailto: or tel: address, or a page of this site such as /siaran-pers/
      content/press-releases/2025/2025-01-01-x.md:12:1: <script> is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)
      content/press-releases/2025/2025-01-01-x.md:14:1: ontoggle="alert(1)" on <details> is not allowed: event handlers run code in readers' browsers; delete the attribute
      content/press-releases/2025/2025-01-01-x.md:16:1: <iframe> is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)
      content/press-releases/2025/2025-01-01-x.md:18:1: picture "data:image/png;base64,AAAA" is not allowed: data: addresses can run code in readers' browsers; use an http(s), mailto: or tel: address, or a page of this site such as /siaran-pers/
      content/press-releases/2025/2025-01-01-x.md:20:1: link " javascript:alert(1)" is not allowed: javascript: addresses can run code in readers' browsers; use an http(s), mailto: or tel: address, or a page of this site such as /siaran-pers/
      content/press-releases/2025/2025-01-01-x.md:20:43: <form> is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)
      content/press-releases/2025/2025-01-01-x.md:20:61: <button> is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)"
    `);
  });

  it('reports harmless markup it removes as warnings', () => {
    expect(report('<p class="MsoNormal" style="color:red">Teks <font>lama</font></p>\n\n[berkas](ftp://x.example/a)\n'))
      .toMatchInlineSnapshot(`
        "content/press-releases/2025/2025-01-01-x.md:10:1: warning: class="MsoNormal" on <p> is removed: the attribute is not supported; delete it
        content/press-releases/2025/2025-01-01-x.md:10:1: warning: style="color:red" on <p> is removed: the site's own styles apply; delete it
        content/press-releases/2025/2025-01-01-x.md:10:45: warning: <font> is not supported: the tag is removed and its text kept; use Markdown (**tebal**, _miring_, lists, tables, links) instead
        content/press-releases/2025/2025-01-01-x.md:12:1: warning: link "ftp://x.example/a" is removed: ftp: addresses are not allowed; use an http(s), mailto: or tel: address, or a page of this site such as /siaran-pers/"
      `);
  });

  it('reports the tags of an MDX body as the HTML they become', () => {
    expect(
      report(
        '<b onClick="alert(1)">tebal</b>\n\n<script>{"alert(1)"}</script>\n',
        'content/press-releases/2025/2025-01-01-x.mdx',
      ),
    ).toMatchInlineSnapshot(`
      "content/press-releases/2025/2025-01-01-x.mdx:10:1: onclick="alert(1)" on <b> is not allowed: event handlers run code in readers' browsers; delete the attribute
      content/press-releases/2025/2025-01-01-x.mdx:12:1: <script> is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)"
    `);
  });

  it('reports a removed element once, not each thing inside it', () => {
    expect(report('<object data="x"><embed src="y" onload="z"></object>\n')).toMatch(
      /^[^\n]*<object> is not allowed[^\n]*$/,
    );
  });
});

describe('checkContent, on bodies', () => {
  /** The check of the valid fixture with one more release, whose body is given. */
  function checkWith(body: string) {
    const copy = copyFixture();
    try {
      writeFileSync(
        join(copy.contentDir, 'press-releases/2024/2024-11-25-uji.md'),
        `---\ntitle: Uji\nsummary: Uji.\ndateline: Palembang\npublishedAt: 2024-11-25T10:00:00+07:00\nauthor: Humas\ndraft: true\n---\n\n${body}`,
      );
      const { content, issues } = checkContent(copy.contentDir, { root: copy.root });
      return { content, lines: issues.filter((issue) => issue.file.endsWith('uji.md')).map(formatIssue) };
    } finally {
      copy.remove();
    }
  }

  it('fails on raw HTML that could run script, even in a draft', () => {
    const { content, lines } = checkWith(
      'Teks <img src="https://example.org/a.png" alt="Peserta rapat" onerror="alert(1)">.\n',
    );
    expect(content).toBeUndefined();
    expect(lines).toEqual([
      'content/press-releases/2024/2024-11-25-uji.md:10:6: onerror="alert(1)" on <img> is not allowed: event handlers run code in readers\' browsers; delete the attribute',
    ]);
  });

  it('refuses a picture in the text that lies outside the content folder, which the build would publish', () => {
    const { content, lines } = checkWith('![Berkas](../../../../etc/hostname)\n');
    expect(content).toBeUndefined();
    expect(lines).toEqual([
      'content/press-releases/2024/2024-11-25-uji.md:10:1: picture "../../../../etc/hostname" is outside the content folder: copy the file next to this record and write its name (e.g. ./foto.jpg)',
    ]);
  });
});
