import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import {
  addDays,
  createRecord,
  fillTemplate,
  NewRecordError,
  offsetAt,
  recordKind,
  slugify,
  templateErrors,
  writeRecord,
} from '../../scripts/lib/new.ts';
import { copyFixture, OTHER_OFFICE, VALID, type FixtureCopy } from './content-fixtures.ts';
import type { OfficeDefaults } from '../../src/lib/office.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The template of each kind in a content folder (the fixtures carry their own, as every office does). */
const templateOf = (contentDir: string, kind: 'release' | 'meeting') =>
  join(contentDir, kind === 'release' ? 'press-releases' : 'meetings', '_template.md');

/** An office as site.yaml and the registries describe it, for filling templates. */
const OFFICE = {
  organization: {
    id: 'kanim-contoh',
    name: 'Kantor Imigrasi Contoh',
    shortName: 'Kanim Contoh',
    kind: 'imigrasi',
    aliases: [],
  },
  region: { id: '99.01', name: 'Kabupaten Contoh', kind: 'kabupaten', aliases: [] },
  dateline: 'Contoh',
  source: 'Humas Kanim Contoh',
} satisfies OfficeDefaults;

// 23 November 2024, 23.30 WIB: still the 23rd in Jakarta, already the 23rd 16.30 in UTC.
const LATE_EVENING = new Date('2024-11-23T16:30:00Z');
// 24 November 2024, 00.30 WIB: the 24th in Jakarta, still the 23rd in UTC.
const AFTER_MIDNIGHT = new Date('2024-11-23T17:30:00Z');

describe('slugify', () => {
  it.each([
    ['Tim PORA Sumsel Gelar Rakor, 27 WNA Diperiksa', 'tim-pora-sumsel-gelar-rakor-27-wna-diperiksa'],
    ["Jum'at Bersih di Kantor Imigrasi", 'jumat-bersih-di-kantor-imigrasi'],
    ['Imigrasi & Polres: “Sinergi” Pengawasan', 'imigrasi-dan-polres-sinergi-pengawasan'],
    ['Café Équipe  Pagar   Alam', 'cafe-equipe-pagar-alam'],
    ['!!!', ''],
  ])('turns %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('kata '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(kata-)+kata$/);
  });
});

describe('offsetAt and addDays', () => {
  it('gives the offset of a zone', () => {
    expect(offsetAt(LATE_EVENING, 'Asia/Jakarta')).toBe('+07:00');
    expect(offsetAt(LATE_EVENING, 'Asia/Makassar')).toBe('+08:00');
    expect(offsetAt(LATE_EVENING, 'UTC')).toBe('+00:00');
  });

  it('adds days across months and years', () => {
    expect(addDays('2024-12-25', 14)).toBe('2025-01-08');
  });
});

describe('recordKind', () => {
  it.each([
    ['release', 'release'],
    ['siaran-pers', 'release'],
    ['Rapat', 'meeting'],
    ['meeting', 'meeting'],
    ['berita', undefined],
  ])('reads %s as %s', (word, kind) => {
    expect(recordKind(word)).toBe(kind);
  });
});

describe('fillTemplate', () => {
  it.each([
    ['the test office', VALID],
    ['another office', OTHER_OFFICE],
  ])('keeps the templates of %s valid once filled', (_office, contentDir) => {
    for (const kind of ['release', 'meeting'] as const) {
      const text = fillTemplate(kind, readFileSync(templateOf(contentDir, kind), 'utf8'), {
        title: 'Judul: dengan titik dua',
        day: '2024-11-23',
        time: '10:15',
        offset: '+07:00',
        office: OFFICE,
      });
      expect(templateErrors(kind, `${kind}.md`, text)).toEqual([]);
      expect(text).toContain('title: "Judul: dengan titik dua"\n');
      expect(text).not.toContain('TEMPLAT');
    }
  });

  it('refuses a template that lost a field it must fill', () => {
    expect(() =>
      fillTemplate('release', '---\ntitle: x\n---\n', {
        title: 'A',
        day: '2024-11-23',
        time: '09:00',
        offset: '+07:00',
      }),
    ).toThrow(/no "publishedAt:" line/);
  });
});

describe('createRecord', () => {
  it("creates a release dated today in WIB, at the current time, in the year's folder", () => {
    const copy = copyFixture();
    try {
      const record = createRecord({
        kind: 'release',
        title: 'Tim PORA Gelar Rakor di Lahat',
        contentDir: copy.contentDir,
        root: copy.root,
        now: AFTER_MIDNIGHT,
      });
      expect(record.file).toBe('content/press-releases/2024/2024-11-24-tim-pora-gelar-rakor-di-lahat.md');
      expect(record.text).toContain('publishedAt: 2024-11-24T00:30:00+07:00\n');
      expect(record.text).toContain('title: Tim PORA Gelar Rakor di Lahat\n');
      expect(record.text).toContain('draft: true\n');
    } finally {
      copy.remove();
    }
  });

  it('creates a meeting on another day with --date, with times and a due date', () => {
    const copy = copyFixture();
    try {
      const record = createRecord({
        kind: 'meeting',
        title: 'Rakor Tim PORA Kota Prabumulih',
        contentDir: copy.contentDir,
        root: copy.root,
        now: LATE_EVENING,
        day: '2025-12-28',
      });
      expect(record.file).toBe('content/meetings/2025/2025-12-28-rakor-tim-pora-kota-prabumulih.md');
      expect(record.text).toContain('startsAt: 2025-12-28T09:00:00+07:00\nendsAt: 2025-12-28T12:00:00+07:00\n');
      expect(record.text).toContain('    due: 2026-01-11\n');
    } finally {
      copy.remove();
    }
  });

  it('uses the time zone of site.yaml', () => {
    const copy = copyFixture();
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(
        site,
        readFileSync(site, 'utf8')
          .replace(/^timeZone: .*$/m, 'timeZone: Asia/Makassar')
          .replace(/WIB/g, 'WITA'),
      );
      const record = createRecord({
        kind: 'release',
        title: 'Uji',
        contentDir: copy.contentDir,
        root: copy.root,
        now: LATE_EVENING,
      });
      expect(record.file).toBe('content/press-releases/2024/2024-11-24-uji.md');
      expect(record.text).toContain('publishedAt: 2024-11-24T00:30:00+08:00\n');
    } finally {
      copy.remove();
    }
  });

  it('writes a file that npm run check accepts, pointing at every TODO', () => {
    const copy = copyFixture();
    try {
      const options = { contentDir: copy.contentDir, root: copy.root, now: LATE_EVENING };
      const release = createRecord({ ...options, kind: 'release', title: 'Rilis Uji' });
      const meeting = createRecord({ ...options, kind: 'meeting', title: 'Rapat Uji' });
      writeRecord(release);
      writeRecord(meeting);
      const { content, issues } = checkContent(copy.contentDir, { root: copy.root });
      expect(content).toBeDefined();
      const mine = issues.filter((issue) => issue.file === release.file || issue.file === meeting.file);
      expect(mine.length).toBeGreaterThan(5);
      expect(mine.every((issue) => issue.severity === 'warning' && issue.message.endsWith('[placeholder]'))).toBe(true);
      expect(mine.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['summary', 'author', 'chair.name', 'public.summary', 'location.name']),
      );
      expect(mine.map(formatIssue).every((line) => /:\d+:\d+: warning: /.test(line))).toBe(true);
    } finally {
      copy.remove();
    }
  });

  it('refuses to overwrite an existing file', () => {
    const copy = copyFixture();
    try {
      const options = { kind: 'release' as const, title: 'Rilis Uji', contentDir: copy.contentDir, root: copy.root };
      const record = createRecord({ ...options, day: '2024-11-23' });
      writeRecord(record);
      writeFileSync(record.path, 'edited by hand');
      expect(() => createRecord({ ...options, day: '2024-11-23' })).toThrow(NewRecordError);
      expect(() => createRecord({ ...options, day: '2024-11-23' })).toThrow(/already exists/);
      expect(() => writeRecord(record)).toThrow(/already exists/);
      expect(readFileSync(record.path, 'utf8')).toBe('edited by hand');
    } finally {
      copy.remove();
    }
  });

  it.each([
    [{ title: '   ' }, /give a title/],
    [{ title: '???' }, /no letters or digits/],
    [{ title: 'Uji', day: '2024-02-30' }, /not a day written as YYYY-MM-DD/],
    [{ title: 'Uji', day: '23-11-2024' }, /not a day written as YYYY-MM-DD/],
  ])('refuses %j', (options, message) => {
    const copy = copyFixture();
    try {
      expect(() => createRecord({ kind: 'release', contentDir: copy.contentDir, ...options })).toThrow(message);
    } finally {
      copy.remove();
    }
  });
});

describe('npm run new', () => {
  const run = (copy: FixtureCopy, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
      cwd: copy.root,
      encoding: 'utf8',
      env: { ...process.env, WARTA_CONTENT: copy.contentDir },
    });

  it('creates the file and says what to do next', () => {
    const copy = copyFixture();
    try {
      const result = run(copy, 'meeting', 'Rakor Tim PORA Lahat', '--date', '2025-03-12');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Created content/meetings/2025/2025-03-12-rakor-tim-pora-lahat.md');
      expect(result.stdout).toContain('npm run check');
      mkdirSync(join(copy.contentDir, 'meetings', '2025'), { recursive: true });
      expect(readFileSync(join(copy.contentDir, 'meetings/2025/2025-03-12-rakor-tim-pora-lahat.md'), 'utf8')).toMatch(
        /^---\n/,
      );
      const again = run(copy, 'meeting', 'Rakor Tim PORA Lahat', '--date', '2025-03-12');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');
    } finally {
      copy.remove();
    }
  });

  it('explains a wrong kind or a missing title, with exit code 2', () => {
    const copy = copyFixture();
    try {
      const wrong = run(copy, 'berita', 'Judul');
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain('"berita" is not a kind of record: use release or meeting');
      expect(run(copy, 'release').status).toBe(2);
    } finally {
      copy.remove();
    }
  });
});
