import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX } from '../../src/lib/lint/rules/length.ts';
import { outletName, readDateline } from '../../src/lib/wire/dateline.ts';
import { writtenDay } from '../../src/lib/wire/dates.ts';
import { bylineName, junkKind, readCredits } from '../../src/lib/wire/junk.ts';
import { cutSentence, leadSummary } from '../../scripts/lib/import/summary.ts';

describe('readDateline', () => {
  it.each([
    ['Palembang (ANTARA) -', { place: 'Palembang', outlet: 'ANTARA' }],
    ['PALEMBANG -', { place: 'Palembang' }],
    ['SuaraSumsel.id -', { outlet: 'SuaraSumsel.id' }],
    ['SRIPOKU.COM, PALEMBANG --', { place: 'Palembang', outlet: 'Sripoku.com' }],
    ['WONOSOBO (SUARABARU.ID)-', { place: 'Wonosobo', outlet: 'Suarabaru.id' }],
    ['Palembang “Warta Reformasi”_', { place: 'Palembang', outlet: 'Warta Reformasi' }],
    ['Palembang "Warta Reformasi"_', { place: 'Palembang', outlet: 'Warta Reformasi' }],
    ['PALEMBANG, KOMPAS.com —', { place: 'Palembang', outlet: 'Kompas.com' }],
    ['Palembang, 12 Maret 2025 –', { place: 'Palembang', day: '2025-03-12' }],
    ['MUARA ENIM, beritaxx.com -', { place: 'Muara Enim', outlet: 'beritaxx.com' }],
    ['Lahat, Sumsel —', { place: 'Lahat' }],
    ['PAGAR ALAM (ANTARA) -', { place: 'Pagar Alam', outlet: 'ANTARA' }],
  ])('reads %j', (words, expected) => {
    const lead = 'Tim PORA menggelar rapat koordinasi di aula kantor.';
    expect(readDateline(`${words} ${lead}`)).toEqual({ words, ...expected, rest: lead });
  });

  it.each([
    'Tim Pengawasan Orang Asing Kota Pagar Alam membuka posko - sejak pagi.',
    'Muara-Enim menjadi tuan rumah rapat.',
    'Rapat dimulai pukul 09.00 - 12.00 WIB.',
    'Kepala kantor, yang baru dilantik - membuka acara.',
  ])('finds no dateline in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeUndefined();
  });

  it('writes a site name in capitals as a name, and leaves other names as written', () => {
    expect(['SRIPOKU.COM', 'KOMPAS.com', 'ANTARA', 'SuaraSumsel.id', 'beritaxx.com'].map(outletName)).toEqual([
      'Sripoku.com',
      'Kompas.com',
      'ANTARA',
      'SuaraSumsel.id',
      'beritaxx.com',
    ]);
  });
});

describe('writtenDay', () => {
  it.each([
    ['12 Maret 2025', '2025-03-12'],
    ['3 Agt 2024', '2024-08-03'],
    ['17/03/2025', '2025-03-17'],
    ['31 Februari 2025', undefined],
    ['12 Bulan 2025', undefined],
  ])('reads %j as %s', (text, day) => {
    expect(writtenDay(text)).toBe(day);
  });
});

describe('junkKind', () => {
  it.each([
    ['Para peserta rapat berfoto di halaman kantor wilayah. Foto : SB/dok', 'caption'],
    ['Kepala kantor membuka rapat koordinasi. (Foto: Humas)', 'caption'],
    ['Ket. foto: Petugas memeriksa paspor di bandara.', 'caption'],
    ['FOTO: Dokumentasi Humas', 'caption'],
    ['Suasana rapat di rumah dinas wali kota, Kamis (16/10/2025). (SRIPOKU.COM/Dok)', 'caption'],
    ['**@(Rina Marlina)', 'byline'],
    ['Oleh: Rina Marlina', 'byline'],
    ['Senin, 17 Maret 2025 | 10:15 WIB', 'date-time'],
    ['17/03/2025 10:15 WIB', 'date-time'],
    ['Diterbitkan 17 Maret 2025', 'date-time'],
    ['Penulis: Andi Saputra | Editor: Maya Lestari', 'credits'],
    ['Pewarta: Andi Saputra', 'credits'],
    ['Baca juga: Kantor imigrasi buka layanan akhir pekan', 'read-also'],
    ['Bagikan: Facebook Twitter WhatsApp Salin tautan', 'share'],
    ['Copyright © 2025 Warta Contoh. All rights reserved.', 'copyright'],
    ['Artikel ini telah tayang di PortalContoh.com', 'copyright'],
    ['Baca berita Contoh.com lainnya di Google News', 'share'],
    ['Tags: imigrasi, tim pora, orang asing', 'tags'],
    ['Beranda > Berita > Daerah', 'breadcrumb'],
    ['Berita » Sumsel » Palembang', 'breadcrumb'],
    ['Dibaca 1.204 kali', 'views'],
    ['1.204 kali dibaca', 'views'],
  ])('calls %j a %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });

  it.each([
    'Rapat dihadiri oleh perwakilan dua belas instansi.',
    'Oleh sebab itu petugas kembali pekan depan.',
    'Foto kegiatan dipajang di papan informasi kantor agar warga tahu.',
    'Petugas menyita dokumen (dokumen perjalanan palsu) dari dua orang.',
    '"Kami bagikan formulir kepada pengelola hotel," kata Dewi.',
  ])('leaves text alone: %j', (line) => {
    expect(junkKind(line)).toBeUndefined();
  });

  it('reads author and editor from one credit line', () => {
    expect(readCredits('Penulis: Andi Saputra | Editor: Maya Lestari')).toEqual({
      author: 'Andi Saputra',
      editor: 'Maya Lestari',
    });
  });

  it('reads the name of a byline', () => {
    expect([bylineName('**@(Rina Marlina)'), bylineName('Oleh: Rina Marlina')]).toEqual([
      'Rina Marlina',
      'Rina Marlina',
    ]);
  });
});

describe('leadSummary', () => {
  const long =
    'Tim Pengawasan Orang Asing Kabupaten Muara Enim yang beranggotakan kantor imigrasi, kepolisian, kejaksaan, ' +
    'dinas tenaga kerja serta pemerintah kabupaten menggelar rapat koordinasi di aula kantor bupati untuk membahas ' +
    'pengawasan pekerja asing di kawasan tambang batu bara dan perkebunan sawit, Kamis (13/3).';

  it(`cuts a first sentence longer than ${SUMMARY_MAX} characters at a clause boundary, with "…"`, () => {
    const summary = leadSummary(long);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    // The last comma, "yang" or "dan" before the limit: here the comma after "kejaksaan".
    expect(summary).toBe(
      'Tim Pengawasan Orang Asing Kabupaten Muara Enim yang beranggotakan kantor imigrasi, kepolisian, kejaksaan…',
    );
    expect(leadSummary(long.replace('serta', 'dan'))).toBe(
      'Tim Pengawasan Orang Asing Kabupaten Muara Enim yang beranggotakan kantor imigrasi, kepolisian, kejaksaan, ' +
        'dinas tenaga kerja…',
    );
  });

  it('cuts between words when a sentence has no clause boundary in reach', () => {
    const words = `${'Pemeriksaan '.repeat(30)}selesai.`;
    const summary = cutSentence(words);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatch(/ Pemeriksaan…$/);
  });

  it('keeps two short sentences together and a long first one alone', () => {
    expect(
      leadSummary('Tim PORA menggelar rapat. Rapat dihadiri dua belas instansi. Hasilnya dibahas pekan depan.'),
    ).toBe('Tim PORA menggelar rapat. Rapat dihadiri dua belas instansi.');
  });
});
