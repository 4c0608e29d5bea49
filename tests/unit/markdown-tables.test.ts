import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/lib/markdown/sanitize.ts';
import { tableRegions } from '../../src/lib/markdown/tables.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [sanitizeHtml, tableRegions], features: { gfm: true } }).html;

const TABLE = '| instansi | peserta |\n| --- | --: |\n| Kantor Imigrasi Kelas I TPI Palembang | 4 |\n';

describe('tableRegions', () => {
  it('puts each table of a body in its own labelled, focusable scroll region', () => {
    const html = render(`${TABLE}\nAntara dua tabel.\n\n${TABLE}`);
    expect(
      html.match(/<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel \d">\s*<table>/g),
    ).toEqual([
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel 1"><table>',
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel 2"><table>',
    ]);
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });

  it('wraps a table of a body that also holds raw HTML, after the sanitizer has judged it', () => {
    const html = render(`<b onclick="x()">Catatan</b>\n\n${TABLE}`);
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel 1"><table>');
    expect(html).not.toContain('onclick');
  });

  it('leaves a body without tables as it was', () => {
    expect(render('Tidak ada tabel di sini.\n')).toBe('<p>Tidak ada tabel di sini.</p>\n');
  });
});
