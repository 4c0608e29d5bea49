import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { OFFICE_STAND_IN, officeDefaults, REGION_STAND_IN } from '../../src/lib/office.ts';
import { regionPlaces } from '../../src/lib/registry.ts';
import { OrganizationSchema, type Organization } from '../../src/schemas/organization.ts';
import { RegionSchema, type Region } from '../../src/schemas/region.ts';
import { createRecord, NewRecordError, readOfficeDefaults, writeRecord } from '../../scripts/lib/new.ts';
import { copyFixture, FIXTURES, VALID, type FixtureCopy } from './content-fixtures.ts';

const OTHER_OFFICE = join(FIXTURES, 'other-office');
const TEMPLATES = ['press-releases/_template.md', 'meetings/_template.md'];

/** A copy of the other office's content folder (Wonosobo, Central Java) at <root>/content. */
function copyOtherOffice(): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'warta-other-office-'));
  const contentDir = join(root, 'content');
  cpSync(OTHER_OFFICE, contentDir, { recursive: true });
  return { root, contentDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const registry = <T>(dir: string, file: string, schema: { parse(value: unknown): T }): T[] =>
  (parse(readFileSync(join(dir, file), 'utf8')) as unknown[]).map((item) => schema.parse(item));

/** Every name of the South Sumatra test office: its agencies, regions, their spellings and capitals. */
const SAMPLE_WORDS = [
  ...registry<Organization>(VALID, 'organizations.yaml', OrganizationSchema).flatMap((org) => [org.id, org.shortName]),
  ...registry<Region>(VALID, 'regions.yaml', RegionSchema).flatMap((region) => [region.id, ...regionPlaces(region)]),
  'Sumsel',
  'Sumatera',
];

const NOW = new Date('2026-05-04T03:00:00Z');

/** Creates a release and a meeting with npm run new's module, writes them, and checks the folder. */
function newRecords(copy: FixtureCopy) {
  const options = { contentDir: copy.contentDir, root: copy.root, now: NOW };
  const release = createRecord({ ...options, kind: 'release', title: 'Tim PORA Gelar Rakor' });
  const meeting = createRecord({ ...options, kind: 'meeting', title: 'Rakor Tim PORA' });
  writeRecord(release);
  writeRecord(meeting);
  const { issues } = checkContent(copy.contentDir, { root: copy.root });
  const mine = issues.filter((issue) => issue.file === release.file || issue.file === meeting.file);
  return { release, meeting, mine };
}

describe('officeDefaults', () => {
  const organizations = registry<Organization>(OTHER_OFFICE, 'organizations.yaml', OrganizationSchema);
  const regions = registry<Region>(OTHER_OFFICE, 'regions.yaml', RegionSchema);
  const office = 'Kantor Imigrasi Kelas II Non TPI Wonosobo';

  it('finds the office by its name in organizations.yaml and takes its region, town and press unit', () => {
    expect(officeDefaults({ office, defaults: {} }, organizations, regions)).toEqual({
      organization: expect.objectContaining({ id: 'kanim-wonosobo' }),
      region: expect.objectContaining({ id: '33.07' }),
      dateline: 'Wonosobo',
      source: 'Humas Kanim Wonosobo',
    });
  });

  it('prefers what the defaults block of site.yaml says', () => {
    const defaults = { organization: 'polres-wonosobo', region: '33.23', source: 'Humas Polres' };
    expect(officeDefaults({ office, defaults }, organizations, regions)).toEqual({
      organization: expect.objectContaining({ id: 'polres-wonosobo' }),
      region: expect.objectContaining({ id: '33.23' }),
      dateline: 'Temanggung',
      source: 'Humas Polres',
    });
  });

  it("datelines from a regency's capital when its name differs", () => {
    const withCapital = regions.map((region) => (region.id === '33.07' ? { ...region, capital: 'Kota Lama' } : region));
    expect(officeDefaults({ office, defaults: {} }, organizations, withCapital).dateline).toBe('Kota Lama');
  });

  it('names the office itself as source when no organization is this office, and guesses nothing else', () => {
    expect(officeDefaults({ office: 'Kantor Lain', defaults: {} }, organizations, regions)).toEqual({
      source: 'Kantor Lain',
    });
  });
});

describe('npm run new for another office', () => {
  it('fills the shared templates with that office, giving drafts without a single error', () => {
    const copy = copyOtherOffice();
    try {
      const { release, meeting, mine } = newRecords(copy);
      expect(mine.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([]);
      expect(mine.every((issue) => issue.message.endsWith('[placeholder]'))).toBe(true);
      expect(release.text).toContain('dateline: Wonosobo\n');
      expect(release.text).toContain('  name: Humas Kanim Wonosobo\n');
      expect(release.text).toContain('organizations:\n  - kanim-wonosobo\n');
      expect(meeting.text).toContain("  region: '33.07'\n");
      expect(meeting.text).toContain('organizer: kanim-wonosobo\n');
      expect(meeting.text).toContain('    owner: kanim-wonosobo\n');
      for (const text of [release.text, meeting.text]) {
        expect(text).not.toContain(OFFICE_STAND_IN);
        expect(text).not.toContain(REGION_STAND_IN);
      }
    } finally {
      copy.remove();
    }
  });

  it("writes no word of the sample office into the other office's records", () => {
    const copy = copyOtherOffice();
    try {
      const { release, meeting } = newRecords(copy);
      const text = `${release.text}\n${meeting.text}`.toLowerCase();
      expect(SAMPLE_WORDS.filter((word) => text.includes(word.toLowerCase()))).toEqual([]);
    } finally {
      copy.remove();
    }
  });

  it('fills the same templates with the South Sumatra test office', () => {
    const copy = copyFixture();
    try {
      for (const template of TEMPLATES) cpSync(join(OTHER_OFFICE, template), join(copy.contentDir, template));
      const { release, meeting, mine } = newRecords(copy);
      expect(mine.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([]);
      expect(release.text).toContain('dateline: Palembang\n');
      expect(release.text).toContain('  name: Humas Kanwil Ditjen Imigrasi Sumsel\n');
      expect(meeting.text).toContain('organizer: kanwil-imigrasi-sumsel\n');
    } finally {
      copy.remove();
    }
  });

  it('keeps what an office wrote into its own template', () => {
    const copy = copyOtherOffice();
    try {
      const template = join(copy.contentDir, TEMPLATES[0] ?? '');
      writeFileSync(template, readFileSync(template, 'utf8').replace('dateline: TODO Kota', 'dateline: Banjarnegara'));
      const release = createRecord({ contentDir: copy.contentDir, root: copy.root, kind: 'release', title: 'Uji' });
      expect(release.text).toContain('dateline: Banjarnegara\n');
    } finally {
      copy.remove();
    }
  });

  it('says how to name the office when site.yaml and organizations.yaml do not tell', () => {
    const copy = copyOtherOffice();
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(site, readFileSync(site, 'utf8').replace(/^office: .*$/m, 'office: Kantor Imigrasi Wonosobo'));
      const create = () =>
        createRecord({ contentDir: copy.contentDir, root: copy.root, kind: 'meeting', title: 'Rakor Uji' });
      expect(create).toThrow(NewRecordError);
      expect(create).toThrow(/set defaults\.organization there to this office's id/);
      writeFileSync(site, `${readFileSync(site, 'utf8')}defaults:\n  organization: kanim-wonosobo\n`);
      expect(create().text).toContain('organizer: kanim-wonosobo\n');
    } finally {
      copy.remove();
    }
  });

  it('leaves the stand-ins when site.yaml has errors, for npm run check to point at with the rest', () => {
    const copy = copyOtherOffice();
    try {
      writeFileSync(join(copy.contentDir, 'site.yaml'), 'name: [\n');
      expect(readOfficeDefaults(copy.contentDir)).toBeUndefined();
      const meeting = createRecord({ contentDir: copy.contentDir, root: copy.root, kind: 'meeting', title: 'Rakor' });
      expect(meeting.text).toContain(`organizer: ${OFFICE_STAND_IN}\n`);
    } finally {
      copy.remove();
    }
  });
});

describe('the check of what names this office', () => {
  it('points at a stand-in left in a record copied from a template by hand', () => {
    const copy = copyOtherOffice();
    try {
      const template = readFileSync(join(copy.contentDir, TEMPLATES[1] ?? ''), 'utf8');
      writeFileSync(join(copy.contentDir, 'meetings/2026/2026-05-04-rakor-salinan.md'), template);
      const lines = checkContent(copy.contentDir, { root: copy.root }).issues.map(formatIssue);
      expect(lines.filter((line) => line.includes('stands for this office'))).toEqual([
        `content/meetings/2026/2026-05-04-rakor-salinan.md:24:11: location.region "${REGION_STAND_IN}" stands for this office in the templates: write its region code, "33.07" (npm run new fills it in)`,
        ...[
          '26:12: organizer',
          '32:17: chair.organization',
          '36:17: noteTaker.organization',
          '39:19: participants[0].organization',
          '61:12: actions[0].owner',
        ].map(
          (where) =>
            `content/meetings/2026/2026-05-04-rakor-salinan.md:${where} "${OFFICE_STAND_IN}" stands for this office in the templates: write its id, "kanim-wonosobo" (npm run new fills it in)`,
        ),
      ]);
    } finally {
      copy.remove();
    }
  });

  it('refuses defaults that name no organization or region of the registries', () => {
    const copy = copyOtherOffice();
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(site, `${readFileSync(site, 'utf8')}defaults:\n  organization: kanim-wonosbo\n  region: '16.71'\n`);
      const lines = checkContent(copy.contentDir, { root: copy.root }).issues.map(formatIssue);
      expect(lines).toEqual([
        'content/site.yaml:19:17: defaults.organization "kanim-wonosbo" is not in content/organizations.yaml (did you mean "kanim-wonosobo"?)',
        'content/site.yaml:20:11: defaults.region "16.71" is not in content/regions.yaml: add it there or fix the id',
      ]);
    } finally {
      copy.remove();
    }
  });
});
