import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUMMARY_MAX } from '../../src/lib/lint/rules/length.ts';
import { parseWire, renderDraft, type WireRelease } from '../../scripts/lib/import/index.ts';
import { copyFixture } from './content-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NO_REGISTRIES = { regions: [], organizations: [], people: [] };
const read = (text: string, reference = '2025-03-20') => parseWire(text, { ...NO_REGISTRIES, reference });

/** A regional portal's page as a press officer copies it: caption, byline, date stamp, credits, footer. */
const PORTAL = `Imigrasi Palembang Periksa Dua Penginapan di Kawasan Pasar

Petugas memeriksa buku tamu sebuah penginapan di kawasan pasar. Foto : SB/dok

**@(Rina Marlina)
Senin, 17 Maret 2025 | 10:15 WIB

SRIPOKU.COM, PALEMBANG -- Kantor Imigrasi Palembang memeriksa dua penginapan di kawasan pasar yang diduga menampung tamu asing tanpa laporan, Senin (17/3).

"Kami menemukan satu tamu yang belum dilaporkan oleh pengelola," kata Yoga.

Baca juga: Kantor imigrasi buka layanan paspor akhir pekan

Penulis: Rina Marlina | Editor: Bayu Anggara
Bagikan: Facebook Twitter WhatsApp
Tags: imigrasi, penginapan
Copyright © 2025 Portal Contoh
`;

/** A national desk's text pasted twice, headline and dateline included. */
const COPY = `Tim PORA Lahat Data Ulang Pekerja Asing di Proyek Jalan

Lahat (ANTARA) - Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3).

Pendataan mencocokkan jumlah pekerja di lapangan dengan izin tinggal yang terbit.

Hasilnya dibahas pada rapat koordinasi bulan depan di kantor bupati.`;
const TWICE = `${COPY}\n\n${COPY}\n\nPewarta: Andi Saputra\n`;

describe('parseWire: page furniture', () => {
  const release = read(PORTAL);

  it('keeps captions, bylines, date stamps, credits, links, share rows, tags and footers out of the body', () => {
    expect(release.paragraphs).toEqual([
      'Kantor Imigrasi Palembang memeriksa dua penginapan di kawasan pasar yang diduga menampung tamu asing tanpa laporan, Senin (17/3).',
      '"Kami menemukan satu tamu yang belum dilaporkan oleh pengelola," kata Yoga.',
    ]);
  });

  it('never takes the caption for the lead or the summary', () => {
    expect(release.summary).toMatch(/^Kantor Imigrasi Palembang memeriksa/);
    expect(release.warnings).toContain(
      'removed page furniture: photo caption "Petugas memeriksa buku tamu sebuah penginapan d...", byline "**@(Rina Marlina)", date stamp "Senin, 17 Maret 2025 | 10:15 WIB"',
    );
  });

  it('reads author and editor from "Penulis: X | Editor: Y", and the day from the date stamp', () => {
    expect(release).toMatchObject({
      author: 'Rina Marlina',
      editor: 'Bayu Anggara',
      day: '2025-03-17',
      dateSource: 'stamp',
    });
  });

  it('takes the city from "SRIPOKU.COM, PALEMBANG --" and the site as the outlet', () => {
    expect(release).toMatchObject({ dateline: 'Palembang', outlet: 'Sripoku.com' });
  });

  it('reports each field with the sentence it came from', () => {
    expect(release.evidence).toEqual([
      { field: 'author', value: 'Rina Marlina', from: '**@(Rina Marlina)' },
      { field: 'editor', value: 'Bayu Anggara', from: 'Penulis: Rina Marlina | Editor: Bayu Anggara' },
      {
        field: 'title',
        value: 'Imigrasi Palembang Periksa Dua Penginapan di Kawasan Pasar',
        from: 'Imigrasi Palembang Periksa Dua Penginapan di Kawasan Pasar',
      },
      { field: 'dateline', value: 'Palembang', from: expect.stringMatching(/^SRIPOKU\.COM, PALEMBANG -- Kantor/) },
      { field: 'source', value: 'Sripoku.com', from: expect.stringMatching(/^SRIPOKU\.COM, PALEMBANG -- Kantor/) },
      { field: 'summary', value: release.summary, from: release.paragraphs[0] },
      { field: 'publishedAt', value: '2025-03-17', from: 'Senin, 17 Maret 2025 | 10:15 WIB' },
      { field: 'organizations', value: 'Kantor Imigrasi Palembang', from: release.paragraphs[0] },
      { field: 'people', value: 'Yoga', from: release.paragraphs[1] },
    ]);
  });
});

describe('parseWire: an office page and a linked headline', () => {
  const release = read(
    [
      'Humas Kanim Palembang',
      'Kanim Palembang Gelar Sosialisasi untuk Pengelola Hotel',
      'Palembang, 12 Maret 2025 – Kantor Imigrasi Palembang menggelar sosialisasi pelaporan tamu asing.',
      'Sosialisasi diikuti pengelola hotel dari seluruh kecamatan.',
      'Baca Juga:',
      'Tim PORA Lahat Periksa Pekerja Tambang',
      'Artikel ini telah tayang di PortalContoh.com',
    ].join('\n\n'),
  );

  it("takes the unit above the headline of an office's page as the author", () => {
    expect(release).toMatchObject({
      author: 'Humas Kanim Palembang',
      title: 'Kanim Palembang Gelar Sosialisasi untuk Pengelola Hotel',
    });
  });

  it('drops "Baca Juga:" with the headline it links on the next line, and the syndication footer', () => {
    expect(release.paragraphs).toEqual([
      'Kantor Imigrasi Palembang menggelar sosialisasi pelaporan tamu asing.',
      'Sosialisasi diikuti pengelola hotel dari seluruh kecamatan.',
    ]);
  });
});

describe('parseWire: datelines', () => {
  it('leaves a dateline that names only a site as TODO, with the reason, and keeps the site as the source', () => {
    const release = read(
      'SuaraSumsel.id - Tim PORA Kota Palembang menggelar rapat di kantor wali kota.\n\nRapat dihadiri dua belas instansi.',
    );
    expect(release.dateline).toBeUndefined();
    expect(release.outlet).toBe('SuaraSumsel.id');
    expect(release.datelineReason).toBe('naskah dibuka dengan nama situs "SuaraSumsel.id" tanpa nama kota');
    expect(release.paragraphs[0]).toBe('Tim PORA Kota Palembang menggelar rapat di kantor wali kota.');
  });

  it("takes publishedAt from the date in a ministry page's dateline", () => {
    const release = read(
      'Palembang, 12 Maret 2025 – Kantor Wilayah menggelar rapat Tim PORA, Selasa (11/3).\n\nRapat membahas pengawasan.',
    );
    expect(release).toMatchObject({ dateline: 'Palembang', day: '2025-03-12', dateSource: 'explicit' });
    expect(release.evidence).toContainEqual({
      field: 'publishedAt',
      value: '2025-03-12',
      from: 'Palembang, 12 Maret 2025 –',
    });
  });

  it('reads a dateline on a line of its own and takes the next paragraph as the lead', () => {
    const release = read(
      'Judul Rapat Tim PORA\n\nLAHAT -\n\nTim PORA menggelar rapat di Lahat.\n\nRapat selesai siang.',
    );
    expect(release).toMatchObject({ dateline: 'Lahat', summary: 'Tim PORA menggelar rapat di Lahat.' });
  });
});

describe('parseWire: a text pasted twice', () => {
  const release = read(TWICE);

  it("removes the second copy's headline and its lead that starts again with the dateline", () => {
    expect(release.paragraphs).toEqual([
      'Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3).',
      'Pendataan mencocokkan jumlah pekerja di lapangan dengan izin tinggal yang terbit.',
      'Hasilnya dibahas pada rapat koordinasi bulan depan di kantor bupati.',
    ]);
  });

  it('says exactly what was removed', () => {
    expect(release.warnings).toEqual([
      'removed the headline again ("Tim PORA Lahat Data Ulang Pekerja Asing di Proy..."), the lead again with its dateline ("Lahat (ANTARA) - Tim PORA Kabupaten Lahat menda...") and 2 repeated paragraphs ("Pendataan mencocokkan jumlah pekerja...", "Hasilnya dibahas pada rapat koordinas..."): the same text was probably pasted twice',
    ]);
  });
});

describe('parseWire: summaries', () => {
  it(`keeps the summary within ${SUMMARY_MAX} characters however long the lead's first sentence`, () => {
    const lead = `Tim PORA Provinsi Sumatera Selatan ${'bersama kantor imigrasi, kepolisian dan kejaksaan '.repeat(6)}menggelar rapat.`;
    const { summary } = read(`PALEMBANG - ${lead}\n\nRapat selesai.`);
    expect(summary?.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/[\p{L}]…$/u);
  });
});

describe('parseWire: text that is not wire copy', () => {
  it.each([
    [
      'an English paragraph',
      'PALEMBANG - Tim PORA menggelar rapat di kantor wali kota.\n\nThe meeting was attended by officers from the immigration office and the police, who discussed the new reporting rules.',
      /^teks ini tidak tampak seperti naskah berita berbahasa Indonesia: ada paragraf berbahasa Inggris \("The meeting was attended/,
    ],
    [
      'English only, without dateline',
      'Residents of the city say that the new reporting form for foreign guests is easier to use than the old one.',
      /^teks ini tidak tampak seperti naskah berita berbahasa Indonesia: tidak ada dateline dan kalimatnya berbahasa Inggris$/,
    ],
    [
      'no Indonesian function words',
      'Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.',
      /: tidak ada dateline dan tidak ada kata tugas bahasa Indonesia \(yang, dan, di, dari\)$/,
    ],
    [
      'one block without dateline',
      'Tim PORA menggelar rapat di kantor wali kota untuk membahas laporan orang asing.',
      /^teks ini tidak tampak seperti naskah berita: tidak ada dateline dan teksnya hanya satu blok tanpa paragraf$/,
    ],
  ])('says so for %s', (_, text, reason) => {
    expect(read(text).notWire).toMatch(reason);
  });

  it('says nothing for wire copy', () => {
    expect(read(TWICE).notWire).toBeUndefined();
    expect(read(PORTAL).notWire).toBeUndefined();
  });
});

describe('renderDraft: TODO and warning lines', () => {
  const release: WireRelease = {
    title: 'Rapat Tim PORA',
    summary: 'Tim PORA menggelar rapat.',
    datelineReason: 'naskah tidak punya dateline: tulis kota asal berita',
    day: '2025-03-12',
    dateSource: 'reference',
    paragraphs: ['Tim PORA menggelar rapat.'],
    people: [
      { person: 'fajar-nugroho', name: 'Fajar Nugroho' },
      { name: 'Dr. Ratna Sari, S.H., M.H.', role: 'Kepala Dinas Tenaga Kerja Kabupaten Lahat' },
      { name: 'Bambang Sutejo' },
    ],
    organizations: ['polres-lahat'],
    unknownOrganizations: ['Balai Pelatihan Kerja Lahat', 'Dinas Pariwisata Lahat'],
    regions: [],
    topics: [],
    evidence: [],
    notWire: 'ada paragraf berbahasa Inggris ("The meeting...")',
    warnings: [],
  };
  const draft = renderDraft(release, { offset: '+07:00', reference: '2025-03-12' });
  const lines = draft.split('\n');
  const above = (start: string) => lines[lines.findIndex((line) => line.startsWith(start)) - 1];

  it('puts the warning right after the two header lines', () => {
    expect(lines[3]).toBe('# PERINGATAN: ada paragraf berbahasa Inggris ("The meeting...")');
  });

  it('puts the dateline reason directly above the TODO dateline', () => {
    expect(above('dateline:')).toBe('# TODO dateline: naskah tidak punya dateline: tulis kota asal berita');
    expect(draft).toContain('\ndateline: TODO Kota\n');
  });

  it('lists unknown agencies above organizations, in order, and keeps them out of the ids', () => {
    expect(draft).toContain(
      [
        '# TODO instansi baru (tambahkan ke content/organizations.yaml): Balai Pelatihan Kerja Lahat',
        '# TODO instansi baru (tambahkan ke content/organizations.yaml): Dinas Pariwisata Lahat',
        'organizations:',
        '  - polres-lahat',
      ].join('\n'),
    );
  });

  it('lists new people above people, and keeps them inline with name and role', () => {
    expect(draft).toContain(
      [
        '# TODO orang baru (tambahkan ke content/people.yaml): Dr. Ratna Sari, S.H., M.H., Kepala Dinas Tenaga Kerja Kabupaten Lahat',
        '# TODO orang baru (tambahkan ke content/people.yaml): Bambang Sutejo, TODO Jabatan',
        'people:',
        '  - person: fajar-nugroho',
        '  - name: Dr. Ratna Sari, S.H., M.H.',
        '    role: Kepala Dinas Tenaga Kerja Kabupaten Lahat',
        '  - name: Bambang Sutejo',
        '    role: TODO Jabatan',
      ].join('\n'),
    );
  });

  it('still writes frontmatter that reads as YAML', () => {
    const frontmatter = parse(draft.split('---\n')[1] ?? '') as Record<string, unknown>;
    expect(frontmatter).toMatchObject({ dateline: 'TODO Kota', organizations: ['polres-lahat'], draft: true });
  });

  it('takes the source from the outlet, unless told otherwise', () => {
    const outlet = { ...release, outlet: 'SuaraSumsel.id' };
    expect(renderDraft(outlet, { offset: '+07:00', reference: '2025-03-12' })).toContain(
      'source:\n  name: SuaraSumsel.id\n',
    );
    expect(renderDraft(outlet, { offset: '+07:00', reference: '2025-03-12', source: 'Humas Kanwil' })).toContain(
      'source:\n  name: Humas Kanwil\n',
    );
  });
});

describe('npm run import: report, --stdout and warnings', { timeout: 30_000 }, () => {
  function cli(args: string[], input: string) {
    const copy = copyFixture();
    const run = () =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--date', '2025-03-20', ...args], {
        cwd: copy.root,
        input,
        encoding: 'utf8',
        env: { ...process.env, WARTA_CONTENT: copy.contentDir },
      });
    return { copy, run };
  }

  it('prints the draft with --stdout even when the draft file already exists', () => {
    const { copy, run } = cli([], PORTAL);
    try {
      const written = run();
      expect(written.status).toBe(0);
      const file = /Created (\S+)/.exec(written.stdout)?.[1] ?? '';
      const again = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--date', '2025-03-20', '--stdout'], {
        cwd: copy.root,
        input: PORTAL,
        encoding: 'utf8',
        env: { ...process.env, WARTA_CONTENT: copy.contentDir },
      });
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(readFileSync(join(copy.root, file), 'utf8'));
      expect(again.stderr).not.toContain('already exists');
    } finally {
      copy.remove();
    }
  });

  it('prints, after writing, each field with the sentence it came from, then the TODO list', () => {
    const { copy, run } = cli([], TWICE);
    try {
      const result = run();
      expect(result.status).toBe(0);
      const report = result.stderr.slice(result.stderr.indexOf('Read from the text'));
      expect(report.split('\n').slice(0, 9)).toEqual([
        'Read from the text (field: value ← where it came from):',
        '  title:       Tim PORA Lahat Data Ulang Pekerja Asing di Proyek Jalan ← "Tim PORA Lahat Data Ulang Pekerja Asing di Proyek Jalan"',
        '  summary:     Tim PORA Kabupaten Lahat mendata ulang pekerja asing di pro… ← "Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3)."',
        '  dateline:    Lahat ← "Lahat (ANTARA) - Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3)."',
        '  publishedAt: 2025-03-19 ← "Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3)."',
        '  author:      Andi Saputra ← "Pewarta: Andi Saputra"',
        '  source:      ANTARA ← "Lahat (ANTARA) - Tim PORA Kabupaten Lahat mendata ulang pekerja asing di proyek jalan tol, Rabu (19/3)."',
        'Next: compare the draft with the original, replace every TODO, then run npm run check.',
        '',
      ]);
      expect(result.stderr.indexOf('warning: removed the headline again')).toBeLessThan(
        result.stderr.indexOf('Read from'),
      );
    } finally {
      copy.remove();
    }
  });

  it('warns plainly when the text does not look like wire copy, and still writes the draft', () => {
    const { copy, run } = cli([], 'Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.');
    try {
      const result = run();
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('warning: this does not look like wire copy (teks ini tidak tampak');
      const file = /Created (\S+)/.exec(result.stdout)?.[1] ?? '';
      expect(readFileSync(join(copy.root, file), 'utf8').split('\n')[3]).toMatch(
        /^# PERINGATAN: teks ini tidak tampak seperti naskah berita berbahasa Indonesia: /,
      );
      expect(result.stderr).toContain(
        'Still to write (marked TODO in the draft):\n  - title: the text has no headline',
      );
    } finally {
      copy.remove();
    }
  });
});
