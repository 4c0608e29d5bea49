import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxGuard } from '../../src/integrations/mdx-guard.ts';
import { MDX_COMPONENTS, mdxProblems } from '../../src/lib/content/mdx.ts';

const CONTENT = '/situs/content';
const FILE = `${CONTENT}/press-releases/2024/2024-12-03-uji.mdx`;
const FRONTMATTER = '---\ntitle: Uji\nsummary: Ringkasan uji.\n---\n\n';

/** The problems of a body under a three-line frontmatter, as "line:column message". */
const problems = (body: string, components: ReadonlySet<string> = MDX_COMPONENTS) =>
  mdxProblems(`${FRONTMATTER}${body}\n`, FILE, CONTENT, components).map(
    (problem) => `${problem.line}:${problem.column} ${problem.message}`,
  );

describe('mdxProblems', () => {
  it.each([
    ['plain Markdown', '# Judul\n\nParagraf dengan **tebal**, _miring_ dan [tautan](https://imigrasi.go.id/).'],
    ['braces and tags inside code', '```js\nconst a = {b: 1};\n```\n\nKetik `{process.env.X}` atau `<div>`.'],
    ['escaped braces', 'Kurung kurawal \\{ditulis\\} begini.'],
    ['a GFM table and a footnote', '| a | b |\n| - | - |\n| 1 | 2 |\n\nCatatan[^1].\n\n[^1]: Isi catatan.'],
    ['a picture beside the file', '![Posko](./posko.jpg)'],
    ['a picture in another folder of the content', '![Posko](../../meetings/2024/posko.png)'],
    ['a picture at a full address', '![Posko](https://imigrasi.go.id/posko.webp)'],
    ['a picture at a site path', '![Logo](/favicon.svg)'],
    ['a comparison written with spaces', 'Jumlahnya 3 < 5 dan 7 > 2.'],
  ])('allows %s', (_, body) => {
    expect(problems(body)).toEqual([]);
  });

  it.each([
    ['an expression in text', 'Sandi: {process.env.WARTA_PASSWORDS}', '6:8 {process.env.WARTA_PASSWORDS} is code'],
    ['import.meta.env', 'Sandi: {import.meta.env.WARTA_PASSWORDS}', '6:8 {import.meta.env.WARTA_PASSWORDS} is code'],
    ['an expression on its own line', '{await import("node:fs")}', '6:1 {await import("node:fs")} is code'],
    ['an MDX comment, which is an expression too', '{/* catatan */}', '6:1 {/* catatan */} is code'],
    ['an import', "import fs from 'node:fs'", '6:1 "import fs from \'node:fs\'": import and export lines are code'],
    ['an export', 'export const a = process.env', '6:1 "export const a = process.env": import and export lines'],
    ['an HTML tag', '<div>teks</div>', '6:1 <div> is not a component the site provides (it provides none yet)'],
    ['a script tag', '<script>alert(1)</script>', '6:1 <script> is not a component'],
    ['a component the site does not provide', '<Kutipan oleh="Kepala" />', '6:1 <Kutipan> is not a component'],
    ['a member of a global', 'Keluar <process.exit />', '6:8 <process.exit> is not a component'],
    ['a fragment', '<>teks</>', '6:1 <> is not a component'],
    ['a picture that is a script', '![x](./jahat.js)', '6:1 picture "./jahat.js" is not a picture'],
    ['a picture read raw', '![x](./posko.jpg?raw)', '6:1 picture "./posko.jpg?raw" has "?" or "#"'],
    [
      'a picture outside the content folder',
      '![x](../../../../etc/foto.png)',
      '6:1 picture "../../../../etc/foto.png" leaves',
    ],
    ['code that does not parse', 'Teks {belum ditutup', '6:6 is not valid MDX: Unexpected end of file in expression'],
    ['an HTML comment, which MDX cannot read', '<!-- catatan -->', '6:1 is not valid MDX: Unexpected character `!`'],
  ])('refuses %s, naming line and column', (_, body, expected) => {
    expect(problems(body)).toEqual([expect.stringContaining(expected)]);
  });

  it.each([
    ['link text', '[{process.env.HOME}](https://imigrasi.go.id/)', '6:2'],
    ['a table cell', '| a |\n| - |\n| {process.env.HOME} |', '8:3'],
    ['a quotation', '> {process.env.HOME}', '6:3'],
    ['a list item', '- {process.env.HOME}', '6:3'],
    ['a footnote', 'Teks[^1].\n\n[^1]: {process.env.HOME}', '8:7'],
  ])('finds an expression inside %s', (_, body, at) => {
    expect(problems(body)).toEqual([
      `${at} {process.env.HOME} is code, which content may not hold: delete it, or write \\{ and \\} to show braces`,
    ]);
  });

  it('reports every expression of a file, nested ones too', () => {
    expect(problems('<Kotak>\n\n{a}\n\n</Kotak>\n\nLalu {b}.').map((problem) => problem.split(' ')[0])).toEqual([
      '6:1',
      '8:1',
      '12:6',
    ]);
  });

  it('refuses a layout in the frontmatter, which the MDX compiler would import', () => {
    const code = '---\ntitle: Uji\nlayout: ../../../src/layouts/Base.astro\n---\n\nTeks.\n';
    expect(mdxProblems(code, FILE, CONTENT)).toEqual([
      { line: 3, column: 1, message: 'layout would load code when the site is built: delete the field' },
    ]);
  });

  it('allows a component the site provides, with attributes in quotes only', () => {
    const kutipan = new Set(['Kutipan']);
    expect(problems('<Kutipan oleh="Kepala Kantor" resmi>Isi kutipan.</Kutipan>', kutipan)).toEqual([]);
    expect(problems('<Kutipan oleh={process.env.HOME} />', kutipan)).toEqual([
      expect.stringContaining('6:1 <Kutipan oleh={process.env.HOME}> is code: write the value in quotes'),
    ]);
    expect(problems('<Kutipan {...props} />', kutipan)).toEqual([
      expect.stringContaining('6:1 <Kutipan {...props}> is code: write each attribute as name="value"'),
    ]);
  });

  it('splits the frontmatter off and parses with the same modules as the MDX compiler', () => {
    const ours = createRequire(import.meta.url);
    const compiler = createRequire(fileURLToPath(import.meta.resolve('@astrojs/mdx')));
    const processor = createRequire(compiler.resolve('@astrojs/markdown-satteri'));
    expect(ours.resolve('@astrojs/internal-helpers/frontmatter')).toBe(
      compiler.resolve('@astrojs/internal-helpers/frontmatter'),
    );
    expect(ours.resolve('satteri')).toBe(processor.resolve('satteri'));
  });
});

describe('mdxGuard', () => {
  const guard = mdxGuard(CONTENT, '/situs');
  const transform = guard.transform as { handler: (code: string, id: string) => unknown };

  it('lets Markdown through to the MDX compiler', () => {
    expect(transform.handler(`${FRONTMATTER}Teks biasa.\n`, FILE)).toBeUndefined();
  });

  it('stops a file that holds code before the MDX compiler sees it, with every place named', () => {
    expect(() =>
      transform.handler(`${FRONTMATTER}{process.env.WARTA_PASSWORDS} dan {import.meta.env.X}\n`, `${FILE}?query`),
    ).toThrow(
      'an .mdx file holds code in 2 places; nothing was compiled:\n' +
        'content/press-releases/2024/2024-12-03-uji.mdx:6:1: {process.env.WARTA_PASSWORDS} is code, which content may not hold',
    );
  });

  it('runs first, before any other plugin transforms an .mdx file', () => {
    expect(guard.enforce).toBe('pre');
    expect(guard.transform).toMatchObject({ order: 'pre' });
  });
});
