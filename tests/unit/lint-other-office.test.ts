import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { Entry } from '../../src/lib/content/integrity.ts';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { parseMarkdown } from '../../src/lib/content/source.ts';
import { validate } from '../../src/lib/content/validate.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { lintContent } from '../../src/lib/lint/index.ts';
import { OrganizationSchema } from '../../src/schemas/organization.ts';
import { pressReleaseSchema, type PressReleaseData } from '../../src/schemas/press-release.ts';
import { RegionSchema, type Region } from '../../src/schemas/region.ts';
import { SiteSchema, type Site } from '../../src/schemas/site.ts';
import { FIXTURES } from './content-fixtures.ts';

/** The other office of the fixtures: Kanim Wonosobo, Central Java, regions 33.04, 33.07 and 33.23. */
const OTHER_OFFICE = join(FIXTURES, 'other-office');
const read = (file: string): unknown => parse(readFileSync(join(OTHER_OFFICE, file), 'utf8'));
const SITE: Site = SiteSchema.parse(read('site.yaml'));
const ORGANIZATIONS = z.array(OrganizationSchema).parse(read('organizations.yaml'));
const REGIONS = z.array(RegionSchema).parse(read('regions.yaml'));
const ReleaseSchema = pressReleaseSchema(z.string().min(1));

function release(fields: Record<string, unknown>): Entry<PressReleaseData> {
  const file = 'content/press-releases/2026/2026-05-04-uji.md';
  const frontmatter = {
    title: 'Tim PORA Data Penginapan',
    summary: 'Tim PORA mendata penginapan wisata.',
    dateline: 'Wonosobo',
    publishedAt: '2026-05-04T10:00:00+07:00',
    author: 'Penulis Uji',
    ...fields,
  };
  const { source } = parseMarkdown(file, `---\n${stringify(frontmatter)}---\n\nIsi berita.\n`);
  const { data } = validate(source, ReleaseSchema);
  if (!data) throw new Error(`invalid test release: ${JSON.stringify(fields)}`);
  return { id: '2026-05-04-uji', file, data, body: 'Isi berita.', source };
}

/** The other-office findings for one release, without the rule tag. */
function findings(fields: Record<string, unknown>, site: Site = SITE, regions: readonly Region[] = REGIONS): string[] {
  return lintContent({ site, releases: [release(fields)], meetings: [], regions, organizations: ORGANIZATIONS })
    .filter((issue) => issue.rule === 'other-office')
    .map((issue) => `${issue.path}: ${issue.message.replace(/ \[other-office\]$/, '')}`);
}

describe('the other-office rule', () => {
  it.each([
    'Humas Kanwil Ditjen Imigrasi Sumsel',
    'Humas Polda Sumsel',
    'Kantor Imigrasi Kelas I TPI Palembang',
    'Humas Pemkot Semarang',
  ])('warns about the source %j, an agency the registries do not know', (name) => {
    expect(findings({ source: { name } })).toEqual([
      `source.name: ${JSON.stringify(name)} names an agency that is not in content/organizations.yaml, perhaps another office's: write the source of this release (this office's is "Humas Kanim Wonosobo"), or add the agency to content/organizations.yaml`,
    ]);
  });

  it.each([
    'ANTARA',
    'Kompas.com',
    'Kantor Berita Contoh',
    'Humas Kanim Wonosobo',
    'Humas Kantor Imigrasi Wonosobo',
    'Polres Wonosobo',
    'Sekretariat Tim PORA Kabupaten Wonosobo',
    'Humas Pemerintah Kabupaten Temanggung',
    'TODO Nama unit humas kantor ini',
  ])('accepts the source %j: a news outlet, an agency of the registries or of a region of this office', (name) => {
    expect(findings({ source: { name } })).toEqual([]);
  });

  it.each(['Palembang', 'Semarang', 'Pagar Alam'])(
    'warns about the dateline %j, a place of no region of this office',
    (dateline) => {
      expect(findings({ dateline })).toEqual([
        `dateline: ${JSON.stringify(dateline)} is no place of content/regions.yaml, perhaps another office's: write the city this release comes from (this office's is "Wonosobo"); if it is the seat of one of your regencies, add "capital: ${dateline}" to it in content/regions.yaml`,
      ]);
    },
  );

  it.each(['Wonosobo', 'Banjarnegara', 'Kabupaten Temanggung', 'TODO Kota', 'WONOSOBO (ANTARA)'])(
    'accepts the dateline %j: a region, a placeholder, or a shape the dateline rule reports',
    (dateline) => {
      expect(findings({ dateline })).toEqual([]);
    },
  );

  it("accepts a regency's seat once regions.yaml gives it as the capital, and only then", () => {
    const regency: Region = { id: '16.06', name: 'Kabupaten Musi Banyuasin', kind: 'kabupaten', aliases: ['Muba'] };
    expect(findings({ dateline: 'Sekayu' }, SITE, [regency])).toHaveLength(1);
    expect(findings({ dateline: 'Sekayu' }, SITE, [{ ...regency, capital: 'Sekayu' }])).toEqual([]);
  });

  it("accepts this office's own dateline and source from site.yaml", () => {
    const site = { ...SITE, defaults: { dateline: 'Dieng', source: 'Unit Humas Imigrasi Dieng' } };
    expect(findings({ dateline: 'Dieng', source: { name: 'Unit Humas Imigrasi Dieng' } }, site)).toEqual([]);
    expect(findings({ dateline: 'Dieng' })).toHaveLength(1);
  });

  it('checks no dateline when the office lists no regions', () => {
    expect(findings({ dateline: 'Semarang' }, SITE, [])).toEqual([]);
  });
});

describe('npm run check on another office', () => {
  it("warns about a release left over from the sample office's template, and still passes", () => {
    const root = mkdtempSync(join(tmpdir(), 'warta-other-office-'));
    const contentDir = join(root, 'content');
    try {
      cpSync(OTHER_OFFICE, contentDir, { recursive: true });
      const file = join(contentDir, 'press-releases/2026/2026-04-16-tim-pora-wonosobo-data-homestay-dieng.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('dateline: Wonosobo', 'dateline: Palembang')
          .replace('name: Humas Kantor Imigrasi Wonosobo', 'name: Humas Kanwil Ditjen Imigrasi Sumsel'),
      );
      const { content, issues } = checkContent(contentDir, { root });
      expect(content).toBeDefined();
      const where = 'content/press-releases/2026/2026-04-16-tim-pora-wonosobo-data-homestay-dieng.md';
      expect(issues.map(formatIssue)).toEqual([
        expect.stringMatching(
          new RegExp(`^${where}:10:9: warning: source\\.name "Humas Kanwil Ditjen Imigrasi Sumsel" names an agency`),
        ),
        expect.stringMatching(new RegExp(`^${where}:6:11: warning: dateline "Palembang" is no place`)),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
