import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  ContentError,
  formatIssue,
  formatPath,
  quote,
  sortIssues,
  type ContentIssue,
} from '../../src/lib/content/issues.ts';
import { loadContent, loadContentOrThrow } from '../../src/lib/content/load.ts';
import { parseMarkdown, parseYaml } from '../../src/lib/content/source.ts';
import { validate } from '../../src/lib/content/validate.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { PersonSchema } from '../../src/schemas/person.ts';
import { copyFixture, INVALID, invalidCases, loadFixture, report, VALID } from './content-fixtures.ts';

const RELEASE = 'content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md';
const RELEASE_WITH_IMAGE = 'content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md';
const MEETING = 'content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md';

/** Loads the valid fixture; fails the calling test with the issues if there are any. */
function loadValid() {
  const { content, issues } = loadFixture();
  expect(report(issues)).toBe('');
  if (!content) throw new Error('the valid fixture did not load');
  return content;
}

const tested = new Set<string>();

/** Loads an invalid case, checks that it was refused, and returns the report `npm run check` prints. */
function check(invalidCase: string): string {
  tested.add(invalidCase);
  const { content, issues } = loadFixture(invalidCase);
  expect(content).toBeUndefined();
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
  return report(issues);
}

/** Issues of an invalid case, for assertions on single fields. */
function issuesOf(invalidCase: string): ContentIssue[] {
  tested.add(invalidCase);
  return loadFixture(invalidCase).issues;
}

/** The source text an issue points at: from its line and column to the end of that line. */
function textAt(invalidCase: string, issue: ContentIssue): string {
  const relative = issue.file.replace(/^content\//, '');
  const overlay = join(INVALID, invalidCase, relative);
  const text = readFileSync(existsSync(overlay) ? overlay : join(VALID, relative), 'utf8');
  if (issue.line === undefined || issue.column === undefined) throw new Error(`${formatIssue(issue)} has no position`);
  return (text.split('\n')[issue.line - 1] ?? '').slice(issue.column - 1);
}

/** Issues of the valid fixture after `edit` changed a copy of it. */
function issuesAfter(edit: (contentDir: string) => void): ContentIssue[] {
  const copy = copyFixture();
  try {
    edit(copy.contentDir);
    return loadContent(copy.contentDir, { root: copy.root }).issues;
  } finally {
    copy.remove();
  }
}

/** The report of the valid fixture after `edit` changed a copy of it. */
const reportAfter = (edit: (contentDir: string) => void) => report(issuesAfter(edit));

/** Replaces text in a file, failing when the text is not there. */
function editFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(file, text.replace(from, to));
}

describe('loadContent', () => {
  describe('with the valid fixture', () => {
    it('loads without any issue', () => {
      const { content, issues } = loadFixture();
      expect(issues).toEqual([]);
      expect(content).toBeDefined();
    });

    it('loads every record and registry item', () => {
      const content = loadValid();
      expect({
        regions: content.regions.length,
        organizations: content.organizations.length,
        people: content.people.length,
        releases: content.releases.length,
        meetings: content.meetings.length,
      }).toEqual({ regions: 4, organizations: 5, people: 3, releases: 7, meetings: 3 });
    });

    it('names each record by its file name and shows its path from the root', () => {
      const content = loadValid();
      expect(content.releases.map((release) => release.id)).toEqual([
        '2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam',
        '2024-12-02-rencana-sosialisasi-penginapan',
        '2024-12-05-laporan-internal-pengawasan',
        '2024-12-10-posko-pengawasan-orang-asing-ditutup',
        '2025-03-05-pendataan-pekerja-asing-tambang-muara-enim',
        '2025-06-10-penginapan-palembang-diminta-lapor',
        '2030-01-15-operasi-gabungan-awal-tahun',
      ]);
      expect(content.meetings.map((meeting) => meeting.file)).toEqual([
        'content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md',
        'content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md',
        'content/meetings/2024/2024-12-09-rapat-evaluasi-operasi-gabungan.md',
      ]);
    });

    it('reads date-times with their offset as instants', () => {
      const content = loadValid();
      const release = content.releases.find((entry) => entry.file === RELEASE);
      expect(release?.data.publishedAt).toEqual(new Date('2024-11-23T03:15:00Z'));
      expect(release?.data.updates[0]?.at).toEqual(new Date('2024-11-23T08:40:00Z'));
    });

    it('keeps calendar days and region codes as text', () => {
      const content = loadValid();
      const meeting = content.meetings.find((entry) => entry.file === MEETING);
      expect(meeting?.data.actions.map((action) => action.due)).toEqual(['2024-11-25', '2024-11-24', '2024-12-06']);
      expect(content.regions.map((region) => region.id)).toEqual(['16.03', '16.10', '16.71', '16.72']);
    });

    it('fills in schema defaults', () => {
      const content = loadValid();
      const [meeting, followUp, closed] = content.meetings;
      expect(meeting?.data.classification).toBe('terbatas');
      expect(closed?.data.classification).toBe('rahasia');
      expect(followUp?.data.agenda).toEqual([]);
      expect(followUp?.data.public).toMatchObject({ showVenue: false, showParticipants: true });
      expect(meeting?.data.participants[1]).toEqual({ organization: 'pemkot-pagaralam', people: [] });
      const release = content.releases.find((entry) => entry.file === RELEASE);
      expect(release?.data).toMatchObject({ draft: false, visibility: 'public' });
    });

    it('keeps the Markdown body apart from the frontmatter', () => {
      const content = loadValid();
      const meeting = content.meetings.find((entry) => entry.file === MEETING);
      expect(meeting?.body.startsWith('\nPENANDA-NOTULEN-1 Rapat dibuka')).toBe(true);
      expect(JSON.stringify(meeting?.data)).not.toContain('PENANDA-NOTULEN');
    });

    it('skips templates, and the .DS_Store and .gitkeep files that tools leave beside the records', () => {
      const copy = copyFixture();
      try {
        writeFileSync(join(copy.contentDir, 'press-releases', '_template.md'), '---\ntitle:\n---\n');
        writeFileSync(join(copy.contentDir, 'meetings', '2024', '.DS_Store'), '');
        writeFileSync(join(copy.contentDir, 'press-releases', '.gitkeep'), '');
        const { content, issues } = loadContent(copy.contentDir, { root: copy.root });
        expect(issues).toEqual([]);
        expect(content?.releases).toHaveLength(7);
      } finally {
        copy.remove();
      }
    });

    it('names files relative to the root it is given', () => {
      const copy = copyFixture();
      try {
        mkdirSync(join(copy.contentDir, 'lampiran'));
        const { issues } = loadContent(copy.contentDir, { root: copy.contentDir });
        expect(issues.map((issue) => issue.file)).toEqual(['lampiran']);
      } finally {
        copy.remove();
      }
    });
  });

  describe('with an invalid fixture', () => {
    it('reports broken YAML as a syntax error', () => {
      expect(check('broken-yaml')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:2:1: is not valid YAML: a closing quote or bracket is missing (check indentation, colons and quotes)"`,
      );
    });

    it('reports a duplicated key in the frontmatter', () => {
      expect(check('duplicate-yaml-key')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:7:1: is not valid YAML: a field appears twice (check indentation, colons and quotes)"`,
      );
    });

    it('reports a missing required field', () => {
      expect(check('missing-required-field')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:2:1: dateline is required: add it (text)"`,
      );
    });

    it('suggests the field an unknown key was meant to be', () => {
      expect(check('unknown-key')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:2:1: organizer is required: add it (text)
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:9:1: organiser is not a known field (did you mean "organizer"?)"
      `);
    });

    it('refuses days that do not exist', () => {
      expect(check('bad-date')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:52:10: actions[2].due "2024-11-31" is not a real calendar day
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:7:14: publishedAt "2024-02-30T10:15:00+07:00" is not a real date and time"
      `);
    });

    it('refuses times without a UTC offset', () => {
      expect(check('date-without-offset')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:4:11: startsAt "2024-11-22 09:00" must be a date and time with its offset, e.g. "2024-11-23T10:15:00+07:00"
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:7:14: publishedAt "2024-11-23T10:15:00" must be a date and time with its offset, e.g. "2024-11-23T10:15:00+07:00""
      `);
    });

    it('suggests the organization a near-miss id was meant to be', () => {
      expect(check('unknown-organization-reference')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:51:12: actions[2].owner "bnnk-pagaralam-selatan" is not in content/organizations.yaml: add it there or fix the id
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:18:5: organizations[2] "polres-pagar-alam" is not in content/organizations.yaml (did you mean "polres-pagaralam"?)"
      `);
    });

    it('reports regions that are not in the registry', () => {
      expect(check('unknown-region')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:8:11: location.region "16.99" is not in content/regions.yaml: add it there or fix the id
        content/organizations.yaml:32:11: [4].region "16.74" is not in content/regions.yaml: add it there or fix the id"
      `);
    });

    it('suggests the meeting a related-meeting id was meant to be', () => {
      expect(check('unknown-meeting-reference')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:30:5: relatedMeetings[0] "2024-11-21-rakor-tim-pora-pagaralam" is not in content/meetings/ (did you mean "2024-11-22-rakor-tim-pora-pagaralam"?)"`,
      );
    });

    it('reports related press releases that do not exist', () => {
      expect(check('unknown-release-reference')).toMatchInlineSnapshot(
        `"content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:58:5: relatedPressReleases[1] "operasi-gabungan-awal-tahun" is not in content/press-releases/: add it there or fix the id"`,
      );
    });

    it('reports people and role organizations that are not in the registries', () => {
      expect(check('unknown-person')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:11:11: chair.person "ilham-jaya" is not in content/people.yaml (did you mean "ilham-djaya"?)
        content/people.yaml:26:21: [3].roles[0].organization "kesbangpol" is not in content/organizations.yaml: add it there or fix the id"
      `);
    });

    it('refuses two records with the same file name in different year folders', () => {
      expect(check('duplicate-slug')).toMatchInlineSnapshot(
        `"content/press-releases/2025/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md: "2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam" is already the name of content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md: file names must be unique across year folders, so rename one"`,
      );
    });

    it('refuses two registry items with the same id', () => {
      expect(check('duplicate-registry-id')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:24:17: participants[2].people[0].person "andi-pratama" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md:13:11: noteTaker.person "andi-pratama" is not in content/people.yaml: add it there or fix the id
        content/people.yaml:17:7: [2].id "sari-wulandari" is already the id of person ([1]): give each person its own id"
      `);
    });

    it('refuses a meeting that ends before it starts', () => {
      expect(check('ends-before-starts')).toMatchInlineSnapshot(
        `"content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:5:9: endsAt 2024-11-22T08:30:00+07:00 is not after startsAt 2024-11-22T09:00:00+07:00: check the day and the hour"`,
      );
    });

    it('refuses two actions of one meeting with the same id', () => {
      expect(check('duplicate-action-id')).toMatchInlineSnapshot(
        `"content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:49:9: actions[2].id "a2" is already the id of actions[1]: give each action of a meeting its own id"`,
      );
    });

    it('reports an empty record file', () => {
      expect(check('empty-file')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-12-02-rencana-sosialisasi-penginapan.md: is empty: fill it in (the _template.md of its collection lists every field) or delete it"`,
      );
    });

    it('reports a registry file without items', () => {
      expect(check('empty-registry')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:11:11: chair.person "ilham-djaya" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:19:17: participants[0].people[0].person "ilham-djaya" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:20:17: participants[0].people[1].person "sari-wulandari" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:24:17: participants[2].people[0].person "andi-pratama" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md:11:11: chair.person "sari-wulandari" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md:13:11: noteTaker.person "andi-pratama" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-12-09-rapat-evaluasi-operasi-gabungan.md:11:11: chair.person "ilham-djaya" is not in content/people.yaml: add it there or fix the id
        content/meetings/2024/2024-12-09-rapat-evaluasi-operasi-gabungan.md:13:11: noteTaker.person "sari-wulandari" is not in content/people.yaml: add it there or fix the id
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:25:13: people[0].person "ilham-djaya" is not in content/people.yaml: add it there or fix the id
        content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:20:13: people[0].person "sari-wulandari" is not in content/people.yaml: add it there or fix the id"
      `);
    });

    it('names the expected type when a value has the wrong one', () => {
      expect(check('wrong-type')).toMatchInlineSnapshot(`
        "content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:21:9: topics "pilkada" must be a list, not text
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:27:8: draft "yes" must be true or false, not text
        content/site.yaml:14:11: pageSize "10" must be a number, not text"
      `);
    });

    it('asks for quotes when a region code was read as a number', () => {
      expect(check('region-code-unquoted')).toMatchInlineSnapshot(
        `"content/regions.yaml:4:7: [1].id 16.10 must be text, not a number (put it in quotes)"`,
      );
    });

    it('keeps status and doneOn of actions consistent', () => {
      expect(check('done-without-doneOn')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:37:5: actions[0].doneOn is required when status is "done": add the day it was done
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:52:13: actions[2].status is "open" but doneOn is set: set status to "done" or remove doneOn"
      `);
    });

    it('reports files that no collection loads', () => {
      expect(check('stray-file')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-12-20-rakor-lanjutan.markdown: is not loaded: records end in .md or .mdx, and only pictures and attachments (.jpg, .png, .webp, .pdf, ...) may sit beside them; rename, move or remove it
        content/press-releases/2024/catatan-redaksi.txt: is not loaded: records end in .md or .mdx, and only pictures and attachments (.jpg, .png, .webp, .pdf, ...) may sit beside them; rename, move or remove it
        content/README.md: does not belong in the content folder, which holds site.yaml, regions.yaml, organizations.yaml, people.yaml, press-releases/ and meetings/; move or remove it"
      `);
    });

    it('refuses a followsUp that names a later meeting or the meeting itself', () => {
      expect(check('follows-up-later-meeting')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md:31:12: followsUp "2024-12-09-rapat-evaluasi-operasi-gabungan" is not an earlier meeting: followsUp names the meeting whose actions this one reviewed
        content/meetings/2024/2024-12-09-rapat-evaluasi-operasi-gabungan.md:19:12: followsUp names this meeting itself: name the earlier meeting whose actions were reviewed"
      `);
    });

    it('requires alt text for an image', () => {
      expect(check('image-without-alt')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:3: image.alt is required: add it (text)"`,
      );
    });

    it('explains why alt text is needed instead of suggesting to remove it', () => {
      const alt = issuesOf('image-empty-alt').find((issue) => issue.path === 'image.alt');
      expect(alt).toMatchObject({ file: RELEASE_WITH_IMAGE, line: 26, column: 8 });
      expect(alt?.message).toContain('must describe the picture for readers who cannot see it');
      expect(alt?.message).not.toContain('remove the field');
    });

    it('reports pictures and attachments that do not exist, with the usual field path', () => {
      expect(check('missing-image-file')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:61:11: attachments[0].file "./2024-11-22-daftar-hadir.pdf" does not exist: the path is relative to this file (e.g. ./foto.jpg)
        content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "./posko.jpg" does not exist: the path is relative to this file (e.g. ./foto.jpg)"
      `);
    });

    it('refuses pictures and attachments outside the content folder, naming the field', () => {
      expect(check('image-outside-content')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:61:11: attachments[0].file "/etc/hostname" is an absolute path: name a file in the content folder, relative to this file (e.g. ./foto.jpg)
        content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "../../../../etc/passwd" is outside the content folder: copy the file next to this record and write its name (e.g. ./foto.jpg)"
      `);
    });

    it('refuses a picture that is a link to a file outside the content folder', () => {
      const copy = copyFixture();
      try {
        const picture = join(copy.contentDir, 'press-releases/2024/2024-12-10-posko-pengawasan.png');
        rmSync(picture);
        symlinkSync(join(copy.root, 'rahasia.png'), picture);
        writeFileSync(join(copy.root, 'rahasia.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(report(loadContent(copy.contentDir, { root: copy.root }).issues)).toMatchInlineSnapshot(
          `
          "content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "./2024-12-10-posko-pengawasan.png" is a link to a file outside the content folder: copy the file next to this record and write its name (e.g. ./foto.jpg)
          content/press-releases/2024/2024-12-10-posko-pengawasan.png: is a link to a file outside the content folder, which the site would publish: put the file itself in the folder"
        `,
        );
      } finally {
        copy.remove();
      }
    });

    it('refuses a record or registry that is a link to a file outside the content folder', () => {
      const copy = copyFixture();
      try {
        const record = join(copy.contentDir, 'press-releases/2024/2024-12-20-tautan.md');
        writeFileSync(
          join(copy.root, 'di-luar.md'),
          readFileSync(join(VALID, 'press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md')),
        );
        symlinkSync(join(copy.root, 'di-luar.md'), record);
        rmSync(join(copy.contentDir, 'people.yaml'));
        symlinkSync('/etc/hostname', join(copy.contentDir, 'people.yaml'));
        const issues = loadContent(copy.contentDir, { root: copy.root }).issues.filter((issue) =>
          issue.message.includes('is a link'),
        );
        expect(report(issues)).toMatchInlineSnapshot(`
          "content/people.yaml: is a link to a file outside the content folder, which the site would publish: put the file itself in the folder
          content/press-releases/2024/2024-12-20-tautan.md: is a link to a file outside the content folder, which the site would publish: put the file itself in the folder"
        `);
      } finally {
        copy.remove();
      }
    });

    it('refuses SVG pictures, which can carry script', () => {
      expect(check('svg-picture')).toMatchInlineSnapshot(
        `
        "content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "./2024-12-10-posko-pengawasan.svg" is not a picture the site publishes (.jpg, .jpeg, .png, .webp, .avif, .gif): export it as one of those and name that file
        content/press-releases/2024/2024-12-10-posko-pengawasan.svg: is an SVG picture, which can carry script that would run on the site: export it as PNG, JPEG or WebP and name that file instead"
      `,
      );
    });

    it('refuses hidden files and folders anywhere in the content folder, naming each', () => {
      expect(
        reportAfter((contentDir) => {
          writeFileSync(join(contentDir, 'meetings/2024/.notulen.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
          mkdirSync(join(contentDir, 'press-releases/.arsip'));
          writeFileSync(join(contentDir, 'press-releases/.arsip/2024-12-01-lama.md'), '---\ntitle: x\n---\n');
          mkdirSync(join(contentDir, '.cache'));
        }),
      ).toMatchInlineSnapshot(`
        "content/.cache: is hidden (its name starts with "."), so editors and reviews miss it, yet a record could publish it: rename it without the dot, or remove it
        content/meetings/2024/.notulen.svg: is hidden (its name starts with "."), so editors and reviews miss it, yet a record could publish it: rename it without the dot, or remove it
        content/press-releases/.arsip: is hidden (its name starts with "."), so editors and reviews miss it, yet a record could publish it: rename it without the dot, or remove it"
      `);
    });

    it('refuses an attachment or picture whose path names a hidden file or folder', () => {
      const issues = issuesAfter((contentDir) => {
        writeFileSync(join(contentDir, 'meetings/2024/.notulen.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
        editFile(join(contentDir, MEETING.replace('content/', '')), './2024-11-22-daftar-hadir.pdf', './.notulen.svg');
        mkdirSync(join(contentDir, 'press-releases/2024/.foto'));
        cpSync(
          join(contentDir, 'press-releases/2024/2024-12-10-posko-pengawasan.png'),
          join(contentDir, 'press-releases/2024/.foto/posko.png'),
        );
        editFile(
          join(contentDir, RELEASE_WITH_IMAGE.replace('content/', '')),
          './2024-12-10-posko-pengawasan.png',
          './.foto/posko.png',
        );
      });
      expect(report(issues.filter((issue) => issue.path !== ''))).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:61:11: attachments[0].file "./.notulen.svg" names a hidden file or folder (its name starts with "."): rename it without the dot and write the new name
        content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "./.foto/posko.png" names a hidden file or folder (its name starts with "."): rename it without the dot and write the new name"
      `);
    });

    it('refuses attachments and pictures of a type a browser could run as a page', () => {
      const issues = issuesAfter((contentDir) => {
        writeFileSync(join(contentDir, 'meetings/2024/lihat.html'), '<script>alert(1)</script>');
        editFile(join(contentDir, MEETING.replace('content/', '')), './2024-11-22-daftar-hadir.pdf', './lihat.html');
        editFile(
          join(contentDir, RELEASE_WITH_IMAGE.replace('content/', '')),
          './2024-12-10-posko-pengawasan.png',
          './2024-11-22-daftar-hadir.pdf',
        );
      });
      expect(report(issues.filter((issue) => issue.path !== ''))).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:61:11: attachments[0].file "./lihat.html" is not an attachment the site publishes (.jpg, .jpeg, .png, .webp, .avif, .gif, .pdf, .doc, .docx, .xls, .xlsx, .odt): export it as one of those and name that file
        content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "./2024-11-22-daftar-hadir.pdf" is not a picture the site publishes (.jpg, .jpeg, .png, .webp, .avif, .gif): export it as one of those and name that file"
      `);
    });

    it('refuses an attachment path that names a folder, which would fail the build', () => {
      const issues = issuesAfter((contentDir) => {
        mkdirSync(join(contentDir, 'meetings/2024/berkas.pdf'));
        editFile(join(contentDir, MEETING.replace('content/', '')), './2024-11-22-daftar-hadir.pdf', './berkas.pdf');
      });
      expect(report(issues)).toMatchInlineSnapshot(
        `"content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:61:11: attachments[0].file "./berkas.pdf" is a folder, not a file: name the file inside it"`,
      );
    });

    // Expanding the bomb would take far longer than the test's time limit.
    it('refuses a YAML alias bomb, naming the file and the first alias, without expanding it', () => {
      expect(check('yaml-alias-bomb')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:18:8: repeats a list or group of fields with a YAML alias (*name), which content may not use: a few such lines can expand without limit; write the values out"`,
      );
    });

    it('reports a record without frontmatter', () => {
      expect(check('no-frontmatter')).toMatchInlineSnapshot(
        `"content/meetings/2024/2024-12-09-rapat-evaluasi-operasi-gabungan.md:1:1: has no frontmatter: the file must begin with a line "---", the fields, and another "---""`,
      );
    });

    it('lists the allowed values of a choice and suggests the nearest', () => {
      expect(check('unknown-enum')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:3:7: kind "rakorr" is not allowed: use one of rakor, operasi-gabungan, sosialisasi, pembentukan-tim, lainnya (did you mean "rakor"?)
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:54:17: classification "rahasia negara" is not allowed: use one of biasa, terbatas, rahasia, sangat-rahasia
        content/press-releases/2024/2024-12-02-rencana-sosialisasi-penginapan.md:10:13: visibility "privat" is not allowed: use one of public, internal"
      `);
    });

    it('reports a missing site.yaml', () => {
      expect(check('missing-site')).toMatchInlineSnapshot(
        `"content/site.yaml: is missing: every site needs this file (see the sample content)"`,
      );
    });

    it('refuses record file names that are not YYYY-MM-DD-words', () => {
      expect(check('bad-file-name')).toMatchInlineSnapshot(
        `"content/press-releases/2024/Rencana Sosialisasi.md: has a name that is not YYYY-MM-DD-words-with-hyphens.md: rename it, e.g. 2024-11-23-rakor-tim-pora.md"`,
      );
    });

    it('refuses a person mention that mixes or lacks both forms', () => {
      expect(check('bad-person-mention')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:11:3: chair uses person together with name, role or organization: give either person: <id> or name and role, not both
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:25:9: participants[2].people[0] needs both name and role (or person: <id> from content/people.yaml)"
      `);
    });

    it('checks the address, time zone and e-mail of the site', () => {
      expect(check('site-bad-values')).toMatchInlineSnapshot(`
        "content/site.yaml:7:6: url "warta-uji.example.org" must be a full web address starting with https://
        content/site.yaml:8:11: timeZone "WIB" is not an IANA time zone such as "Asia/Jakarta"
        content/site.yaml:12:10: contact.email "humas di warta-uji.example.org" must be an e-mail address"
      `);
    });

    it('refuses an update dated before publication', () => {
      expect(check('update-before-published')).toMatchInlineSnapshot(
        `"content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:9:9: updates[0].at 2024-11-22T15:40:00+07:00 is before publishedAt 2024-11-23T10:15:00+07:00: an update comes after publication"`,
      );
    });

    it('refuses an organization that is its own parent', () => {
      expect(check('organization-own-parent')).toMatchInlineSnapshot(
        `"content/organizations.yaml:20:11: [2].parent is the organization itself: name its parent or remove the field"`,
      );
    });

    it('reports every error of several files in one run', () => {
      const issues = issuesOf('several-errors');
      expect(new Set(issues.map((issue) => issue.file))).toEqual(
        new Set([
          'content/site.yaml',
          'content/regions.yaml',
          RELEASE,
          'content/press-releases/2024/2024-12-02-rencana-sosialisasi-penginapan.md',
          'content/press-releases/2024/catatan.txt',

          MEETING,
          'content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md',
        ]),
      );
      expect(check('several-errors')).toMatchInlineSnapshot(`
        "content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:5:9: endsAt 2024-11-22T08:30:00+07:00 is not after startsAt 2024-11-22T09:00:00+07:00: check the day and the hour
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:37:5: actions[0].doneOn is required when status is "done": add the day it was done
        content/meetings/2024/2024-12-06-rakor-evaluasi-pengawasan-pilkada.md:17:19: participants[2].organization "polres-pagar-alam" is not in content/organizations.yaml (did you mean "polres-pagaralam"?)
        content/press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md:7:14: publishedAt "2024-02-30T10:15:00+07:00" is not a real date and time
        content/press-releases/2024/2024-12-02-rencana-sosialisasi-penginapan.md: is empty: fill it in (the _template.md of its collection lists every field) or delete it
        content/press-releases/2024/catatan.txt: is not loaded: records end in .md or .mdx, and only pictures and attachments (.jpg, .png, .webp, .pdf, ...) may sit beside them; rename, move or remove it
        content/regions.yaml:4:7: [1].id 16.10 must be text, not a number (put it in quotes)
        content/site.yaml:10:1: timezone is not a known field (did you mean "timeZone"?)"
      `);
    });

    it.each([
      { invalidCase: 'unknown-key', path: 'organiser', text: 'organiser: kanwil-imigrasi-sumsel' },
      { invalidCase: 'bad-date', path: 'publishedAt', text: '2024-02-30T10:15:00+07:00' },
      { invalidCase: 'bad-date', path: 'actions[2].due', text: '2024-11-31' },
      { invalidCase: 'date-without-offset', path: 'startsAt', text: '2024-11-22 09:00' },
      { invalidCase: 'unknown-organization-reference', path: 'organizations[2]', text: 'polres-pagar-alam' },
      { invalidCase: 'unknown-region', path: '[4].region', text: "'16.74'" },
      { invalidCase: 'region-code-unquoted', path: '[1].id', text: '16.10' },
      { invalidCase: 'duplicate-action-id', path: 'actions[2].id', text: 'a2' },
      { invalidCase: 'done-without-doneOn', path: 'actions[2].status', text: 'open' },
      { invalidCase: 'wrong-type', path: 'draft', text: 'yes' },
      { invalidCase: 'bad-person-mention', path: 'chair', text: 'person: ilham-djaya' },
      { invalidCase: 'image-without-alt', path: 'image.alt', text: 'src: ./2024-12-10-posko-pengawasan.png' },
      { invalidCase: 'ends-before-starts', path: 'endsAt', text: '2024-11-22T08:30:00+07:00' },
      {
        invalidCase: 'follows-up-later-meeting',
        path: 'followsUp',
        text: '2024-12-09-rapat-evaluasi-operasi-gabungan',
      },
    ])('points $invalidCase at the line and column of $path', ({ invalidCase, path, text }) => {
      const matching = issuesOf(invalidCase).filter((issue) => issue.path === path);
      expect(matching.length).toBeGreaterThan(0);
      for (const issue of matching) expect(textAt(invalidCase, issue)).toBe(text);
    });

    it.each(['stray-file', 'empty-file', 'missing-site', 'bad-file-name'])(
      'reports %s for the whole file, without a position',
      (invalidCase) => {
        const issues = issuesOf(invalidCase);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) expect([issue.line, issue.column, issue.path]).toEqual([undefined, undefined, '']);
      },
    );

    it('has a test for every invalid case on disk', () => {
      expect([...tested].sort()).toEqual(invalidCases());
    });
  });
});

describe('loadContentOrThrow', () => {
  it('returns the content when there is no error', () => {
    const copy = copyFixture();
    try {
      expect(loadContentOrThrow(copy.contentDir, { root: copy.root }).content.meetings).toHaveLength(3);
    } finally {
      copy.remove();
    }
  });

  it('throws a ContentError that lists every error', () => {
    const copy = copyFixture('done-without-doneOn');
    try {
      expect(() => loadContentOrThrow(copy.contentDir, { root: copy.root })).toThrowErrorMatchingInlineSnapshot(`
        [ContentError: 2 content errors; nothing was built:
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:37:5: actions[0].doneOn is required when status is "done": add the day it was done
        content/meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md:52:13: actions[2].status is "open" but doneOn is set: set status to "done" or remove doneOn]
      `);
      expect(() => loadContentOrThrow(copy.contentDir, { root: copy.root })).toThrow(ContentError);
    } finally {
      copy.remove();
    }
  });
});

describe('parseMarkdown', () => {
  it('numbers frontmatter lines as lines of the whole file', () => {
    const { source } = parseMarkdown('a.md', '---\ntitle: Rapat\nkind: rakor\n---\nIsi.\n');
    expect(source.locate(['kind'])).toEqual({ line: 3, column: 7 });
    expect(source.body).toBe('Isi.\n');
  });

  it('reads files with Windows line endings', () => {
    const { source, issues } = parseMarkdown('a.md', '---\r\ntitle: Rapat\r\n---\r\nIsi.\r\n');
    expect(issues).toEqual([]);
    expect(source.data).toEqual({ title: 'Rapat' });
  });

  it('reads empty frontmatter as no fields', () => {
    expect(parseMarkdown('a.md', '---\n---\nIsi.\n').source.data).toEqual({});
  });

  it('refuses frontmatter that is never closed', () => {
    const { source, issues } = parseMarkdown('a.md', '---\ntitle: Rapat\nIsi.\n');
    expect(source.data).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      'a.md:1:1: has no frontmatter: the file must begin with a line "---", the fields, and another "---"',
    ]);
  });
});

describe('parseYaml', () => {
  it('keeps dates as text for the schemas to read', () => {
    expect(parseYaml('a.yaml', 'due: 2024-12-15\nat: 2024-11-23T10:15:00+07:00\n').source.data).toEqual({
      due: '2024-12-15',
      at: '2024-11-23T10:15:00+07:00',
    });
  });

  it('locates a key when asked for it, and the value otherwise', () => {
    const { source } = parseYaml('a.yaml', 'contact:\n  email: humas@example.org\n');
    expect(source.locate(['contact'], 'email')).toEqual({ line: 2, column: 3 });
    expect(source.locate(['contact', 'email'])).toEqual({ line: 2, column: 10 });
  });

  it('locates a missing field at its nearest parent', () => {
    const { source } = parseYaml('a.yaml', 'contact:\n  email: humas@example.org\n');
    expect(source.locate(['contact', 'phone'])).toEqual({ line: 2, column: 3 });
  });

  // The fast reader gives the data, the positional one the messages: on this project's files they agree.
  it('reads every YAML file of the sample content and the fixtures as the positional parser does', () => {
    const files = ['content', 'tests/fixtures'].flatMap((root) =>
      readdirSync(root, { recursive: true })
        .map((name) => join(root, String(name)))
        .filter((file) => /\.(ya?ml|mdx?)$/.test(file))
        // Valid YAML both parsers read, but refused: it is tested on its own.
        .filter((file) => !file.includes('yaml-alias-bomb')),
    );
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = /\.ya?ml$/.test(file) ? text : (/^---\r?\n([\s\S]*?)\r?\n?^---/m.exec(text)?.[1] ?? '');
      const fast = parseYaml(file, yaml);
      const positional = parseDocument(yaml.replace(/^\uFEFF/, ''), { uniqueKeys: true });
      expect(fast.issues.length > 0, file).toBe(positional.errors.length > 0);
      if (positional.errors.length === 0) expect(fast.source.data, file).toEqual(positional.toJS());
    }
  });

  it('reports a syntax error with its line, like the positional parser', () => {
    const { source, issues } = parseYaml('a.yaml', 'title: "Rapat\nkind: rakor\n');
    expect(source.data).toBeUndefined();
    expect(issues).toMatchObject([{ file: 'a.yaml', line: 1, severity: 'error' }]);
  });
});

describe('validate', () => {
  const meeting = (yaml: string) => {
    const { source } = parseYaml('rapat.md', yaml);
    return validate(source, MeetingSchema).issues.map(formatIssue);
  };
  const base = [
    'title: Rakor',
    'kind: rakor',
    "startsAt: '2024-11-22T09:00:00+07:00'",
    "endsAt: '2024-11-22T12:00:00+07:00'",
    "location: { name: Aula, region: '16.72' }",
    'organizer: kanwil',
    'chair: { person: ilham-djaya }',
    'noteTaker: { person: ilham-djaya }',
    'participants: [{ organization: kanwil }]',
  ];

  it('returns the data and no issues for a valid record', () => {
    const { source } = parseYaml('rapat.md', base.join('\n'));
    const result = validate(source, MeetingSchema);
    expect(result.issues).toEqual([]);
    expect(result.data?.startsAt).toEqual(new Date('2024-11-22T02:00:00Z'));
  });

  it('lists the known fields when an unknown key resembles none', () => {
    expect(meeting([...base, 'location2: x'].join('\n'))).toEqual([
      'rapat.md:10:1: location2 is not a known field (did you mean "location"?)',
    ]);
    expect(
      meeting([...base.slice(0, 4), "location: { name: Aula, region: '16.72', gps: x }", ...base.slice(5)].join('\n')),
    ).toMatchInlineSnapshot(`
        [
          "rapat.md:5:42: location.gps is not a known field; known fields here: name, region",
        ]
      `);
  });

  it('refuses an empty list of participants', () => {
    expect(meeting([...base.slice(0, -1), 'participants: []'].join('\n'))).toEqual([
      'rapat.md:9:15: participants needs at least one participating organization',
    ]);
  });

  it('explains a calendar day written as a number or in another order', () => {
    const action = (due: string) =>
      meeting([...base, `actions: [{ id: a1, what: Surat, owner: kanwil, due: ${due}, status: open }]`].join('\n'));
    expect(action('15-12-2024')).toMatchInlineSnapshot(`
      [
        "rapat.md:10:54: actions[0].due "15-12-2024" must be a date written as YYYY-MM-DD, e.g. "2024-12-15"",
      ]
    `);
    expect(action('20241215')).toMatchInlineSnapshot(`
      [
        "rapat.md:10:54: actions[0].due 20241215 must be a date written as YYYY-MM-DD, e.g. "2024-12-15"",
      ]
    `);
  });

  it('prefixes field paths with the position of a registry item', () => {
    const { source } = parseYaml('people.yaml', '- id: a\n  name: A\n- id: Ilham Djaya\n  name: B\n  roles: []\n');
    const items = source.data as unknown[];
    expect(validate(source, PersonSchema, items[1], [1]).issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "people.yaml:3:7: [1].id "Ilham Djaya" must be lower-case letters, digits and single hyphens, e.g. "polres-pagaralam"",
        "people.yaml:5:10: [1].roles needs at least one role",
      ]
    `);
  });
});

describe('formatIssue', () => {
  const issue: ContentIssue = { file: 'content/site.yaml', path: 'url', message: 'is wrong', severity: 'error' };

  it.each([
    { extra: { line: 3, column: 5 }, expected: 'content/site.yaml:3:5: url is wrong' },
    { extra: { line: 3 }, expected: 'content/site.yaml:3: url is wrong' },
    { extra: { column: 5 }, expected: 'content/site.yaml: url is wrong' },
    { extra: {}, expected: 'content/site.yaml: url is wrong' },
    { extra: { path: '' }, expected: 'content/site.yaml: is wrong' },
    { extra: { severity: 'warning' as const }, expected: 'content/site.yaml: warning: url is wrong' },
  ])('formats $extra as $expected', ({ extra, expected }) => {
    expect(formatIssue({ ...issue, ...extra })).toBe(expected);
  });
});

describe('sortIssues', () => {
  it('orders issues by file, line and column, without changing its input', () => {
    const at = (file: string, line?: number, column?: number): ContentIssue => ({
      file,
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
      path: '',
      message: 'x',
      severity: 'error',
    });
    const issues = [at('b.md', 2, 1), at('a.md', 10, 1), at('a.md', 2, 7), at('a.md'), at('a.md', 2, 3)];
    expect(sortIssues(issues).map(formatIssue)).toEqual([
      'a.md: x',
      'a.md:2:3: x',
      'a.md:2:7: x',
      'a.md:10:1: x',
      'b.md:2:1: x',
    ]);
    expect(issues[0]?.file).toBe('b.md');
  });
});

describe('formatPath', () => {
  it.each([
    { path: [], expected: '' },
    { path: ['title'], expected: 'title' },
    { path: ['participants', 2, 'organization'], expected: 'participants[2].organization' },
    { path: [0, 'roles', 1, 'from'], expected: '[0].roles[1].from' },
  ])('writes $path as "$expected"', ({ path, expected }) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('quote', () => {
  it.each([
    { value: 'polres', expected: '"polres"' },
    { value: 16.1, expected: '16.1' },
    { value: new Date('2024-11-23T03:15:00Z'), expected: '2024-11-23T03:15:00.000Z' },
    { value: undefined, expected: 'undefined' },
  ])('quotes $value as $expected', ({ value, expected }) => {
    expect(quote(value)).toBe(expected);
  });

  it('shortens a long value so one message stays on one line', () => {
    const quoted = quote('x'.repeat(500));
    expect(quoted).toMatch(/^"x+\.\.\.$/);
    expect(quoted.length).toBeLessThanOrEqual(120);
  });
});

describe('ContentError', () => {
  it('counts the errors, ignores warnings and lists errors in order', () => {
    const error = new ContentError([
      { file: 'b.md', line: 1, column: 1, path: 'title', message: 'is empty', severity: 'error' },
      { file: 'a.md', path: '', message: 'is old', severity: 'warning' },
      { file: 'a.md', line: 4, column: 2, path: 'kind', message: 'is wrong', severity: 'error' },
    ]);
    expect(error.message).toBe(
      '2 content errors; nothing was built:\na.md:4:2: kind is wrong\nb.md:1:1: title is empty',
    );
    expect(error.issues).toHaveLength(3);
  });
});
