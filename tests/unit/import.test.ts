import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import {
  findDay,
  importWire,
  lastWeekday,
  leadSummary,
  missing,
  parseWire,
  renderDraft,
  splitParagraphs,
} from '../../scripts/lib/import/index.ts';
import { findNames, regionNames } from '../../src/lib/wire/match.ts';
import { copyFixture } from './content-fixtures.ts';
import type { Registries } from '../../scripts/lib/import/people.ts';
import type { WireRelease } from '../../scripts/lib/import/wire.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WIRE = join(ROOT, 'tests', 'fixtures', 'wire');
const wire = (name: string) => readFileSync(join(WIRE, `${name}.txt`), 'utf8');

const org = (fields: Partial<Organization> & Pick<Organization, 'id' | 'name' | 'shortName'>): Organization => ({
  kind: 'lainnya',
  aliases: [],
  ...fields,
});
const REGISTRIES: Registries = {
  province: { name: 'Sumatera Selatan', short: 'Sumsel' },
  regions: [
    { id: '16.03', name: 'Kabupaten Muara Enim', kind: 'kabupaten', aliases: [] },
    { id: '16.04', name: 'Kabupaten Lahat', kind: 'kabupaten', aliases: [] },
    { id: '16.06', name: 'Kabupaten Musi Banyuasin', kind: 'kabupaten', aliases: ['Muba'] },
    { id: '16.07', name: 'Kabupaten Banyuasin', kind: 'kabupaten', aliases: [] },
    { id: '16.71', name: 'Kota Palembang', kind: 'kota', aliases: [] },
    { id: '16.72', name: 'Kota Pagar Alam', kind: 'kota', aliases: ['Pagaralam'] },
  ],
  organizations: [
    org({
      id: 'kanwil-imigrasi-sumsel',
      name: 'Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan',
      shortName: 'Kanwil Ditjen Imigrasi Sumsel',
      aliases: [
        { name: 'Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan', shortName: 'Kanwil Kemenkumham Sumsel' },
      ],
    }),
    org({ id: 'kanim-palembang', name: 'Kantor Imigrasi Kelas I TPI Palembang', shortName: 'Kanim Palembang' }),
    org({ id: 'kanim-muara-enim', name: 'Kantor Imigrasi Kelas II Non TPI Muara Enim', shortName: 'Kanim Muara Enim' }),
    org({ id: 'polres-lahat', name: 'Kepolisian Resor Lahat', shortName: 'Polres Lahat' }),
    org({ id: 'kodim-lahat', name: 'Komando Distrik Militer 0405/Lahat', shortName: 'Kodim 0405/Lahat' }),
    org({ id: 'disnaker-lahat', name: 'Dinas Tenaga Kerja Kabupaten Lahat', shortName: 'Disnaker Lahat' }),
    org({
      id: 'pemkab-lahat',
      name: 'Pemerintah Kabupaten Lahat',
      shortName: 'Pemkab Lahat',
      kind: 'pemerintah-daerah',
      region: '16.04',
    }),
    org({
      id: 'pemkot-pagaralam',
      name: 'Pemerintah Kota Pagar Alam',
      shortName: 'Pemkot Pagar Alam',
      kind: 'pemerintah-daerah',
      region: '16.72',
    }),
    org({
      id: 'phri-sumsel',
      name: 'Badan Pimpinan Daerah Perhimpunan Hotel dan Restoran Indonesia Sumatera Selatan',
      shortName: 'BPD PHRI Sumsel',
    }),
  ],
  people: [
    {
      id: 'fajar-nugroho',
      name: 'Fajar Nugroho',
      roles: [{ title: 'Kepala Kantor', organization: 'kanim-muara-enim' }],
    },
    { id: 'dewi-kartikasari', name: 'Dewi Kartikasari', roles: [{ title: 'Kepala', organization: 'kanim-palembang' }] },
    {
      id: 'hendra-wiratama',
      name: 'Hendra Wiratama',
      roles: [{ title: 'Kabid', organization: 'kanwil-imigrasi-sumsel' }],
    },
    { id: 'yudhi-prasetyo', name: 'Yudhi Prasetyo', roles: [{ title: 'Kapolres', organization: 'polres-lahat' }] },
  ],
};

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

const read = (name: string, reference = '2025-03-28') => parseWire(wire(name), { ...REGISTRIES, reference });
/** The people of a release without the sentences they were read from (tests/unit/import-people.test.ts checks those). */
const namesAndRoles = (release: WireRelease) =>
  release.people.map((person) => {
    const copy = { ...person };
    delete copy.from;
    return copy;
  });

describe('splitParagraphs', () => {
  it('joins the lines of blank-line separated blocks', () => {
    expect(splitParagraphs('Satu\ndua.\n\nTiga\nempat.\n')).toEqual(['Satu dua.', 'Tiga empat.']);
  });

  it('reads one paragraph per line when the text has no blank line', () => {
    expect(splitParagraphs('Satu.\nDua.\r\nTiga.')).toEqual(['Satu.', 'Dua.', 'Tiga.']);
  });

  it('keeps credit lines apart even inside a block', () => {
    const credit = (line: string) => /^Pewarta:/.test(line);
    expect(splitParagraphs('Isi.\n\nPenutup.\nPewarta: Andi\n', credit)).toEqual(['Isi.', 'Penutup.', 'Pewarta: Andi']);
  });
});

describe('lastWeekday', () => {
  it.each([
    ['Sabtu', '2024-11-25', '2024-11-23'],
    ['Sabtu', '2024-11-23', '2024-11-23'],
    ['Senin', '2024-11-23', '2024-11-18'],
    ['Minggu', '2024-12-02', '2024-12-01'],
    ['Jumat', '2025-01-01', '2024-12-27'],
    ["Jum'at", '2025-01-01', '2024-12-27'],
  ])('reads %s against %s as %s', (name, reference, expected) => {
    expect(lastWeekday(name, reference)).toBe(expected);
  });

  it('refuses a word that is not a day name', () => {
    expect(() => lastWeekday('Besok', '2024-11-25')).toThrow(/not an Indonesian day name/);
  });
});

describe('findDay', () => {
  it('takes "Rabu (26/3)" as an exact day in the reference year', () => {
    expect(findDay(['Operasi digelar Rabu (26/3).'], '2025-03-28')).toEqual({
      day: '2025-03-26',
      source: 'explicit',
      words: 'Rabu (26/3)',
    });
  });

  it('puts a day without a year that lies after the reference in the year before', () => {
    expect(findDay(['Rapat digelar Sabtu (28/12).'], '2025-01-03').day).toBe('2024-12-28');
  });

  it('warns when the day name and the date disagree', () => {
    expect(findDay(['Rapat digelar Senin (26/3).'], '2025-03-28').warning).toContain(
      '2025-03-26 is a Rabu, not a Senin',
    );
  });

  it('uses the reference day when the text names no day', () => {
    expect(findDay(['Tanpa hari.'], '2025-03-28')).toEqual({ day: '2025-03-28', source: 'reference' });
  });
});

describe('leadSummary', () => {
  it('takes the first sentence, and the second when both are short', () => {
    expect(leadSummary('Tim PORA menggelar rapat. Rapat dihadiri 12 instansi. Hasilnya dibahas pekan depan.')).toBe(
      'Tim PORA menggelar rapat. Rapat dihadiri 12 instansi.',
    );
    const long = `${'Kalimat pertama yang panjang sekali '.repeat(4)}selesai. Kalimat kedua.`;
    expect(leadSummary(long)).toBe(`${'Kalimat pertama yang panjang sekali '.repeat(4)}selesai.`);
  });
});

describe('findNames', () => {
  it('matches on word boundaries whatever the spacing, and prefers the longest name', () => {
    const names = regionNames(REGISTRIES.regions);
    expect(findNames('Kota Pagaralam dan Musi Banyuasin, bukan Banyuasinan.', names).map((found) => found.id)).toEqual([
      '16.72',
      '16.06',
    ]);
  });
});

describe('parseWire', () => {
  it('reads a headline, an "(ANTARA)" dateline, an exact day, quotes and the credits', () => {
    const release = read('headline-antara');
    expect(release).toMatchObject({
      title: 'Operasi Gabungan Tim PORA di Lahat Temukan Tiga Pekerja Asing Tanpa Izin Kerja',
      dateline: 'Lahat',
      outlet: 'ANTARA',
      day: '2025-03-26',
      dateSource: 'explicit',
      author: 'Andi Saputra',
      editor: 'Maya Lestari',
      organizations: ['kanim-muara-enim', 'polres-lahat', 'kodim-lahat', 'disnaker-lahat'],
      regions: ['16.04'],
      warnings: [],
    });
    expect(release.summary).toMatch(
      /^Tim Pengawasan Orang Asing \(Tim PORA\) Kabupaten Lahat menemukan .* Rabu \(26\/3\)\.$/,
    );
    expect(namesAndRoles(release)).toEqual([
      { person: 'fajar-nugroho', name: 'Fajar Nugroho' },
      { name: 'Rosmala Dewi Pane', role: 'Kepala Dinas Tenaga Kerja Kabupaten Lahat', organization: 'disnaker-lahat' },
    ]);
    expect(release.paragraphs[0]?.startsWith('Tim Pengawasan Orang Asing')).toBe(true);
    expect(release.paragraphs.join('\n')).not.toMatch(/Baca juga|Pewarta|COPYRIGHT|\(ANTARA\)/);
  });

  it('reads a "PALEMBANG -" dateline, one paragraph per line and a day name counted back', () => {
    const release = read('caps-dateline-lines', '2025-03-24');
    expect(release).toMatchObject({
      dateline: 'Palembang',
      day: '2025-03-22',
      dateSource: 'day-name',
      dateWords: 'Sabtu',
      organizations: ['kanim-palembang', 'phri-sumsel'],
      regions: ['16.71'],
    });
    expect(release.title).toBeUndefined();
    expect(release.outlet).toBeUndefined();
    expect(release.paragraphs).toHaveLength(4);
    expect(release.paragraphs[1]).toMatch(/^"Masih ada penginapan .* terlambat," kata /);
    expect(namesAndRoles(release)).toEqual([
      { person: 'dewi-kartikasari', name: 'Dewi Kartikasari' },
      { name: 'Hendri Kusuma', role: 'Ketua BPD PHRI Sumatera Selatan', organization: 'phri-sumsel' },
    ]);
  });

  it('removes a body pasted twice and says so', () => {
    const release = read('pasted-twice');
    expect(release.paragraphs).toHaveLength(3);
    expect(release.warnings).toEqual([
      'removed 2 repeated paragraphs ("Pendataan ini untuk mencocokkan jumla...", "Hasil pendataan akan dibahas dalam ra..."): the same text was probably pasted twice',
    ]);
    expect(release).toMatchObject({ dateline: 'Lahat', outlet: 'ANTARA', day: '2025-03-27', regions: ['16.04'] });
    expect(namesAndRoles(release)).toEqual([{ person: 'yudhi-prasetyo', name: 'Yudhi Prasetyo' }]);
  });

  it('leaves out what a text without dateline or day does not say', () => {
    const release = read('no-dateline');
    expect(release.dateline).toBeUndefined();
    expect(release.title).toBeUndefined();
    expect(release).toMatchObject({ day: '2025-03-28', dateSource: 'reference', people: [] });
    expect(missing(release)).toEqual([
      'title: the text has no headline',
      'dateline: the text has no dateline such as "Palembang (ANTARA) -"',
      'author: the text names no reporter ("Pewarta:")',
      'publishedAt: the text names no day; the reference day was used',
    ]);
  });

  it('joins hard-wrapped lines, resolves a speaker by title and keeps a speaker without one', () => {
    const release = read('hard-wrapped-role', '2024-11-26');
    expect(release).toMatchObject({
      title: 'Tim PORA Pagar Alam Siagakan Posko Informasi Orang Asing',
      dateline: 'Pagar Alam',
      day: '2024-11-25',
      regions: ['16.72'],
    });
    expect(release.paragraphs[0]).toBe(
      'Tim Pengawasan Orang Asing Kota Pagar Alam membuka posko informasi bersama di Kantor Kesbangpol Kota Pagar Alam selama masa tenang pilkada, Senin (25/11).',
    );
    // "jelas Kabid Intelijen" is Hendra Wiratama again; "kata Rudi" names no title.
    expect(namesAndRoles(release)).toEqual([{ person: 'hendra-wiratama', name: 'Hendra Wiratama' }, { name: 'Rudi' }]);
    expect(missing(release)).toContain('people: the role of Rudi is not in the text, nor the person in people.yaml');
  });
});

describe('renderDraft', () => {
  it('writes a draft with TODO where the text did not say', () => {
    const text = renderDraft(read('hard-wrapped-role', '2024-11-26'), { offset: '+07:00', reference: '2024-11-26' });
    expect(text).toContain('title: Tim PORA Pagar Alam Siagakan Posko Informasi Orang Asing\n');
    expect(text).toContain('publishedAt: 2024-11-25T09:00:00+07:00\n');
    expect(text).toContain('author: TODO Nama penulis\n');
    expect(text).toContain('  - name: Rudi\n    role: TODO Jabatan\n');
    expect(text).toContain("regions:\n  - '16.72'\n");
    expect(text).toContain('draft: true\n');
    expect(text).not.toContain('source:');
  });
});

describe('importWire', () => {
  function run(name: string, options: Partial<Parameters<typeof importWire>[1]> = {}) {
    const copy = copyFixture();
    try {
      const result = importWire(wire(name), {
        contentDir: copy.contentDir,
        root: copy.root,
        now: new Date('2025-03-28T03:00:00Z'),
        ...options,
      });
      return { result, copy };
    } catch (error) {
      copy.remove();
      throw error;
    }
  }

  it('names the draft by date and title in the year folder, and npm run check points at each TODO', async () => {
    const { result, copy } = run('pasted-twice', { url: 'https://berita.example.org/pendataan' });
    try {
      expect(result.file).toBe(
        'content/press-releases/2025/2025-03-27-pemerintah-kabupaten-lahat-bersama-tim-pora-mendata-ulang.md',
      );
      const { writeFileSync, mkdirSync } = await import('node:fs');
      mkdirSync(join(result.path, '..'), { recursive: true });
      writeFileSync(result.path, result.text);
      const issues = checkContent(copy.contentDir, { root: copy.root }).issues.filter(
        (issue) => issue.file === result.file,
      );
      const lineOf = (start: string) => result.text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
      expect(issues.map(formatIssue)).toEqual([
        // The fixture's registry knows neither agency the text names.
        `${result.file}:${lineOf('organizations:')}:16: warning: organizations is empty, but the text names "Pemerintah Kabupaten Lahat" (not in organizations.yaml) and "Polres Lahat" (not in organizations.yaml): add the agencies to content/organizations.yaml and list their ids under organizations [missing-organizations]`,
        // The test office's regions have no Lahat: the import keeps the dateline, the check asks about it.
        `${result.file}:${lineOf('dateline:')}:11: warning: dateline "Lahat" is no place of content/regions.yaml, perhaps another office's: write the city this release comes from (this office's is "Palembang"); if it is the seat of one of your regencies, add "capital: Lahat" to it in content/regions.yaml [other-office]`,
        `${result.file}:${lineOf('title:')}:8: warning: title still holds the placeholder TODO: write the real text (a record cannot be published with it) [placeholder]`,
        `${result.file}:${lineOf('author:')}:9: warning: author still holds the placeholder TODO: write the real text (a record cannot be published with it) [placeholder]`,
      ]);
      expect(result.text).toContain('source:\n  name: ANTARA\n  url: https://berita.example.org/pendataan\n');
      // Publishing it with the placeholders left in is refused.
      writeFileSync(result.path, result.text.replace('draft: true', 'draft: false'));
      const published = checkContent(copy.contentDir, { root: copy.root });
      expect(published.content).toBeUndefined();
    } finally {
      copy.remove();
    }
  });

  it('takes the headline from --title and refuses to overwrite', () => {
    const { result, copy } = run('no-dateline', { title: 'Tim PORA Imbau Warga Laporkan Orang Asing' });
    try {
      expect(result.file).toBe('content/press-releases/2025/2025-03-28-tim-pora-imbau-warga-laporkan-orang-asing.md');
      expect(result.text).toContain('title: Tim PORA Imbau Warga Laporkan Orang Asing\n');
      expect(result.todo).not.toContain('title: the text has no headline');
    } finally {
      copy.remove();
    }
  });

  it('refuses empty text', () => {
    const copy = copyFixture();
    try {
      expect(() => importWire('  \n', { contentDir: copy.contentDir, root: copy.root })).toThrow(/the text is empty/);
    } finally {
      copy.remove();
    }
  });
});

describe('npm run import', { timeout: 30_000 }, () => {
  it('reads standard input and prints the draft with --stdout, warnings on stderr', () => {
    const copy = copyFixture();
    const before = filesUnder(copy.contentDir);
    try {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/import.ts'), '--stdout', '--date', '2025-03-28', '--content', copy.contentDir],
        { cwd: copy.root, input: wire('pasted-twice'), encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^---\n/);
      expect(result.stdout).toContain('dateline: Lahat\n');
      expect(result.stderr).toContain('warning: removed 2 repeated paragraphs');
      expect(result.stderr).toContain('title: the text has no headline');
      expect(filesUnder(copy.contentDir)).toEqual(before);
    } finally {
      copy.remove();
    }
  });

  it('writes the draft file and refuses to write it twice', () => {
    const copy = copyFixture();
    try {
      const args = [join(ROOT, 'scripts/import.ts'), join(WIRE, 'headline-antara.txt'), '--date', '2025-03-28'];
      const options = {
        cwd: copy.root,
        encoding: 'utf8' as const,
        env: { ...process.env, WARTA_CONTENT: copy.contentDir },
      };
      const first = spawnSync(process.execPath, args, options);
      expect(first.status).toBe(0);
      const file = 'content/press-releases/2025/2025-03-26-operasi-gabungan-tim-pora-di-lahat-temukan-tiga-pekerja.md';
      expect(first.stdout).toContain(`Created ${file}`);
      expect(readFileSync(join(copy.root, file), 'utf8')).toContain('author: Andi Saputra\n');
      const second = spawnSync(process.execPath, args, options);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('already exists: nothing was written');
    } finally {
      copy.remove();
    }
  });
});
