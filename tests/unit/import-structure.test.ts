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
      'no Indonesian words',
      'Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit.',
      /: tidak ada dateline dan hampir tidak ada kata bahasa Indonesia$/,
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

  it.each([
    'PALEMBANG - Kantor Imigrasi Palembang menggelar sosialisasi aplikasi pelaporan orang asing.',
    'Lahat (ANTARA) - Tim PORA Kabupaten Lahat menggelar operasi gabungan, Jumat (14/11/2025).\n\n"Semua berjalan lancar," ujarnya.',
  ])('says nothing for a short Indonesian text with a dateline and no function word: %s', (text) => {
    expect(read(text).notWire).toBeUndefined();
  });

  it('says a text that is only a headline has no body, and keeps the headline as the title', () => {
    const release = read('Imigrasi Lahat Gelar Rapat Tim PORA\n');
    expect(release.title).toBe('Imigrasi Lahat Gelar Rapat Tim PORA');
    expect(release.summary).toBeUndefined();
    expect(release.paragraphs).toEqual([]);
    expect(release.notWire).toBe('teks ini tidak tampak seperti naskah berita: hanya ada judul, tanpa isi');
  });
});

/** A regional desk's text pasted a second time with two small edits, and a third time as it was. */
const EDITED = `Pemeriksaan Pekerja Asing di Tambang Diperluas

OKU, detikSumbagsel - Tim PORA Kabupaten OKU memperluas pemeriksaan pekerja asing ke tiga lokasi tambang baru, Kamis (6/11/2025).

Kapolres OKU menyatakan jajarannya siap mengawal setiap pemeriksaan gabungan di lokasi tambang.

Hasil pemeriksaan dilaporkan ke kantor imigrasi setiap akhir pekan.`;
const EDITED_AGAIN = EDITED.replace('memperluas pemeriksaan', 'memperketat pemeriksaan').replace(
  'siap mengawal',
  'mengawal penuh',
);

describe('parseWire: a text pasted again with small edits', () => {
  const twice = read(`${EDITED}\n\n${EDITED_AGAIN}`, '2025-11-15');
  const thrice = read(`${EDITED}\n\n${EDITED_AGAIN}\n\n${EDITED}`, '2025-11-15');

  it("removes the second copy's edited lead, which starts again with the dateline, and its edited paragraphs", () => {
    expect(twice.paragraphs).toEqual([
      'Tim PORA Kabupaten OKU memperluas pemeriksaan pekerja asing ke tiga lokasi tambang baru, Kamis (6/11/2025).',
      'Kapolres OKU menyatakan jajarannya siap mengawal setiap pemeriksaan gabungan di lokasi tambang.',
      'Hasil pemeriksaan dilaporkan ke kantor imigrasi setiap akhir pekan.',
    ]);
  });

  it('says exactly what was removed, the edited paragraphs apart', () => {
    expect(twice.warnings[0]).toBe(
      'removed the headline again ("Pemeriksaan Pekerja Asing di Tambang Diperluas"), the lead again with its dateline ("OKU, detikSumbagsel - Tim PORA Kabupaten OKU me..."), 1 repeated paragraph ("Hasil pemeriksaan dilaporkan ke kanto...") and 1 paragraph repeated with small changes ("Kapolres OKU menyatakan jajarannya me..."): the same text was probably pasted twice',
    );
  });

  it('counts the copies when the text was pasted three times', () => {
    expect(thrice.paragraphs).toEqual(twice.paragraphs);
    expect(thrice.warnings[0]).toMatch(
      /^removed the headline again, 2 times .*: the same text was probably pasted 3 times$/,
    );
  });
});

describe('parseWire: outlets written as one word', () => {
  it.each([
    ['Baturaja, detikSumbagsel - Kantor Imigrasi Baturaja menggelar rapat.', 'Baturaja', 'detikSumbagsel'],
    ['Palembang, detikcom - Kantor Imigrasi Palembang menggelar rapat.', 'Palembang', 'detikcom'],
    ['Lahat, kumparanNEWS - Kantor Imigrasi Lahat menggelar rapat.', 'Lahat', 'kumparanNEWS'],
  ])('reads %j as place and outlet, and leaves both out of the lead', (text, place, outlet) => {
    const release = read(`${text}\n\nRapat dihadiri kepolisian.`);
    expect(release.dateline).toBe(place);
    expect(release.outlet).toBe(outlet);
    expect(release.paragraphs[0]).toMatch(/^Kantor Imigrasi/);
    expect(release.summary).toMatch(/^Kantor Imigrasi/);
  });
});

describe('parseWire: page furniture anywhere in the body', () => {
  const release = read(`Lahat (ANTARA) - Tim PORA Kabupaten Lahat mendata ulang pekerja asing, Rabu (19/3).

Kepala Disnaker Lahat saat memimpin rapat di aula, Rabu (19/3/2025). (CONTOHNEWS.COM/RIAN)

Pendataan selesai dalam dua pekan.

📤 Share: WhatsApp | Telegram | X
Bagikan ke: Facebook Twitter WhatsApp
#PORALahat #ImigrasiMelayani
(ant/dwi)
Laporan wartawan Contohnews.id, Maya Lestari`);

  it('removes share rows with or without an emoji, a caption repeated mid-body, hashtags and desk initials', () => {
    expect(release.paragraphs).toEqual([
      'Tim PORA Kabupaten Lahat mendata ulang pekerja asing, Rabu (19/3).',
      'Pendataan selesai dalam dua pekan.',
    ]);
  });

  it('takes "Laporan wartawan <site>, <Name>" as the byline: the author, not a paragraph', () => {
    expect(release.author).toBe('Maya Lestari');
  });

  it("takes the unit signing off below an office's text as the author, not a paragraph", () => {
    const signed = read(
      'LAHAT - Kantor Imigrasi Lahat menggelar rapat Tim PORA.\n\nRapat dibuka kepala kantor.\n\n#ImigrasiLahat #PORA\nHumas Kanim Lahat',
    );
    expect(signed.paragraphs).toEqual([
      'Kantor Imigrasi Lahat menggelar rapat Tim PORA.',
      'Rapat dibuka kepala kantor.',
    ]);
    expect(signed.author).toBe('Humas Kanim Lahat');
  });
});

describe('parseWire: HTML, lists and tabs', () => {
  it('strips HTML tags from the headline and the summary, and says so', () => {
    const release = read(
      "Rapat <b>PORA</b> <script>alert('x')</script>Lahat\n\nLAHAT - <i>Tim PORA</i> menggelar rapat <img src=x onerror=alert(1)> di aula.\n\nRapat selesai siang.",
    );
    expect(release.title).toBe('Rapat PORA Lahat');
    expect(release.summary).toBe('Tim PORA menggelar rapat di aula.');
    expect(release.warnings).toContain(
      'removed HTML tags from the headline and the summary; the text keeps them for npm run check to show: delete them there',
    );
  });

  it('keeps a pasted bullet list as one Markdown list, and writes no summary from the line that introduces it', () => {
    const release = read(
      'Hasil rapat Tim PORA:\n- Pendataan tiap bulan\n• Hotel wajib lapor\n* Rapat berikutnya di Lahat',
    );
    expect(release.paragraphs).toEqual([
      'Hasil rapat Tim PORA:',
      '- Pendataan tiap bulan\n- Hotel wajib lapor\n- Rapat berikutnya di Lahat',
    ]);
    expect(release.summary).toBeUndefined();
  });

  it('turns tabs inside a paragraph into single spaces', () => {
    const release = read(
      'LAHAT -\tTim PORA bertemu.\n\nKepala Kejari Lahat\tSiti Aminah\t\tmengatakan pengawasan diperketat.',
    );
    expect(release.paragraphs).toEqual([
      'Tim PORA bertemu.',
      'Kepala Kejari Lahat Siti Aminah mengatakan pengawasan diperketat.',
    ]);
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

describe('renderDraft: text that breaks YAML stays data', () => {
  it("keeps a headline, summary and new person full of YAML's own characters as plain values", () => {
    const headline = 'Rapat: PORA #1 --- \'Kanim\' "Lahat" & *semua* | siap';
    const release = read(
      [
        headline,
        'LAHAT (ANTARA) - Tim PORA: rapat #2 membahas "izin" & \'visa\' --- tanpa jeda, Rabu (19/3).',
        '"Semua pihak wajib melapor: tanpa kecuali," kata Kepala Seksi Intelijen Kanim Lahat Joko "Jack" Susilo.',
      ].join('\n\n'),
    );
    const draft = renderDraft(release, { offset: '+07:00', reference: '2025-03-20' });
    const [, frontmatter = '', body = ''] = draft.split(/^---\n/m);
    const data = parse(frontmatter) as Record<string, unknown>;
    expect(data['title']).toBe(headline);
    expect(data['summary']).toBe(release.summary);
    expect(data['draft']).toBe(true);
    // Every TODO line is one comment line: nothing a value holds starts a field or ends the frontmatter.
    for (const line of frontmatter.split('\n').filter((item) => item.includes('TODO orang baru')))
      expect(line.startsWith('# ')).toBe(true);
    expect(body).toContain('Semua pihak wajib melapor');
  });
});
