// The wire corpus: texts pasted as press officers paste them (wire desks, ministry pages, regional
// and local portals, with their page furniture), each with the draft a careful editor would write
// from it. Every text is imported against a small South Sumatra registry on a fixed reference day
// and compared with its golden file field by field, paragraph by paragraph and TODO by TODO.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { SUMMARY_MAX } from '../../src/lib/lint/rules/length.ts';
import { organizationNameOn } from '../../src/lib/registry.ts';
import { importWire } from '../../scripts/lib/import/index.ts';

const WIRE = join(import.meta.dirname, '..', 'fixtures', 'wire');
const CORPUS = join(WIRE, 'corpus');
const REGISTRY = join(WIRE, 'registry');

/** Import options of a fixture (<name>.options.json): the reference day, and what the editor would pass. */
interface CorpusOptions {
  date: string;
  title?: string;
  source?: string;
  url?: string;
}

/** A draft taken apart: frontmatter fields, the comment lines that ask for work, and the paragraphs. */
interface Draft {
  text: string;
  fields: Record<string, unknown>;
  todo: string[];
  paragraphs: string[];
}

/** Comment lines asking for work; the reasons of a dateline TODO and of a warning are free text, so only their presence counts. */
const TODO_LINE = /^# (?:TODO|PERINGATAN)\b/;
const FREE_REASON = /^(# TODO dateline:|# PERINGATAN:).*/;

function readDraft(text: string, file: string): Draft {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter between two --- lines`);
  const [, frontmatter = '', body = ''] = match;
  return {
    text,
    fields: (parse(frontmatter) ?? {}) as Record<string, unknown>,
    todo: frontmatter
      .split('\n')
      .filter((line) => TODO_LINE.test(line))
      .map((line) => line.replace(FREE_REASON, '$1 …')),
    paragraphs: body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  };
}

const registry = loadContent(REGISTRY, { root: REGISTRY }).partial;

/** One fixture: its text, options, the expected draft, and the importer's draft (made once, on first use). */
interface Fixture {
  name: string;
  source: string;
  options: CorpusOptions;
  expected: Draft;
  imported: () => Draft;
}

function fixture(name: string): Fixture {
  const source = readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
  const options = JSON.parse(readFileSync(join(CORPUS, `${name}.options.json`), 'utf8')) as CorpusOptions;
  const expectedFile = `${name}.expected.md`;
  const expected = readDraft(readFileSync(join(CORPUS, expectedFile), 'utf8'), expectedFile);
  let draft: Draft | undefined;
  const imported = () => {
    draft ??= readDraft(
      importWire(source, {
        contentDir: REGISTRY,
        root: REGISTRY,
        reference: options.date,
        title: options.title,
        source: options.source,
        url: options.url,
      }).text,
      `the draft of ${name}.txt`,
    );
    return draft;
  };
  return { name, source, options, expected, imported };
}

const corpus = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => fixture(file.slice(0, -'.txt'.length)))
  .sort((a, b) => a.name.localeCompare(b.name));

/** Words pages put around a story that must never reach a paragraph or the summary. */
const FURNITURE: readonly [string, RegExp][] = [
  ['a photo caption', /\bFoto\s*:|\(Foto\b|\/Dok\)/i],
  ['a "Baca juga" link', /\bBaca (?:juga|berita)\b/i],
  ['a byline', /\bPenulis\s*:|\bOleh\s*:|\*\*@\(|\bPewarta\s*:/i],
  ['an editor credit', /\bEditor\s*:|\bRedaktur\s*:/i],
  ['a copyright footer', /\bCopyright\b|©|\bHak cipta\b/i],
  ['share buttons', /\bBagikan\s*:|\bShare\s*:|\bFacebook\b|\bWhatsApp\b/i],
  ['tags', /^Tags?\s*:/i],
  ['a breadcrumb', /\bBeranda\s*[»>/]/i],
  ['a date-time line', /^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),\s*\d{1,2}\s+\p{L}+\s+\d{4}\b/iu],
  ['a "first published at" note', /\btelah tayang di\b/i],
];

/** Titles the press writes without a name ("pungkas Wawako"): never a person's name. */
const TITLE_ALONE =
  /^(?:Wawako|Wako|Wali Kota|Bupati|Wabup|Sekda|Kadiv|Kakanwil|Kakanim|Kapolres|Kapolda|Dandim|Kajari|Kasat|Kasi|Kadis|Kaban|Camat)$/i;

/** Lower case letters and digits only, so "S.H.," and spacing do not matter when looking a name up. */
const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** Registry agencies named word for word by their name or short name on the day; a name inside a longer one does not count. */
function namedAgencies(text: string, day: string): { id: string; name: string }[] {
  const found = registry.organizations.flatMap((organization) => {
    const { name, shortName } = organizationNameOn(organization, day);
    return [name, shortName].flatMap((form) =>
      [
        ...text.matchAll(
          new RegExp(`(?<![\\p{L}\\d])${form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu'),
        ),
      ].map((match) => ({ id: organization.id, name: form, start: match.index, end: match.index + form.length })),
    );
  });
  return found.filter(
    (one) =>
      !found.some(
        (other) => other.end - other.start > one.end - one.start && other.start <= one.start && one.end <= other.end,
      ),
  );
}

describe.each(corpus)('the draft of $name', (fixture) => {
  it('fills every frontmatter field as the golden file does', () => {
    const { fields } = fixture.imported();
    const keys = new Set([...Object.keys(fixture.expected.fields), ...Object.keys(fields)]);
    for (const key of keys)
      expect.soft(fields[key], `${fixture.name}.expected.md, field ${key}`).toEqual(fixture.expected.fields[key]);
  });

  it('keeps the text paragraph by paragraph', () => {
    const { paragraphs } = fixture.imported();
    const count = Math.max(paragraphs.length, fixture.expected.paragraphs.length);
    for (let index = 0; index < count; index++)
      expect
        .soft(paragraphs[index], `${fixture.name}.expected.md, paragraph ${index + 1}`)
        .toBe(fixture.expected.paragraphs[index]);
  });

  it('asks for the same work in TODO and PERINGATAN lines', () => {
    expect(fixture.imported().todo, `${fixture.name}.expected.md, TODO and PERINGATAN lines`).toEqual(
      fixture.expected.todo,
    );
  });
});

// The issue's promises, checked on the golden files (so they cannot promise less) and on the imports.
describe.each([
  { drafts: 'the golden files', draftOf: (fixture: Fixture) => fixture.expected },
  { drafts: 'the imported drafts', draftOf: (fixture: Fixture) => fixture.imported() },
])('$drafts', ({ draftOf }) => {
  it('keep every summary within SUMMARY_MAX characters', () => {
    for (const fixture of corpus) {
      const summary = String(draftOf(fixture).fields['summary']);
      expect.soft(summary.length, `${fixture.name}: summary "${summary}"`).toBeLessThanOrEqual(SUMMARY_MAX);
    }
  });

  it('leave no caption, byline, footer or share row in a paragraph or the summary', () => {
    for (const fixture of corpus) {
      const { fields, paragraphs } = draftOf(fixture);
      const texts = [
        ['summary', String(fields['summary'])],
        ...paragraphs.map((paragraph, index) => [`paragraph ${index + 1}`, paragraph]),
      ];
      for (const [where = '', text = ''] of texts)
        for (const [what, pattern] of FURNITURE)
          expect.soft(pattern.test(text), `${fixture.name}: ${where} holds ${what}: "${text}"`).toBe(false);
    }
  });

  it('invent no one: every quoted person is named in the text, with the role as the text gives it', () => {
    const names = new Map(registry.people.map((person) => [person.id, person.name]));
    for (const fixture of corpus) {
      const text = squash(fixture.source);
      const people = (draftOf(fixture).fields['people'] ?? []) as { person?: string; name?: string; role?: string }[];
      for (const entry of people) {
        const name = entry.person ? (names.get(entry.person) ?? entry.person) : String(entry.name);
        expect.soft(text.includes(squash(name)), `${fixture.name}: people holds "${name}", not in the text`).toBe(true);
        expect.soft(TITLE_ALONE.test(name), `${fixture.name}: people holds "${name}", a title, not a name`).toBe(false);
        if (entry.role && entry.role !== 'TODO Jabatan')
          expect
            .soft(text.includes(squash(entry.role)), `${fixture.name}: role "${entry.role}" is not in the text`)
            .toBe(true);
      }
    }
  });

  it('mark a dateline they cannot read as TODO with the reason, and never take a site name for a city', () => {
    for (const fixture of corpus) {
      const { fields, todo } = draftOf(fixture);
      const dateline = String(fields['dateline']);
      if (dateline === 'TODO Kota')
        expect
          .soft(todo, `${fixture.name}: dateline TODO Kota without "# TODO dateline:"`)
          .toContain('# TODO dateline: …');
      else
        expect
          .soft(dateline, `${fixture.name}: dateline "${dateline}" is a site name`)
          .not.toMatch(/\.(?:com|id|net|co)\b|ANTARA|Warta/i);
    }
  });

  it('list every registry agency the text names by its name on the day, and nothing that is not an id', () => {
    const ids = new Set(registry.organizations.map((organization) => organization.id));
    for (const fixture of corpus) {
      const { fields } = draftOf(fixture);
      const listed = (fields['organizations'] ?? []) as string[];
      const day = String(fields['publishedAt']).slice(0, 10);
      for (const { id, name } of namedAgencies(fixture.expected.paragraphs.join('\n'), day))
        expect.soft(listed, `${fixture.name}: "${name}" is in the text`).toContain(id);
      for (const id of listed) expect.soft(ids.has(id), `${fixture.name}: organizations holds "${id}"`).toBe(true);
    }
  });
});

describe('the corpus', () => {
  it('holds the texts the issue asks for, each with a reference day', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(16);
    expect(corpus.filter(({ source }) => source.includes('\r\n')).map(({ name }) => name)).toEqual([
      'crlf-salah-ketik',
    ]);
    for (const { name, options } of corpus)
      expect(options.date, `${name}.options.json: date`).toMatch(/^20(?:24|25|26)-\d{2}-\d{2}$/);
  });

  it('has golden files that npm run check accepts, so a committed import never breaks the build', () => {
    const root = mkdtempSync(join(tmpdir(), 'warta-wire-corpus-'));
    try {
      const contentDir = join(root, 'content');
      cpSync(REGISTRY, contentDir, { recursive: true });
      for (const fixture of corpus) {
        const day = String(fixture.expected.fields['publishedAt']).slice(0, 10);
        const folder = join(contentDir, 'press-releases', day.slice(0, 4));
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${day}-${fixture.name}.md`), fixture.expected.text);
      }
      const { content, issues } = checkContent(contentDir, { root });
      expect(issues.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([]);
      expect(content?.releases).toHaveLength(corpus.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
