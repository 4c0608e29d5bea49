import { describe, expect, it } from 'vitest';
import type { Organization } from '../../src/schemas/organization.ts';
import { nameKey, splitRun } from '../../scripts/lib/import/names.ts';
import { SpeakerFinder, type Registries, type Speaker } from '../../scripts/lib/import/people.ts';
import { expandTitle } from '../../scripts/lib/import/titles.ts';
import { speechVerb } from '../../src/lib/lint/quotes.ts';

const org = (id: string, name: string, shortName: string, extra: Partial<Organization> = {}): Organization => ({
  id,
  name,
  shortName,
  kind: 'lainnya',
  aliases: [],
  ...extra,
});

/** A small South Sumatra registry, written for these tests. */
const REGISTRIES: Registries = {
  province: { name: 'Sumatera Selatan', short: 'Sumsel' },
  regions: [
    { id: '16.03', name: 'Kabupaten Muara Enim', kind: 'kabupaten', aliases: [] },
    { id: '16.04', name: 'Kabupaten Lahat', kind: 'kabupaten', aliases: [] },
    { id: '16.10', name: 'Kabupaten Ogan Ilir', kind: 'kabupaten', aliases: [] },
    { id: '16.71', name: 'Kota Palembang', kind: 'kota', aliases: [] },
    { id: '16.72', name: 'Kota Pagar Alam', kind: 'kota', aliases: ['Pagaralam'] },
  ],
  organizations: [
    org(
      'kanwil-imigrasi-sumsel',
      'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan',
      'Kanwil Ditjen Imigrasi Sumsel',
      {
        aliases: [
          { name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', shortName: 'Kanwil Kemenkumham Sumsel' },
        ],
      },
    ),
    org('kanim-palembang', 'Kantor Imigrasi Kelas I TPI Palembang', 'Kanim Palembang'),
    org('kanim-muara-enim', 'Kantor Imigrasi Kelas II Non TPI Muara Enim', 'Kanim Muara Enim'),
    org('polres-lahat', 'Kepolisian Resor Lahat', 'Polres Lahat'),
    org('polres-ogan-ilir', 'Kepolisian Resor Ogan Ilir', 'Polres Ogan Ilir'),
    org('kodim-lahat', 'Komando Distrik Militer 0405/Lahat', 'Kodim 0405/Lahat'),
    org('pemkot-palembang', 'Pemerintah Kota Palembang', 'Pemkot Palembang', {
      kind: 'pemerintah-daerah',
      region: '16.71',
    }),
    org('pemkot-pagaralam', 'Pemerintah Kota Pagar Alam', 'Pemkot Pagar Alam', {
      kind: 'pemerintah-daerah',
      region: '16.72',
    }),
  ],
  people: [
    { id: 'dewi-kartikasari', name: 'Dewi Kartikasari', roles: [{ title: 'Kepala', organization: 'kanim-palembang' }] },
    { id: 'ahmad-fauzi', name: 'Ahmad Fauzi', roles: [{ title: 'Kepala Seksi', organization: 'kanim-palembang' }] },
  ],
};

const finder = new SpeakerFinder(REGISTRIES);
const find = (...paragraphs: string[]) => finder.find(paragraphs.join('\n\n'));
/** A speaker without the sentence it was read from, which one test checks on its own. */
const withoutFrom = (speaker: Speaker): Speaker => {
  const copy = { ...speaker };
  delete copy.from;
  return copy;
};
const who = (...paragraphs: string[]) => find(...paragraphs).speakers.map(withoutFrom);

describe('speechVerb', () => {
  it.each([
    ['kata', { kind: 'short', verb: 'kata', pronoun: false }],
    ['ujarnya', { kind: 'short', verb: 'ujar', pronoun: true }],
    ['ujarnnya', { kind: 'short', verb: 'ujar', pronoun: true }],
    ['Menurutnya', { kind: 'menurut', verb: 'menurut', pronoun: true }],
    ['mengatakan', { kind: 'long', verb: 'mengatakan', pronoun: false }],
    ['menyebut', { kind: 'long', verb: 'menyebut', pronoun: false }],
    ['mengatkan', { kind: 'long', verb: 'mengatakan', pronoun: false }],
    ['menjelasakan', { kind: 'long', verb: 'menjelaskan', pronoun: false }],
    ['menyampiakan', { kind: 'long', verb: 'menyampaikan', pronoun: false }],
    ['disampaikan', { kind: 'passive', verb: 'disampaikan', pronoun: false }],
  ])('reads %s as an attribution verb', (word, expected) => {
    expect(speechVerb(word)).toEqual(expected);
  });

  it.each(['kita', 'ujian', 'menyatukan', 'mengangkat', 'katakan'])('does not read %s as one', (word) => {
    expect(speechVerb(word)).toBeUndefined();
  });
});

describe('splitRun', () => {
  it.each([
    ['Kapolres Lahat AKBP Bambang Sutejo', { role: 'Kapolres Lahat', name: 'AKBP Bambang Sutejo' }],
    ['Dandim 0405/Lahat Letkol Inf Rahmat Hidayat', { role: 'Dandim 0405/Lahat', name: 'Letkol Inf Rahmat Hidayat' }],
    [
      'Kepala Kantor Imigrasi Kelas I TPI Denpasar I Gusti Ketut Arief Rachman Hakim',
      { role: 'Kepala Kantor Imigrasi Kelas I TPI Denpasar', name: 'I Gusti Ketut Arief Rachman Hakim' },
    ],
    [
      'Kepala Dinas Sosial H. Ahmad Yani, S.H., M.H.',
      { role: 'Kepala Dinas Sosial', name: 'H. Ahmad Yani, S.H., M.H.' },
    ],
    [
      'Kepala Kantor Imigrasi Wonosobo Yusuf Kurniawan',
      { role: 'Kepala Kantor Imigrasi Wonosobo', name: 'Yusuf Kurniawan' },
    ],
    ['Sementara Herdaus', { name: 'Herdaus' }],
    ['Wawako', { role: 'Wawako' }],
    ['Kasatreskrim', { role: 'Kasatreskrim' }],
  ])('splits "%s" into title and name', (run, expected) => {
    expect(splitRun(run)).toMatchObject(expected);
  });

  it('keeps a title that registry matching read as its agency ("Kapolres Lahat" as Polres Lahat) a title', () => {
    const run = 'Kapolres Lahat AKBP Bambang Sutejo';
    expect(splitRun(run, [{ index: 0, end: 'Kapolres Lahat'.length }])).toEqual({
      role: 'Kapolres Lahat',
      name: 'AKBP Bambang Sutejo',
    });
  });

  it('reads name-like words after an agency word as the rest of the agency name', () => {
    expect(splitRun('Badan Pusat Statistik')).toEqual({ agency: true });
  });
});

describe('nameKey', () => {
  it.each([
    ['H. Ahmad Fauzi, S.H., M.H.', 'ahmad fauzi'],
    ['AKBP Bambang Sutejo', 'bambang sutejo'],
    ['Letkol Inf Rahmat Hidayat', 'rahmat hidayat'],
    ['dr. Ratna Sari, M.Kes.', 'ratna sari'],
    ['I Gusti Ketut Arief', 'i gusti ketut arief'],
  ])('reduces %s to %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('titles', () => {
  it('spells out abbreviated titles word by word', () => {
    expect(expandTitle('Wawako')).toEqual(['wakil', 'wali', 'kota']);
    expect(expandTitle('Kasat Intelkam')).toEqual(['kepala', 'satuan', 'intelijen', 'keamanan']);
  });

  it('reads the agency a title speaks for from the registry, a deputy or acting head included', () => {
    expect(finder.organizationIn('Kapolres Lahat')).toBe('polres-lahat');
    expect(finder.organizationIn('Wakapolres Lahat')).toBe('polres-lahat');
    expect(finder.organizationIn('Wakil Wali Kota Palembang')).toBe('pemkot-palembang');
    expect(finder.organizationIn('Plt. Wawako Pagaralam')).toBe('pemkot-pagaralam');
    expect(finder.organizationIn('Dandim 0405/Lahat')).toBe('kodim-lahat');
  });
});

describe('SpeakerFinder', () => {
  describe('finds each shape of attribution with name and title', () => {
    it.each([
      [
        'a comma between title and name',
        'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel, Herdaus mengatakan pengawasan diperketat.',
        {
          name: 'Herdaus',
          role: 'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel',
          organization: 'kanwil-imigrasi-sumsel',
        },
      ],
      [
        'the name, then the title between commas',
        'Herdaus, Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel, menjelaskan bahwa data tamu dicek harian.',
        {
          name: 'Herdaus',
          role: 'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel',
          organization: 'kanwil-imigrasi-sumsel',
        },
      ],
      [
        'title and name before a long verb',
        'Sementara itu, Kapolres Lahat AKBP Bambang Sutejo dalam sambutannya mengatakan patroli ditambah.',
        { name: 'AKBP Bambang Sutejo', role: 'Kapolres Lahat', organization: 'polres-lahat' },
      ],
      [
        'title and name after a quotation',
        '"Setiap penginapan harus melapor," kata Kepala Kantor Imigrasi Muara Enim Rudi Hartawan di Lahat.',
        { name: 'Rudi Hartawan', role: 'Kepala Kantor Imigrasi Muara Enim', organization: 'kanim-muara-enim' },
      ],
      [
        'the name, a comma and the title after a quotation',
        '"Kami siap membantu," ujar Lestari Handayani, Kepala Dinas Sosial Kota Palembang.',
        { name: 'Lestari Handayani', role: 'Kepala Dinas Sosial Kota Palembang' },
      ],
      [
        'the title, a comma and the name after a quotation',
        '"Semuanya tertib," kata Kadiv Keimigrasian, Herdaus.',
        { name: 'Herdaus', role: 'Kadiv Keimigrasian' },
      ],
      [
        'a passive verb',
        'Hal itu disampaikan Kepala Seksi Inteldakim Kanim Palembang Budi Santoso saat rapat, Rabu (5/3).',
        { name: 'Budi Santoso', role: 'Kepala Seksi Inteldakim Kanim Palembang', organization: 'kanim-palembang' },
      ],
      [
        '"selaku" between name and title',
        'Herdaus selaku Ketua Tim PORA Provinsi mengatakan rapat digelar tiap bulan.',
        { name: 'Herdaus', role: 'Ketua Tim PORA Provinsi' },
      ],
      [
        'a place the registries do not know inside the title',
        'Kepala Kantor Imigrasi Wonosobo, Yusuf Kurniawan mengatakan kunjungan naik.',
        { name: 'Yusuf Kurniawan', role: 'Kepala Kantor Imigrasi Wonosobo' },
      ],
      [
        'a deputy mayor, whose agency is the city government',
        'Wakil Wali Kota Palembang Fitrianti Agustinda menegaskan semua pihak terlibat.',
        { name: 'Fitrianti Agustinda', role: 'Wakil Wali Kota Palembang', organization: 'pemkot-palembang' },
      ],
    ])('%s', (_shape, text, expected) => {
      expect(who(text)).toEqual([expected]);
    });
  });

  it('finds the speaker of indirect speech, quoted afterwards with a pronoun', () => {
    const withSutejo = new SpeakerFinder({
      ...REGISTRIES,
      people: [
        { id: 'bambang-sutejo', name: 'Bambang Sutejo', roles: [{ title: 'Kapolres', organization: 'polres-lahat' }] },
      ],
    });
    const text = [
      'Kapolres Lahat AKBP Bambang Sutejo menegaskan jajarannya siap mengawal setiap razia.',
      '"Anggota kami berjaga di semua pos," tegasnya, Selasa (4/11/2025).',
    ].join('\n\n');
    expect(withSutejo.find(text).speakers.map(withoutFrom)).toEqual([
      { person: 'bambang-sutejo', name: 'AKBP Bambang Sutejo' },
    ]);
  });

  it('finds a speaker who confirms, named after "oleh" with a comma between title and name', () => {
    expect(
      who(
        'Kabar itu turut dibenarkan oleh Asisten I Pemkot Palembang, Ir. Darmawan Sitompul.',
        '"Suratnya sudah kami kirim," kata dia.',
      ),
    ).toEqual([
      { name: 'Ir. Darmawan Sitompul', role: 'Asisten I Pemkot Palembang', organization: 'pemkot-palembang' },
    ]);
  });

  it('reads a lower-case title set off by commas after the name', () => {
    expect(
      who(
        'Namun menurut Dr. Ir. Hj. Nurul Hidayati, M.Sc., Ph.D., dosen Universitas Sriwijaya, data harus diperbarui.',
        'Sri Wahyuni, peneliti Politeknik Negeri Sriwijaya, menjelaskan bahwa pendataan masih manual.',
      ),
    ).toEqual([
      { name: 'Dr. Ir. Hj. Nurul Hidayati, M.Sc., Ph.D.', role: 'dosen Universitas Sriwijaya' },
      { name: 'Sri Wahyuni', role: 'peneliti Politeknik Negeri Sriwijaya' },
    ]);
  });

  it('reads no title from the statement that follows "menurut Name,"', () => {
    expect(
      who(
        'Menurut Herdaus, kepala desa sudah diminta melapor.',
        'Menurut Yusuf Kurniawan, warga Palembang sudah tertib.',
      ),
    ).toEqual([{ name: 'Herdaus' }, { name: 'Yusuf Kurniawan' }]);
  });

  it('finds a speaker named bare, without a title, and leaves the title to the editor', () => {
    expect(who('Menurut Herdaus, tim bekerja sejak pagi.')).toEqual([{ name: 'Herdaus' }]);
    expect(who('Herdaus menyampaikan terima kasih kepada warga.')).toEqual([{ name: 'Herdaus' }]);
  });

  it('keeps a name of seven words, honorifics, degrees and ranks as printed', () => {
    expect(
      who(
        'Kepala Kantor Imigrasi Kelas I TPI Denpasar I Gusti Ketut Arief Rachman Hakim mengatakan layanan tetap buka.',
        '"Kami bekerja sama," tutur dr. Ratna Sari, M.Kes., Kepala Dinas Kesehatan Kota Palembang.',
        'Dandim 0405/Lahat Letkol Inf Rahmat Hidayat mengungkapkan pos jaga ditambah.',
      ),
    ).toEqual([
      { name: 'I Gusti Ketut Arief Rachman Hakim', role: 'Kepala Kantor Imigrasi Kelas I TPI Denpasar' },
      { name: 'dr. Ratna Sari, M.Kes.', role: 'Kepala Dinas Kesehatan Kota Palembang' },
      { name: 'Letkol Inf Rahmat Hidayat', role: 'Dandim 0405/Lahat', organization: 'kodim-lahat' },
    ]);
  });

  it('matches people.yaml without honorifics or degrees', () => {
    expect(
      who('"Kami tidak berhenti di sini," kata Kepala Seksi Lalu Lintas Kanim Palembang H. Ahmad Fauzi, S.H.'),
    ).toEqual([{ person: 'ahmad-fauzi', name: 'H. Ahmad Fauzi, S.H.' }]);
  });

  it('reads attribution verbs with -nya and with one-letter slips', () => {
    expect(
      who(
        'Kepala Kanim Palembang Dewi Kartikasari mengatkan pengawasan berjalan.',
        '"Semua berjalan baik," ujarnnya.',
        'Kasi Lalu Lintas Keimigrasian Kanim Palembang Joko Santoso menjelasakan syarat izin tinggal.',
      ),
    ).toEqual([
      { person: 'dewi-kartikasari', name: 'Dewi Kartikasari' },
      { name: 'Joko Santoso', role: 'Kasi Lalu Lintas Keimigrasian Kanim Palembang', organization: 'kanim-palembang' },
    ]);
  });

  it('says where each speaker was read from, in the report', () => {
    const found = find(
      'Rapat dibuka pagi hari.',
      'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel, Herdaus mengatakan tim siap. Ia menambahkan jadwal sudah dibagi.',
    );
    expect(found.speakers[0]?.from).toBe(
      'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel, Herdaus mengatakan tim siap.',
    );
    expect(found.evidence).toEqual([
      {
        field: 'people',
        value: 'Herdaus (Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel)',
        from: 'Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel, Herdaus mengatakan tim siap.',
      },
    ]);
  });

  it('reports a registered speaker with the title the text gives', () => {
    expect(find('"Semua tamu tercatat," kata Kepala Kanim Palembang Dewi Kartikasari.').evidence).toEqual([
      {
        field: 'people',
        value: 'Dewi Kartikasari (Kepala Kanim Palembang)',
        from: '"Semua tamu tercatat," kata Kepala Kanim Palembang Dewi Kartikasari.',
      },
    ]);
  });

  describe('invents no one', () => {
    it('follows a title alone back to the person introduced with it', () => {
      const found = find(
        'Wakil Wali Kota Palembang Fitrianti Agustinda membuka rapat.',
        '"Kami akan turun ke lapangan," pungkas Wawako.',
        '"Semua hotel wajib melapor," kata Kapolres Lahat AKBP Bambang Sutejo.',
        '"Kami siap membantu," ujar Kapolres.',
        '"Data kami kirim tiap pagi," kata Kasat Intelkam Polres Lahat AKP Joko Susilo.',
        '"Tidak ada yang terlewat," imbuh Kasat Intelkam.',
      );
      expect(found.speakers.map((speaker) => speaker.name)).toEqual([
        'Fitrianti Agustinda',
        'AKBP Bambang Sutejo',
        'AKP Joko Susilo',
      ]);
      expect(found.warnings).toEqual([]);
    });

    it('adds no one for a title nobody was introduced with, and says so', () => {
      const found = find('"Kami akan turun ke lapangan," pungkas Wawako.', '"Data lengkap," kata Kadiv.');
      expect(found.speakers).toEqual([]);
      expect(found.warnings).toEqual([
        '"pungkas Wawako": nobody named earlier in the text has the title Wawako; no one was added to people for it',
        '"kata Kadiv": nobody named earlier in the text has the title Kadiv; no one was added to people for it',
      ]);
    });

    it('reads pronouns as someone already named', () => {
      expect(
        who(
          'Kepala Kanim Palembang Dewi Kartikasari hadir.',
          '"Kami periksa semuanya," kata dia.',
          '"Tidak ada yang lolos," ujarnya.',
          'Ia menegaskan semua data tersimpan. Beliau juga menjelaskan jadwal. Menurutnya, semua tertib.',
        ),
      ).toEqual([]);
    });

    it('follows a first name or surname back to the full name', () => {
      expect(
        who(
          'Rapat dihadiri Kapolres Lahat AKBP Bambang Sutejo dan Dandim 0405/Lahat Letkol Inf Rahmat Hidayat.',
          '"Kita jaga bersama," kata Rahmat.',
          '"Patroli kami tambah," ujar Sutejo.',
        ),
      ).toEqual([
        { name: 'AKBP Bambang Sutejo', role: 'Kapolres Lahat', organization: 'polres-lahat' },
        { name: 'Letkol Inf Rahmat Hidayat', role: 'Dandim 0405/Lahat', organization: 'kodim-lahat' },
      ]);
    });

    it('gives nobody the title of someone else named in the clause before', () => {
      expect(who('Usai rapat bersama Kapolres, Herdaus mengatakan tim siap.')).toEqual([{ name: 'Herdaus' }]);
    });

    it('finds the subject after a quotation and warns in reading order', () => {
      const found = find('"Kami siap," Herdaus menambahkan.', 'Bupati Lahat meminta seluruh camat aktif.');
      expect(found.speakers.map((speaker) => speaker.name)).toEqual(['Herdaus']);
      expect(found.warnings).toEqual([
        '"Bupati Lahat meminta": nobody named earlier in the text has the title Bupati Lahat; no one was added to people for it',
      ]);
    });

    it.each([
      ['an agency', 'Tim PORA Kota Palembang menyepakati jadwal. Kantor Imigrasi Palembang menegaskan hal itu.'],
      ['an agency outside the registries', 'Menurut Badan Pusat Statistik, jumlah wisatawan naik.'],
      ['data', 'Menurut data Kantor Imigrasi Palembang, ada 20 WNA.'],
      ['a capitalised common word opening the sentence', 'Pengelola hotel mengatakan tamu asing selalu dilaporkan.'],
      ['foreigners known by initials', 'Dua WNA berinisial AB dan CD mengatakan mereka turis.'],
      ['a day and a date', 'Sabtu (8/3) mengatakan hal yang sama.'],
      ['an ordinary use of "kata"', 'Tim memakai kata Tertib sebagai semboyan.'],
      [
        'an article of law or a sum',
        'Aturan sudah ada, jelas Pasal 71 mewajibkan laporan. Biayanya naik, tambah Rp 5 juta.',
      ],
      ['a title word for someone only listed', 'Rapat dihadiri Kapolres Lahat AKBP Bambang Sutejo dan jajarannya.'],
    ])('finds nobody in %s', (_what, text) => {
      expect(find(text)).toMatchObject({ speakers: [], warnings: [] });
    });
  });
});
