import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import type { Entry } from '../../src/lib/content/integrity.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { parseMarkdown } from '../../src/lib/content/source.ts';
import { validate } from '../../src/lib/content/validate.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { lintContent, RULE_NAMES, RULES, type LintInput, type LintIssue } from '../../src/lib/lint/index.ts';
import { findPersonalData } from '../../src/lib/lint/rules/personal-data.ts';
import { mask, paragraphs } from '../../src/lib/lint/text.ts';
import { similarWords } from '../../src/lib/wire/repeats.ts';
import { MeetingSchema, type MeetingData } from '../../src/schemas/meeting.ts';
import { pressReleaseSchema, type PressReleaseData } from '../../src/schemas/press-release.ts';
import { LintSettingsSchema, SiteSchema, type Site } from '../../src/schemas/site.ts';
import { copyFixture, FIXTURES, OTHER_OFFICE } from './content-fixtures.ts';

const ReleaseSchema = pressReleaseSchema(z.string().min(1));

/** A record built from frontmatter fields and a body, parsed like the loader does, with its text. */
interface Built<T> {
  entry: Entry<T>;
  text: string;
}

function build<T>(schema: z.ZodType<T>, file: string, fields: Record<string, unknown>, body: string): Built<T> {
  const text = `---\n${stringify(fields)}---\n\n${body}\n`;
  const { source, issues } = parseMarkdown(file, text);
  const result = validate(source, schema);
  if (issues.length > 0 || !result.data) throw new Error([...issues, ...result.issues].map(formatIssue).join('\n'));
  const id = file.slice(file.lastIndexOf('/') + 1, -3);
  return { entry: { id, file, data: result.data, body: source.body ?? '', source }, text };
}

const RELEASE = {
  title: 'Tim PORA Sumsel Gelar Rakor di Lahat',
  summary: 'Tim PORA Sumatera Selatan menggelar rapat koordinasi di Lahat.',
  dateline: 'Lahat',
  publishedAt: '2025-03-27T10:30:00+07:00',
  author: 'Humas Kanim Muara Enim',
};

function release(fields: Record<string, unknown> = {}, body = 'Isi berita.', id = '2025-03-27-uji') {
  return build<PressReleaseData>(
    ReleaseSchema,
    `content/press-releases/2025/${id}.md`,
    { ...RELEASE, ...fields },
    body,
  );
}

const MEETING = {
  title: 'Rapat Koordinasi Tim PORA Kabupaten Lahat',
  kind: 'rakor',
  startsAt: '2025-03-12T09:00:00+07:00',
  endsAt: '2025-03-12T12:00:00+07:00',
  location: { name: 'Aula Kantor Bupati Lahat', region: '16.04' },
  organizer: 'kanim-muara-enim',
  chair: { person: 'fajar-nugroho' },
  noteTaker: { person: 'fajar-nugroho' },
  participants: [{ organization: 'kanim-muara-enim' }],
};

function meeting(fields: Record<string, unknown> = {}, body = 'Notulen rapat.', id = '2025-03-12-uji') {
  return build<MeetingData>(MeetingSchema, `content/meetings/2025/${id}.md`, { ...MEETING, ...fields }, body);
}

const SITE: Site = SiteSchema.parse({
  name: 'Warta Uji',
  description: 'Uji.',
  office: 'Kantor Uji',
  team: 'Tim PORA Uji',
  province: 'Sumatera Selatan',
  url: 'https://warta.example.org',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  contact: { address: 'Jalan Uji', email: 'humas@warta.example.org', phone: '(0711) 000-0000' },
});

function input(records: { releases?: Built<PressReleaseData>[]; meetings?: Built<MeetingData>[] }): LintInput {
  return {
    site: SITE,
    releases: (records.releases ?? []).map((built) => built.entry),
    meetings: (records.meetings ?? []).map((built) => built.entry),
    regions: [{ id: '16.04', name: 'Kabupaten Lahat', kind: 'kabupaten', aliases: [] }],
    organizations: [
      {
        id: 'kanim-muara-enim',
        name: 'Kantor Imigrasi Muara Enim',
        shortName: 'Kanim Muara Enim',
        kind: 'imigrasi',
        aliases: [],
      },
    ],
  };
}

/** Findings of one rule, each as "line:column message" without the rule tag. */
function run(rule: keyof typeof RULES, records: Parameters<typeof input>[0]): LintIssue[] {
  return lintContent(input(records)).filter((issue) => issue.rule === rule);
}

/** The text a finding points at: from its line and column to the end of that line. */
function textAt(built: Built<unknown>, issue: LintIssue | undefined): string {
  if (!issue) throw new Error('expected a finding');
  if (issue.line === undefined || issue.column === undefined) throw new Error(`${formatIssue(issue)} has no position`);
  return (built.text.split('\n')[issue.line - 1] ?? '').slice(issue.column - 1);
}

describe('lintContent', () => {
  it("finds nothing in another office's clean content", () => {
    const { content, issues } = loadContent(OTHER_OFFICE, { root: FIXTURES });
    expect(issues.map(formatIssue)).toEqual([]);
    if (!content) throw new Error('the other office did not load');
    expect(lintContent(content).map(formatIssue)).toEqual([]);
  });

  it('has a rule for every lint setting and the same names in both', () => {
    expect(RULE_NAMES.sort()).toEqual(Object.keys(RULES).sort());
    expect(Object.keys(LintSettingsSchema.shape).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('reports warnings by default, tagged with the rule', () => {
    const built = release(
      {},
      'Paragraf yang sama persis muncul dua kali di sini.\n\nParagraf yang sama persis muncul dua kali di sini.',
    );
    const [issue] = lintContent(input({ releases: [built] }));
    expect(issue).toMatchObject({ severity: 'warning', rule: 'duplicate-paragraph' });
    expect(issue?.message).toMatch(/\[duplicate-paragraph\]$/);
  });

  it('applies the levels set in site.yaml: error, or off', () => {
    const built = release(
      {},
      'Paragraf yang sama persis muncul dua kali di sini.\n\nParagraf yang sama persis muncul dua kali di sini.',
    );
    const records = input({ releases: [built] });
    expect(lintContent(records, { 'duplicate-paragraph': 'error' }).map((issue) => issue.severity)).toEqual(['error']);
    expect(lintContent(records, { 'duplicate-paragraph': 'off' })).toEqual([]);
    expect(lintContent({ ...records, site: { ...SITE, lint: { 'duplicate-paragraph': 'error' } } })[0]?.severity).toBe(
      'error',
    );
  });
});

describe('duplicate-paragraph', () => {
  const repeated =
    '"Kami memeriksa dokumen seluruh pekerja asing di lokasi," kata Fajar.\n\nParagraf kedua berbeda dari yang pertama dan cukup panjang.\n\n"Kami memeriksa dokumen seluruh pekerja asing di lokasi,"  kata Fajar.';

  it('reports the second copy of a paragraph and names the line of the first', () => {
    const built = release({}, repeated);
    const [issue, ...rest] = run('duplicate-paragraph', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe('"Kami memeriksa dokumen seluruh pekerja asing di lokasi,"  kata Fajar.');
    const first =
      built.text.split('\n').indexOf('"Kami memeriksa dokumen seluruh pekerja asing di lokasi," kata Fajar.') + 1;
    expect(issue?.message).toContain(`repeats the one on line ${first}`);
  });

  it('checks meeting minutes too', () => {
    const built = meeting(
      {},
      'Rapat dibuka pukul 09.00 WIB oleh pimpinan rapat.\n\nRapat dibuka pukul 09.00 WIB oleh pimpinan rapat.',
    );
    expect(run('duplicate-paragraph', { meetings: [built] })).toHaveLength(1);
  });

  it('lets short lines repeat', () => {
    expect(run('duplicate-paragraph', { releases: [release({}, '***\n\nIsi.\n\n***')] })).toEqual([]);
  });

  it('reports the lead of a second pasted copy, which starts again with the dateline', () => {
    const lead = 'Tim PORA Kabupaten Lahat memeriksa izin tinggal pekerja asing di dua lokasi tambang, Rabu.';
    const built = release({}, `${lead}\n\nParagraf kedua berbeda dari yang pertama.\n\nLahat (ANTARA) - ${lead}`);
    const [issue, ...rest] = run('duplicate-paragraph', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(`Lahat (ANTARA) - ${lead}`);
  });

  it('reports a paragraph repeated with a word or two changed, as a second pasted copy has it', () => {
    const first = 'Kapolres Lahat menegaskan jajarannya siap mendukung setiap pemeriksaan gabungan di lapangan.';
    const edited = 'Kapolres Lahat menegaskan jajarannya mendukung penuh setiap pemeriksaan gabungan di lapangan.';
    const built = release({}, `${first}\n\nParagraf kedua berbeda dari yang pertama.\n\n${edited}`);
    const [issue, ...rest] = run('duplicate-paragraph', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(edited);
    expect(issue?.message).toContain('with small changes');
  });

  it('accepts paragraphs that share their subject but say different things', () => {
    const body = [
      'Tim PORA Kabupaten Lahat memeriksa izin tinggal pekerja asing di dua lokasi tambang batu bara.',
      'Tim PORA Kabupaten Lahat juga mendata penginapan yang menerima tamu asing tanpa laporan ke kantor imigrasi.',
    ].join('\n\n');
    expect(run('duplicate-paragraph', { releases: [release({}, body)] })).toEqual([]);
  });

  it('counts two paragraphs as one when the words they share are at least 80 % of both, the bound included', () => {
    const words = (count: number, from = 0) => new Set(Array.from({ length: count }, (_, i) => `kata${from + i}`));
    const eight = words(8);
    const plus = (extra: number) => new Set([...eight, ...words(extra, 100)]);
    expect(similarWords(eight, plus(4))).toBe(true); // 2·8 / (8 + 12) = 80 %
    expect(similarWords(eight, plus(5))).toBe(false); // 2·8 / (8 + 13) < 80 %, skipped by size alone
    expect(similarWords(words(10), words(10, 2))).toBe(true); // 8 of 10 shared: 80 %
    expect(similarWords(words(10), words(10, 3))).toBe(false); // 7 of 10 shared: 70 %, sizes alike
    expect(similarWords(words(7), words(7))).toBe(false); // a short line may repeat
  });

  it('reports the title repeated as a line of the body, the headline of the second copy', () => {
    const built = release({}, `Isi berita yang pertama.\n\n${RELEASE.title}\n\nIsi berita yang kedua.`);
    const [issue, ...rest] = run('duplicate-paragraph', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(RELEASE.title);
    expect(issue?.message).toContain('repeats the title');
  });
});

describe('title-length and summary-length', () => {
  it('reports a release title over 100 characters, at the title', () => {
    const built = release({ title: 'A'.repeat(101) });
    const [issue] = run('title-length', { releases: [built] });
    expect(issue?.path).toBe('title');
    expect(textAt(built, issue)).toBe('A'.repeat(101));
    expect(run('title-length', { releases: [release({ title: 'A'.repeat(100) })] })).toEqual([]);
  });

  it('reports a summary over 220 characters', () => {
    expect(run('summary-length', { releases: [release({ summary: `${'kata '.repeat(44)}x` })] })).toHaveLength(1);
    expect(run('summary-length', { releases: [release({ summary: 'kata '.repeat(44).trim() })] })).toEqual([]);
  });

  it('ignores internal releases, which no search engine sees', () => {
    const built = release({ title: 'A'.repeat(120), summary: 'B'.repeat(300), visibility: 'internal' });
    expect([...run('title-length', { releases: [built] }), ...run('summary-length', { releases: [built] })]).toEqual(
      [],
    );
  });

  it('checks the public title of a meeting, and suggests one when the internal title is too long', () => {
    const long = meeting({ title: 'R'.repeat(120), public: { summary: 'Ringkasan.' } });
    expect(run('title-length', { meetings: [long] })[0]?.message).toContain('public.title');
    const shortened = meeting({ title: 'R'.repeat(120), public: { title: 'Rakor di Lahat', summary: 'Ringkasan.' } });
    expect(run('title-length', { meetings: [shortened] })).toEqual([]);
    expect(run('title-length', { meetings: [meeting({ title: 'R'.repeat(120) })] })).toEqual([]);
  });
});

describe('image-alt', () => {
  it.each([
    ['![](./foto-rakor.jpg)', 'has empty alt text'],
    ['![foto](./foto-rakor.jpg)', 'describes nothing'],
    ['![IMG_2041.JPG](./foto-rakor.jpg)', 'describes nothing'],
    ['<img src="./foto-rakor.jpg">', 'has no alt text'],
    ['<img src="./foto-rakor.jpg" alt="">', 'has empty alt text'],
  ])('reports %s in the text', (markup, problem) => {
    const built = release({}, `Paragraf pertama.\n\nTeks sebelum gambar ${markup} dan sesudahnya.`);
    const [issue] = run('image-alt', { releases: [built] });
    expect(issue?.message).toContain(problem);
    expect(textAt(built, issue).startsWith(markup)).toBe(true);
  });

  it('reports lead-image alt text that is a file name', () => {
    const built = release({ image: { src: './foto.jpg', alt: 'DSC_0042.jpg' } });
    expect(run('image-alt', { releases: [built] })[0]?.path).toBe('image.alt');
  });

  it('accepts alt text that describes the picture', () => {
    const built = release(
      { image: { src: './foto.jpg', alt: 'Petugas memeriksa paspor di aula kantor imigrasi.' } },
      '![Peserta rapat koordinasi di aula](./rapat.jpg)\n\n<img src="./b.jpg" alt="Posko informasi bersama">',
    );
    expect(run('image-alt', { releases: [built] })).toEqual([]);
  });
});

describe('personal-data', () => {
  it.each([
    ['NIK 1671012304850003 milik pelapor', 'identity number'],
    ['paspor nomor C4829163 miliknya', 'passport number'],
    ['pemegang paspor X1234567 itu', 'passport number'],
    ['hubungi 0812-3456-7890 untuk informasi', 'phone number'],
    ['hubungi +62 812 3456 7890 untuk informasi', 'phone number'],
    ['atau (0711) 358 2211 pada jam kerja', 'phone number'],
    ['kirim ke budi.santoso@gmail.com sebelum Jumat', 'e-mail address'],
    ['seorang WNA asal Tiongkok bernama Li Wei ditahan', 'full name of a foreign national'],
  ])('finds %s', (text, what) => {
    const [found] = findPersonalData(text);
    expect(found?.detector.what).toContain(what);
  });

  it.each([
    'pada pukul 08.30 WIB di Aula, Kamis (17/10)',
    'berdasarkan UU 6/2011 dan Permenkumham Nomor 12 Tahun 2024',
    'Kodim 0405/Lahat dan Rp1.500.000 untuk 27 orang pada 2024-2025',
    'dua WNA berinisial MR dan AS',
  ])('leaves alone %s', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('reports personal data in a public release, at the field or the text, masked', () => {
    const built = release(
      { summary: 'Warga dapat melapor ke nomor 0812-3456-7890.' },
      'Paragraf pertama.\n\nLaporan juga diterima di budi.santoso@gmail.com setiap hari.',
    );
    const issues = run('personal-data', { releases: [built] });
    expect(issues.map((issue) => issue.path)).toEqual(['summary', '']);
    expect(issues[0]?.message).toContain('"08**-****-**90"');
    expect(issues[0]?.message).not.toContain('3456');
    expect(textAt(built, issues[1])).toBe('budi.santoso@gmail.com setiap hari.');
  });

  it("allows the office's own address and number from site.yaml", () => {
    const built = release({}, 'Hubungi humas@warta.example.org atau (0711) 000-0000.');
    expect(run('personal-data', { releases: [built] })).toEqual([]);
  });

  it('does not check drafts, internal releases or meeting minutes', () => {
    const body = 'Nomor paspor X1234567 dan telepon 0812-3456-7890.';
    expect(
      run('personal-data', {
        releases: [release({ draft: true }, body), release({ visibility: 'internal' }, body, '2025-03-27-b')],
        meetings: [meeting({ public: { summary: 'Ringkasan publik.' } }, body)],
      }),
    ).toEqual([]);
  });

  it("checks a meeting's public block, which readers see", () => {
    const built = meeting({ public: { summary: 'WNA bernama John Miller diperiksa.' } });
    expect(run('personal-data', { meetings: [built] }).map((issue) => issue.path)).toEqual(['public.summary']);
  });

  it('masks values so logs do not repeat them', () => {
    expect(mask('0812-3456-7890')).toBe('08**-****-**90');
    expect(mask('budi@gmail.com')).toBe('b***@gmail.com');
  });
});

describe('quote-attribution', () => {
  it('reports a quotation without a speaker, at its opening quote', () => {
    const built = release(
      {},
      'Paragraf pertama.\n\nMenurut data, "semua pekerja asing sudah kami periksa satu per satu."\n\n"Kami tidak akan berhenti sampai semuanya tertib."',
    );
    const issues = run('quote-attribution', { releases: [built] });
    expect(issues).toHaveLength(1);
    expect(textAt(built, issues[0])).toBe('"Kami tidak akan berhenti sampai semuanya tertib."');
  });

  it.each([
    '"Kami memeriksa semua dokumen pekerja asing," kata Kepala Kantor Imigrasi Muara Enim Fajar Nugroho.',
    '"Pengelola yang belum melapor akan kami datangi," jelasnya.',
    '“Kami ingin semua penginapan melapor tepat waktu,” ujar Dewi.',
    'Menurut Hendra, "pasangan asing dapat mengajukan izin tinggal yang sesuai."',
    'Tim menyebut pendekatan ini "jemput bola" di lapangan.',
    '"Setiap tamu asing harus dilaporkan hari itu juga," demikian disampaikan Kepala Kantor Imigrasi Palembang.',
    'Dewi mengatkan, "semua penginapan sudah kami kunjungi minggu ini."',
  ])('accepts %s', (paragraph) => {
    expect(run('quote-attribution', { releases: [release({}, paragraph)] })).toEqual([]);
  });

  it('reads a quotation over several paragraphs as one, attributed at its end', () => {
    const body =
      '"Pemeriksaan berjalan sejak pagi dan seluruh pekerja hadir di lokasi.\n\n"Perusahaan juga menyerahkan daftar pekerja asing yang lengkap," kata Fajar.';
    expect(run('quote-attribution', { releases: [release({}, body)] })).toEqual([]);
  });

  it('accepts a speaker introduced in the paragraph before, ending with a colon', () => {
    const body =
      'Kepala Kantor Imigrasi Palembang Dewi Kartikasari mengatakan:\n\n"Laporan penginapan adalah sumber informasi tercepat bagi kami."';
    expect(run('quote-attribution', { releases: [release({}, body)] })).toEqual([]);
  });

  it("checks a meeting's public summary", () => {
    const built = meeting({
      public: { summary: 'Rapat menyepakati bahwa "semua perusahaan wajib melapor setiap bulan."' },
    });
    expect(run('quote-attribution', { meetings: [built] }).map((issue) => issue.path)).toEqual(['public.summary']);
  });
});

describe('quote-speaker', () => {
  const draft = (people: unknown[], body: string) => release({ draft: true, people }, body);
  const QUOTE = '"Jangan ragu melapor kepada petugas kami,"';

  it.each([
    [`${QUOTE} kata Kakanim.`, 'Kakanim'],
    [`Kapolres Lahat AKBP Bambang Sutejo menegaskan, ${QUOTE}`, 'Kapolres Lahat AKBP Bambang Sutejo'],
    [`${QUOTE} tegasnya.`, 'tegasnya'],
    [`${QUOTE} kata dia.`, 'dia'],
  ])('reports %s in a draft whose people is empty, naming the speaker', (paragraph, speaker) => {
    const built = draft([], paragraph);
    const issues = run('quote-speaker', { releases: [built] });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining(`is attributed to "${speaker}", but people is empty`),
    ]);
    expect(textAt(built, issues[0]).startsWith(QUOTE)).toBe(true);
  });

  it("leaves a paragraph still marked TODO, the template's example quotation, to the placeholder rule", () => {
    const issues = run('quote-speaker', { releases: [draft([], `TODO ${QUOTE} kata Jabatan Nama Narasumber.`)] });
    expect(issues).toEqual([]);
  });

  it('reports a named speaker that no one in people matches by name or title', () => {
    const issues = run('quote-speaker', {
      releases: [draft([{ name: 'Rina Marlina', role: 'Kepala Dinas Sosial' }], `${QUOTE} ujar Kapolres Lahat.`)],
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('"Kapolres Lahat", but no one in people has that name or title'),
    ]);
  });

  it.each([
    [[{ name: 'Bambang Sutejo', role: 'Kapolres Lahat' }], `${QUOTE} kata AKBP Bambang.`],
    [[{ person: 'fajar-nugroho' }], `${QUOTE} kata Fajar.`],
    [[{ name: 'Dewi Kartikasari', role: 'Kepala Kanim Muara Enim' }], `${QUOTE} tegasnya.`],
    [[], `${QUOTE} kata seorang warga.`],
    [[], `${QUOTE} kata Kepala.`],
  ])('accepts people %j for %s', (people, paragraph) => {
    expect(run('quote-speaker', { releases: [draft(people, paragraph)] })).toEqual([]);
  });

  it('reads a title through the organization of the person it names', () => {
    const people = [{ name: 'Dewi Kartikasari', role: 'Kepala Kantor', organization: 'kanim-muara-enim' }];
    expect(run('quote-speaker', { releases: [draft(people, `${QUOTE} kata Kakanim.`)] })).toEqual([]);
  });

  it('leaves published releases to quote-attribution', () => {
    expect(run('quote-speaker', { releases: [release({ draft: false }, `${QUOTE} kata Kakanim.`)] })).toEqual([]);
  });
});

describe('dateline', () => {
  it.each([
    ['PALEMBANG', '"Palembang"'],
    ['Palembang (ANTARA) -', '"Palembang"'],
    ['Lahat, 26/3', '"Lahat"'],
    [' ', 'is blank'],
  ])('reports the dateline field %j', (value, hint) => {
    const [issue] = run('dateline', { releases: [release({ dateline: value })] });
    expect(issue?.path).toBe('dateline');
    expect(issue?.message).toContain(hint);
  });

  it.each(['Palembang', 'Pagar Alam', 'Muara Enim', 'Jakarta'])('accepts %s', (value) => {
    expect(run('dateline', { releases: [release({ dateline: value })] })).toEqual([]);
  });

  it.each(['Lahat (ANTARA) - Tim PORA memeriksa 27 pekerja.', 'LAHAT - Tim PORA memeriksa 27 pekerja.'])(
    'reports a text that starts with its own dateline: %s',
    (body) => {
      const built = release({}, body);
      const [issue] = run('dateline', { releases: [built] });
      expect(textAt(built, issue)).toBe(body);
      expect(issue?.message).toContain('"Lahat -"');
    },
  );

  it.each([
    'LAHAT, KOMPAS.com - Tim PORA memeriksa pekerja asing lagi.',
    'Baturaja, detikSumbagsel - Rapat kedua digelar di aula.',
  ])('reports a paragraph further down that opens with a dateline, the lead of a second copy: %s', (later) => {
    const built = release({}, `Tim PORA memeriksa pekerja asing.\n\nRapat berjalan lancar.\n\n${later}`);
    const [issue, ...rest] = run('dateline', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(later);
    expect(issue?.message).toContain('second pasted copy');
  });

  it('leaves a TODO dateline to the placeholder rule', () => {
    expect(run('dateline', { releases: [release({ dateline: 'TODO Kota', draft: true })] })).toEqual([]);
  });
});

describe('site-dateline', () => {
  it.each([
    ['SuaraSumsel.id', 'names the news site SuaraSumsel.id'],
    ['Sripoku.com', 'names the news site Sripoku.com'],
    ['SRIPOKU.COM, PALEMBANG', 'here "Palembang"'],
    ['Palembang, KOMPAS.com', 'here "Palembang"'],
  ])('reports the dateline %j, which names a news site instead of the city', (value, hint) => {
    const [issue, ...rest] = run('site-dateline', { releases: [release({ dateline: value })] });
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('dateline');
    expect(issue?.message).toContain(hint);
  });

  it('leaves such a dateline to this rule alone, so it is reported once', () => {
    expect(run('dateline', { releases: [release({ dateline: 'SRIPOKU.COM, PALEMBANG' })] })).toEqual([]);
  });

  it.each(['Palembang', 'Pagar Alam', 'Kab. Lahat'])('accepts the place %j', (value) => {
    expect(run('site-dateline', { releases: [release({ dateline: value })] })).toEqual([]);
  });
});

describe('lead-junk', () => {
  it.each([
    ['a photo caption', 'Peserta rapat berfoto bersama di depan aula kantor. Foto : SB/dok'],
    ['a photo caption', 'Kepala kantor membuka rapat koordinasi. (Foto: Humas)'],
    ['a byline', '**@(Rina Marlina)'],
    ['a byline', 'Oleh: Rina Marlina'],
    ["a news page's date and time", 'Senin, 17 Maret 2025 | 10:15 WIB'],
    ["a news page's date and time", '17/03/2025 10:15 WIB'],
  ])('reports a text that starts with %s: %s', (what, first) => {
    const built = release({}, `${first}\n\nTim PORA Kabupaten Lahat memeriksa izin tinggal pekerja asing.`);
    const [issue, ...rest] = run('lead-junk', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(first);
    expect(issue?.message).toContain(`starts with ${what}`);
  });

  it.each([
    ['a row of share buttons', 'Bagikan ke: Facebook Twitter WhatsApp'],
    ['a row of share buttons', '📤 Share: WhatsApp | Telegram | X'],
    ["a wire desk's initials", '(ant/dwi)'],
    ['a byline', 'Laporan wartawan Contohnews.id, Maya Lestari'],
    ['a photo caption', 'Kepala kantor memimpin rapat di aula, Kamis (6/11/2025). (CONTOHNEWS.COM/RIAN)'],
    ["a news page's tags or hashtags", '#PORALahat #ImigrasiMelayani'],
  ])('reports %s anywhere in the text: %s', (what, junk) => {
    const body = `Tim PORA Kabupaten Lahat memeriksa izin tinggal pekerja asing.\n\n${junk}\n\nRapat berikutnya digelar bulan depan.`;
    const built = release({}, body);
    const [issue, ...rest] = run('lead-junk', { releases: [built] });
    expect(rest).toEqual([]);
    expect(textAt(built, issue)).toBe(junk);
    expect(issue?.message).toContain(`this paragraph is ${what}`);
  });

  it.each([
    'Tim PORA Kabupaten Lahat memeriksa izin tinggal pekerja asing, Rabu (26/3).',
    'Oleh sebab itu petugas kembali pekan depan.',
    'Warga dapat membagikan informasi tentang orang asing melalui aplikasi pelaporan.',
    'Foto kegiatan dipajang di papan informasi kantor imigrasi agar warga tahu.',
  ])('accepts a lead that is text: %s', (first) => {
    expect(run('lead-junk', { releases: [release({}, first)] })).toEqual([]);
  });
});

describe('field-markup', () => {
  it.each([
    ['title', { title: 'Rapat <b>PORA</b> Lahat' }, '"<b>"'],
    ['summary', { summary: 'Tim PORA rapat. <img src=x onerror=alert(1)>' }, '"<img src=x onerror=alert(1)>"'],
    ['title', { title: "<script>alert('x')</script> Rapat PORA" }, '"<script>"'],
  ])('reports HTML in the %s', (path, fields, tag) => {
    const [issue, ...rest] = run('field-markup', { releases: [release(fields)] });
    expect(rest).toEqual([]);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toContain(tag);
  });

  it('reports HTML in a meeting title', () => {
    expect(run('field-markup', { meetings: [meeting({ title: 'Rapat <i>PORA</i>' })] })).toHaveLength(1);
  });

  it('accepts comparisons and arrows that are not tags', () => {
    const fields = { title: 'Kuota 5 < 10 pekerja', summary: 'Jumlah pekerja asing naik -> 12 orang, < tahun lalu.' };
    expect(run('field-markup', { releases: [release(fields)] })).toEqual([]);
  });
});

describe('broken-link', () => {
  const target = release({}, 'Isi.', '2025-03-20-rapat-sebelumnya');
  const draftTarget = release({ draft: true }, 'Isi.', '2025-03-21-draf');
  const internalTarget = release({ visibility: 'internal' }, 'Isi.', '2025-03-22-internal');
  const closedMeeting = meeting({}, 'Notulen.', '2025-03-12-tertutup');
  const openMeeting = meeting({ public: { summary: 'Ringkasan.' } }, 'Notulen.', '2025-03-13-terbuka');

  function links(body: string, fields: Record<string, unknown> = {}) {
    const built = release(fields, body);
    const issues = run('broken-link', {
      releases: [built, target, draftTarget, internalTarget],
      meetings: [closedMeeting, openMeeting],
    });
    return issues.map((issue) => issue.message.replace(/ \[broken-link\]$/, ''));
  }

  it('accepts links to public records, registries, other pages and other sites', () => {
    expect(
      links(
        '[rapat](/siaran-pers/2025-03-20-rapat-sebelumnya/), [kegiatan](https://warta.example.org/kegiatan/2025-03-13-terbuka/), [Lahat](/wilayah/16.04/), [Kanim](/instansi/kanim-muara-enim/), [arsip](/siaran-pers/tahun/2025/), [UU](https://peraturan.example.go.id/uu-6-2011)',
      ),
    ).toEqual([]);
  });

  it('reports a release that does not exist, with the nearest id', () => {
    expect(links('Lihat [berita](/siaran-pers/2025-03-20-rapat-sebelumya/).')).toEqual([
      'link "/siaran-pers/2025-03-20-rapat-sebelumya/" points to a press release that does not exist (did you mean "2025-03-20-rapat-sebelumnya"?)',
    ]);
  });

  it('reports links that readers cannot open: drafts, internal releases, meetings without a public block', () => {
    const found = links(
      '[a](/siaran-pers/2025-03-21-draf/) [b](/siaran-pers/2025-03-22-internal/) [c](/kegiatan/2025-03-12-tertutup/)',
    );
    expect(found.map((message) => /that (is a draft|is internal|has no public block)/.exec(message)?.[1])).toEqual([
      'is a draft',
      'is internal',
      'has no public block',
    ]);
  });

  it('does not report hidden targets from a text that is itself not public', () => {
    expect(links('[a](/siaran-pers/2025-03-21-draf/)', { draft: true })).toEqual([]);
  });

  it('reports links to source files, which are not pages', () => {
    expect(links('[a](./2025-03-20-rapat-sebelumnya.md) [b](../2024/2024-01-01-hilang.md)')).toEqual([
      'link "./2025-03-20-rapat-sebelumnya.md" points to a source file, which readers cannot open: link to its page /siaran-pers/2025-03-20-rapat-sebelumnya/',
      'link "../2024/2024-01-01-hilang.md" points to a file that does not exist, and source files are not pages: link to the page of the record instead',
    ]);
  });

  it('reports unknown regions and organizations, and points at the link', () => {
    const built = release({}, 'Baca [profil](/instansi/kanim-muaraenim/) dan [wilayah](/wilayah/16.99/).');
    const issues = run('broken-link', { releases: [built] });
    expect(issues.map((issue) => textAt(built, issue))).toEqual([
      '[profil](/instansi/kanim-muaraenim/) dan [wilayah](/wilayah/16.99/).',
      '[wilayah](/wilayah/16.99/).',
    ]);
  });

  it('survives a malformed address', () => {
    expect(links('[a](/siaran-pers/100%-uji/)')).toEqual([
      'link "/siaran-pers/100%-uji/" points to a press release that does not exist: check the address',
    ]);
  });

  it('does not report a link to a record that exists but has errors of its own', () => {
    const built = release({}, '[a](/siaran-pers/2025-01-01-rusak/)');
    const records = {
      ...input({ releases: [built] }),
      recordIds: { releases: new Set(['2025-01-01-rusak']), meetings: new Set<string>() },
    };
    expect(lintContent(records).filter((issue) => issue.rule === 'broken-link')).toEqual([]);
  });
});

describe('missing-organizations', () => {
  it('warns at organizations when a release lists none while its text names agencies, naming them and the fix', () => {
    const built = release({}, 'Kakanim Muara Enim dan Dinas Sosial Kabupaten Lahat menggelar rakor Tim PORA.');
    const [issue, ...rest] = run('missing-organizations', { releases: [built] });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: 'warning', path: 'organizations' });
    expect(issue?.message).toBe(
      'is empty, but the text names Kakanim Muara Enim (kanim-muara-enim) and "Dinas Sosial Kabupaten Lahat" (not in organizations.yaml): list their ids, e.g. organizations: [kanim-muara-enim], after adding the missing agencies to content/organizations.yaml [missing-organizations]',
    );
  });

  it('asks for registry entries when every agency named is unknown', () => {
    const [issue] = run('missing-organizations', { releases: [release({}, 'Polres Ogan Ilir ikut razia.')] });
    expect(issue?.message).toContain(
      'names "Polres Ogan Ilir" (not in organizations.yaml): add the agencies to content/organizations.yaml',
    );
  });

  it('reads the title and the summary too', () => {
    expect(
      run('missing-organizations', { releases: [release({ title: 'Kanim Muara Enim Gelar Rakor' })] }),
    ).toHaveLength(1);
  });

  it('says nothing when organizations lists an agency, or when the text names only places', () => {
    const named = 'Kantor Imigrasi Muara Enim menggelar rakor Tim PORA.';
    expect(
      run('missing-organizations', { releases: [release({ organizations: ['kanim-muara-enim'] }, named)] }),
    ).toEqual([]);
    expect(run('missing-organizations', { releases: [release({}, 'Rakor digelar di Lahat, Muara Enim.')] })).toEqual(
      [],
    );
  });
});

describe('placeholder', () => {
  it('warns about TODO in a draft, at the field and in the text', () => {
    const built = release({ draft: true, author: 'TODO Nama penulis' }, 'Paragraf pertama.\n\nTODO Paragraf penutup.');
    const issues = run('placeholder', { releases: [built] });
    expect(issues.map((issue) => [issue.path, issue.severity])).toEqual([
      ['author', 'warning'],
      ['', 'warning'],
    ]);
    expect(textAt(built, issues[1])).toBe('TODO Paragraf penutup.');
  });

  it('is an error once the record is not a draft, so a TODO is never published', () => {
    const built = meeting({ public: { summary: 'TODO ringkasan' } });
    expect(run('placeholder', { meetings: [built] }).map((issue) => issue.severity)).toEqual(['error']);
  });

  it('is silent when turned off', () => {
    const records = input({ releases: [release({ title: 'TODO judul' })] });
    expect(lintContent(records, { placeholder: 'off' })).toEqual([]);
  });

  it('leaves words that merely contain the letters alone', () => {
    expect(run('placeholder', { releases: [release({}, 'Kata TODOS atau todo bukan penanda.')] })).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('numbers paragraphs by file line and skips fenced code', () => {
    expect(paragraphs('Satu\ndua.\n\n```\nkode\n\nkode\n```\n\nTiga.', 5)).toEqual([
      { text: 'Satu\ndua.', line: 5 },
      { text: 'Tiga.', line: 14 },
    ]);
  });
});

describe('checkContent', () => {
  function withFiles(files: Record<string, string>) {
    const copy = copyFixture();
    for (const [name, text] of Object.entries(files)) {
      const path = join(copy.contentDir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
    try {
      return checkContent(copy.contentDir, { root: copy.root });
    } finally {
      copy.remove();
    }
  }
  const draft = (extra: string) =>
    `---\ntitle: Uji\nsummary: Uji.\ndateline: Palembang\npublishedAt: 2024-11-25T10:00:00+07:00\nauthor: Humas\ndraft: ${extra}\n---\n\nTODO isi berita.\n`;

  it('returns the content with lint warnings', () => {
    const { content, issues } = withFiles({ 'press-releases/2024/2024-11-25-uji.md': draft('true') });
    expect(content).toBeDefined();
    expect(issues.filter((issue) => issue.file.endsWith('uji.md')).map(formatIssue)).toEqual([
      'content/press-releases/2024/2024-11-25-uji.md:10:1: warning: this text holds the placeholder TODO: write the real text (a record cannot be published with it) [placeholder]',
    ]);
  });

  it('fails like any content error when a lint finding is an error', () => {
    const { content, issues } = withFiles({ 'press-releases/2024/2024-11-25-uji.md': draft('false') });
    expect(content).toBeUndefined();
    expect(issues.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([
      'content/press-releases/2024/2024-11-25-uji.md:10:1: this text holds the placeholder TODO: write the real text (a record cannot be published with it) [placeholder]',
    ]);
  });

  it('reads the lint levels from site.yaml', () => {
    const copy = copyFixture();
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(site, `${readFileSync(site, 'utf8')}lint:\n  placeholder: 'off'\n`);
      writeFileSync(join(copy.contentDir, 'press-releases/2024/2024-11-25-uji.md'), draft('false'));
      const { content, issues } = checkContent(copy.contentDir, { root: copy.root });
      expect(issues.filter((issue) => issue.file.endsWith('uji.md'))).toEqual([]);
      expect(content).toBeDefined();
    } finally {
      copy.remove();
    }
  });

  it('still lints the valid records when another record has errors', () => {
    const { content, issues } = withFiles({
      'press-releases/2024/2024-11-25-uji.md': draft('true'),
      'press-releases/2024/2024-11-26-rusak.md': '---\ntitle: Rusak\n---\n',
    });
    expect(content).toBeUndefined();
    expect(issues.some((issue) => issue.file.endsWith('rusak.md') && issue.severity === 'error')).toBe(true);
    expect(issues.some((issue) => issue.file.endsWith('uji.md') && (issue as LintIssue).rule === 'placeholder')).toBe(
      true,
    );
  });
});
