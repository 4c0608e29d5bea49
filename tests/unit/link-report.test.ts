import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/integrity.ts';
import { parseMarkdown } from '../../src/lib/content/source.ts';
import { describeBrokenLinks } from '../../src/lib/link-report.ts';

/** A record as the content check loads it, from its file's text. */
function record(file: string, text: string): Entry<never> {
  const { source } = parseMarkdown(file, text);
  const id = file.replace(/^.*\/|\.md$/g, '');
  return { id, file, data: undefined as never, body: source.body ?? '', source };
}

const release = record(
  'content/press-releases/2025/2025-07-02-tautan.md',
  ['---', 'title: Tautan', '---', '', 'Paragraf pertama.', '', 'Lihat [rapat](/kegiatan/2025-07-01-rapt/).', ''].join(
    '\n',
  ),
);
const meeting = record(
  'content/meetings/2025/2025-07-01-rapat.md',
  ['---', 'title: Rapat', '---', '', 'Isi.', ''].join('\n'),
);
const content = { releases: [release], meetings: [meeting] };

describe('describeBrokenLinks', () => {
  it("names the record's file and the line where the editor wrote the link", () => {
    expect(
      describeBrokenLinks(
        [
          {
            page: '/siaran-pers/2025-07-02-tautan/index.html',
            href: '/kegiatan/2025-07-01-rapt/',
            problem: 'no such page or file',
          },
        ],
        content,
      ),
    ).toBe(
      'content/press-releases/2025/2025-07-02-tautan.md, line 7 (page /siaran-pers/2025-07-02-tautan/): /kegiatan/2025-07-01-rapt/ (no such page or file)',
    );
  });

  it('names the file without a line when the link is not in the text (a field, or the layout)', () => {
    expect(
      describeBrokenLinks(
        [
          {
            page: `/internal/rapat/${meeting.id}/index.html`,
            href: '/tidak-ada-di-teks/',
            problem: 'no such page or file',
          },
        ],
        content,
      ),
    ).toBe(`${meeting.file} (page /internal/rapat/${meeting.id}/): /tidak-ada-di-teks/ (no such page or file)`);
  });

  it('names the built page of a page that shows no record, one link a line', () => {
    expect(
      describeBrokenLinks(
        [
          { page: '/index.html', href: '/kegiatan/hilang/', problem: 'no such page or file' },
          { page: '/cari/index.html', href: '/x/', problem: 'not on the public site' },
        ],
        content,
      ),
    ).toBe('/index.html: /kegiatan/hilang/ (no such page or file)\n/cari/index.html: /x/ (not on the public site)');
  });
});
