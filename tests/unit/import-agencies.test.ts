import { describe, expect, it } from 'vitest';
import { parseWire } from '../../scripts/lib/import/index.ts';
import { findAgencies } from '../../src/lib/wire/agencies.ts';
import { findNames, oneLetterApart, organizationNames } from '../../src/lib/wire/match.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import type { Region } from '../../src/schemas/region.ts';

const org = (fields: Partial<Organization> & Pick<Organization, 'id' | 'name' | 'shortName'>): Organization => ({
  kind: 'lainnya',
  aliases: [],
  ...fields,
});

const REGIONS: Region[] = [
  { id: '16.03', name: 'Kabupaten Muara Enim', kind: 'kabupaten', aliases: [] },
  { id: '16.04', name: 'Kabupaten Lahat', kind: 'kabupaten', aliases: [] },
  { id: '16.10', name: 'Kabupaten Ogan Ilir', kind: 'kabupaten', aliases: [] },
  { id: '16.71', name: 'Kota Palembang', kind: 'kota', aliases: [] },
  { id: '16.72', name: 'Kota Pagar Alam', kind: 'kota', aliases: ['Pagaralam'] },
];

const ORGANIZATIONS: Organization[] = [
  org({
    id: 'kanwil-imigrasi-sumsel',
    name: 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan',
    shortName: 'Kanwil Ditjen Imigrasi Sumsel',
    aliases: [
      {
        name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan',
        shortName: 'Kanwil Kemenkumham Sumsel',
        until: '2024-10-20',
      },
    ],
  }),
  org({
    id: 'kanwil-kemenkum-sumsel',
    name: 'Kantor Wilayah Kementerian Hukum Sumatera Selatan',
    shortName: 'Kanwil Kemenkum Sumsel',
  }),
  org({ id: 'kanim-palembang', name: 'Kantor Imigrasi Kelas I TPI Palembang', shortName: 'Kanim Palembang' }),
  org({ id: 'kanim-muara-enim', name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim', shortName: 'Kanim Muara Enim' }),
  org({ id: 'polres-lahat', name: 'Kepolisian Resor Lahat', shortName: 'Polres Lahat' }),
  org({ id: 'kodim-lahat', name: 'Komando Distrik Militer 0405/Lahat', shortName: 'Kodim 0405/Lahat' }),
  org({ id: 'kejari-lahat', name: 'Kejaksaan Negeri Lahat', shortName: 'Kejari Lahat' }),
  org({ id: 'pemkab-lahat', name: 'Pemerintah Kabupaten Lahat', shortName: 'Pemkab Lahat', region: '16.04' }),
  org({ id: 'pemkot-pagaralam', name: 'Pemerintah Kota Pagar Alam', shortName: 'Pemkot Pagar Alam' }),
  org({
    id: 'disbudpar-palembang',
    name: 'Dinas Kebudayaan dan Pariwisata Kota Palembang',
    shortName: 'Disbudpar Palembang',
    aliases: [{ name: 'Dinas Pariwisata Kota Palembang', until: '2024-12-31' }],
  }),
  org({
    id: 'dispar-palembang',
    name: 'Dinas Pariwisata Kota Palembang',
    shortName: 'Dispar Palembang',
    aliases: [{ name: 'Dinas Pariwisata Kota Palembang', from: '2025-01-01' }],
  }),
];

const DAY = '2025-03-26';
const SUMSEL = { name: 'Sumatera Selatan', short: 'Sumsel' };
const agencies = (text: string, day = DAY) => findAgencies(text, ORGANIZATIONS, day, REGIONS, SUMSEL);
const ids = (text: string, day = DAY) => agencies(text, day).ids;

describe('findAgencies: the ways the press writes a known agency', () => {
  it.each([
    ['Kakanwil Kemenkumham Sumsel membuka rapat.', 'kanwil-imigrasi-sumsel', '2024-06-03'],
    ['Rapat dipimpin Kakanim Palembang.', 'kanim-palembang', DAY],
    ['Kapolres Lahat AKBP Bambang Sutejo hadir.', 'polres-lahat', DAY],
    ['Kajari Lahat ikut memberi arahan.', 'kejari-lahat', DAY],
    ['Dandim 0405 Letkol Inf Surya menyampaikan dukungan.', 'kodim-lahat', DAY],
    ['Rapat digelar bersama Pemkab Lahat.', 'pemkab-lahat', DAY],
    ['Rapat digelar bersama Pemerintah Kabupaten Lahat.', 'pemkab-lahat', DAY],
    ['Pemkot Pagaralam menyediakan tempat.', 'pemkot-pagaralam', DAY],
    ['Wali Kota Pagar Alam membuka acara.', 'pemkot-pagaralam', DAY],
  ])('reads a title or a short form as the agency: %s', (text, id, day) => {
    expect(ids(text, day)).toEqual([id]);
  });

  it.each([
    'Petugas Imigrasi Muara Enim memeriksa dokumen.',
    'Petugas Kantor Imigrasi Muara Enim memeriksa dokumen.',
    'Petugas Kanim Kelas II Non TPI Muara Enim memeriksa dokumen.',
    'Petugas Kantor Imigrasi Kelas III Muara Enim memeriksa dokumen.',
  ])('finds an immigration office without "Kantor" and whatever its class: %s', (text) => {
    expect(ids(text)).toEqual(['kanim-muara-enim']);
  });

  it('finds a name written in capitals', () => {
    expect(ids('KANIM PALEMBANG DAN POLRES LAHAT GELAR RAKOR')).toEqual(['kanim-palembang', 'polres-lahat']);
  });

  it('forgives one letter off in a long word', () => {
    expect(ids('Kantor Wilayah Kementrian Hukum dan HAM Sumatera Selatan hadir.', '2024-06-03')).toEqual([
      'kanwil-imigrasi-sumsel',
    ]);
    expect(ids('Hadir pula Kejaksaan Negri Lahat.')).toEqual([]);
  });

  it('never takes another number for a unit number', () => {
    expect(ids('Dandim 0404/Lahat hadir.')).toEqual([]);
    expect(ids('Dandim 0405/Lahat hadir.')).toEqual(['kodim-lahat']);
  });

  it('does not take a region name alone for an agency', () => {
    expect(agencies('Rapat di Lahat membahas pekerja asing di Muara Enim dan Pagar Alam.')).toMatchObject({
      ids: [],
      unknown: [],
    });
  });
});

describe('findAgencies: former names by date', () => {
  it('takes a former name for the agency that bore it on the day of the text', () => {
    expect(agencies('Kanwil Kemenkumham Sumsel menggelar rakor.', '2024-09-02')).toMatchObject({
      ids: ['kanwil-imigrasi-sumsel'],
      warnings: [],
    });
  });

  it('lets the date decide between two agencies that bore the same name', () => {
    expect(ids('Dinas Pariwisata Kota Palembang hadir.', '2024-06-03')).toEqual(['disbudpar-palembang']);
    expect(ids('Dinas Pariwisata Kota Palembang hadir.', '2025-06-03')).toEqual(['dispar-palembang']);
  });

  it('warns when a name is used outside its period', () => {
    const { ids: found, warnings } = agencies('Kakanwil Kemenkumham Sumsel membuka rakor.', '2025-03-26');
    expect(found).toEqual(['kanwil-imigrasi-sumsel']);
    expect(warnings).toEqual([
      '"Kakanwil Kemenkumham Sumsel" was a name of kanwil-imigrasi-sumsel until 2024-10-20, but the text is dated 2025-03-26: check which agency is meant (organizations)',
    ]);
  });

  it('takes the agency whose period ended last when no agency bore the name on the day', () => {
    const successor = org({
      id: 'kanwil-kemenkum-sumsel',
      name: 'Kantor Wilayah Kementerian Hukum Sumatera Selatan',
      shortName: 'Kanwil Kemenkum Sumsel',
      aliases: [{ name: 'Kanwil Kemenkumham Sumsel', from: '2024-10-21', until: '2025-03-31' }],
    });
    const registry = [...ORGANIZATIONS.filter((item) => item.id !== successor.id), successor];
    const text = 'Kanwil Kemenkumham Sumsel hadir.';
    expect(findAgencies(text, registry, '2025-01-06').ids).toEqual(['kanwil-kemenkum-sumsel']);
    expect(findAgencies(text, registry, '2025-01-06').warnings).toEqual([]);
    expect(findAgencies(text, registry, '2025-08-04')).toMatchObject({
      ids: ['kanwil-kemenkum-sumsel'],
      warnings: [expect.stringContaining('from 2024-10-21 until 2025-03-31')],
    });
  });
});

describe('findAgencies: agencies the registry does not know', () => {
  it('proposes agency-like names, once each, in their longest form', () => {
    const text = [
      'Kepala Dinas Sosial Kabupaten Lahat Budi Santoso mengatakan timnya siap.',
      'Kapolres Ogan Ilir AKBP Rudi Hartono, Satpol PP Kabupaten Lahat dan BNN ikut hadir.',
      'Dinas Sosial juga mendata warga asing, kata Kapolres Ogan Ilir.',
    ].join('\n\n');
    expect(agencies(text).unknown).toEqual([
      'Dinas Sosial Kabupaten Lahat',
      'Polres Ogan Ilir',
      'Satpol PP Kabupaten Lahat',
      'BNN',
    ]);
  });

  it('spells a name written in capitals normally, keeping acronyms', () => {
    expect(agencies('Tim dari POLSEK GANDUS dan BNNP hadir.').unknown).toEqual(['Polsek Gandus', 'BNNP']);
  });

  it('ends a name at a comma, a lowercase word, a rank or a person', () => {
    expect(
      agencies('Kepala Kantor Pertanahan Kota Palembang, Rina, dan Kapolsek Gandus Iptu Joko hadir.').unknown,
    ).toEqual(['Kantor Pertanahan Kota Palembang', 'Polsek Gandus']);
    expect(agencies('Kepala Satuan Reserse Narkoba AKP Sutrisno hadir.').unknown).toEqual(['Satuan Reserse Narkoba']);
  });

  it('does not propose what is part of a known name, nor a lone head word', () => {
    expect(agencies('Dinas terkait dan Kantor Imigrasi Palembang hadir di kantor bupati.').unknown).toEqual([]);
    expect(agencies('Pemerintah Pusat dan Pemerintah Daerah mendukung Tim PORA.').unknown).toEqual([]);
  });

  it('keeps a misspelt head word as written', () => {
    expect(agencies('Data Kementrian Ketenagakerjaan dicocokkan.').unknown).toEqual(['Kementrian Ketenagakerjaan']);
  });

  it('does not take the words of a title-case headline for a name, unless a region ends it', () => {
    expect(agencies('Polres Lahat dan Kodim Data Pekerja Asing di Proyek Tol\n\nIsi.').unknown).toEqual([]);
    expect(agencies('Satpol PP Ogan Ilir Gelar Razia Penginapan\n\nIsi.').unknown).toEqual(['Satpol PP Ogan Ilir']);
  });

  it('reads the regent’s office as the regency government', () => {
    expect(agencies('Rapat di Kantor Bupati Empat Lawang.').unknown).toEqual(['Pemkab Empat Lawang']);
  });
});

describe('findAgencies: evidence', () => {
  it('names the sentence each agency was first found in', () => {
    const text = 'Rapat dibuka pukul 09.00 WIB. Kapolres Lahat hadir bersama Dinas Sosial Lahat. Rapat selesai.';
    expect(agencies(text).evidence).toEqual([
      { field: 'organizations', value: 'polres-lahat', from: 'Kapolres Lahat hadir bersama Dinas Sosial Lahat.' },
      { field: 'organizations', value: 'Dinas Sosial Lahat', from: 'Kapolres Lahat hadir bersama Dinas Sosial Lahat.' },
    ]);
  });
});

describe('oneLetterApart', () => {
  it.each([
    ['kementrian', 'kementerian', true],
    ['kementeiran', 'kementerian', true],
    ['kemenkum', 'kemenkumham', false],
    ['pertahanan', 'pertanahan', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(oneLetterApart(a, b)).toBe(expected);
  });
});

describe('findNames', () => {
  it('prefers a name in use on the day over one that was not', () => {
    const names = organizationNames(ORGANIZATIONS);
    expect(findNames('Dinas Pariwisata Kota Palembang', names, '2025-02-01')).toMatchObject([
      { id: 'dispar-palembang' },
    ]);
  });
});

describe('parseWire', () => {
  it('lists known agencies, unknown ones and where each was found', () => {
    const release = parseWire(
      'Palembang (ANTARA) - Kakanim Palembang dan Dinas Sosial Kota Palembang menggelar rakor Tim PORA, Rabu (26/3).',
      { organizations: ORGANIZATIONS, regions: REGIONS, people: [], reference: '2025-03-30' },
    );
    expect(release).toMatchObject({
      organizations: ['kanim-palembang'],
      unknownOrganizations: ['Dinas Sosial Kota Palembang'],
      regions: [],
    });
    const agencies = release.evidence.filter((item) => item.field === 'organizations');
    expect(agencies.map((item) => item.value)).toEqual(['kanim-palembang', 'Dinas Sosial Kota Palembang']);
  });

  it('warns when the text uses a name outside its period', () => {
    const release = parseWire('Palembang (ANTARA) - Kakanwil Kemenkumham Sumsel membuka rakor, Rabu (26/3).', {
      organizations: ORGANIZATIONS,
      regions: REGIONS,
      people: [],
      reference: '2025-03-30',
    });
    expect(release.organizations).toEqual(['kanwil-imigrasi-sumsel']);
    expect(release.warnings).toContainEqual(
      expect.stringContaining('until 2024-10-20, but the text is dated 2025-03-26'),
    );
  });
});

describe('findAgencies: long pastes', () => {
  it('reads a single line of 20 000 capitalised words in seconds, not minutes', () => {
    const words = [
      'Dinas',
      'Kantor',
      'Polres',
      'Badan',
      'Kota',
      'Tim',
      'Pekerja',
      'Asing',
      'Daerah',
      'Laporan',
      'Lahat',
    ];
    const line = Array.from({ length: 20_000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
    const started = performance.now();
    const found = agencies(`Palembang (ANTARA) - Kepala ${line}.`);
    // Quadratic matching took minutes on this line; linear takes about a second on a busy machine.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found.unknown.length).toBeGreaterThan(0);
  });
});

describe('findAgencies: one agency however it is written', () => {
  it('reads a unit number in figures as its Roman number: "Kodam 2 Sriwijaya" is Kodam II/Sriwijaya', () => {
    const kodam = org({
      id: 'kodam-sriwijaya',
      name: 'Komando Daerah Militer II/Sriwijaya',
      shortName: 'Kodam II/Sriwijaya',
    });
    for (const written of ['Kodam 2 Sriwijaya', 'Kodam 2/Sriwijaya', 'Kodam II Sriwijaya'])
      expect(findAgencies(`Personel ${written} ikut hadir.`, [kodam], DAY)).toMatchObject({
        ids: ['kodam-sriwijaya'],
        unknown: [],
      });
  });

  it('proposes an acronym and the full name it stands for once, by the full name', () => {
    const text =
      'BNN Ikut Rapat PORA\n\nRapat diikuti Badan Narkotika Nasional Provinsi Sumsel. Petugas BNNP membawa data.';
    expect(agencies(text).unknown).toEqual(['Badan Narkotika Nasional Provinsi Sumsel']);
  });
});
