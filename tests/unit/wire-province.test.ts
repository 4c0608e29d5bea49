// The province an office's agency names end in comes from site.yaml, never from the code: a Central
// Java office gets "Jateng" for "Jawa Tengah" as South Sumatra gets "Sumsel" for "Sumatera Selatan".
import { describe, expect, it } from 'vitest';
import { SpeakerFinder } from '../../scripts/lib/import/people.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { lintContent } from '../../src/lib/lint/index.ts';
import { findAgencies } from '../../src/lib/wire/agencies.ts';
import { organizationNames, provinceOf } from '../../src/lib/wire/match.ts';
import { OTHER_OFFICE } from './content-fixtures.ts';

/** Kanim Wonosobo's content: site.yaml gives "Jawa Tengah", shortened "Jateng". */
const { content } = loadContent(OTHER_OFFICE, { root: OTHER_OFFICE });
if (!content) throw new Error('the other-office fixture does not validate');
const { site, organizations, regions, people } = content;
const JATENG = provinceOf(site);
/** The day the Kanwil still belonged to the ministry of law and human rights. */
const DAY = '2024-06-03';
const ids = (text: string, province = JATENG) => findAgencies(text, organizations, DAY, regions, province).ids;

describe("an office's province, from site.yaml", () => {
  it('is Jawa Tengah, shortened Jateng, for the other office', () => {
    expect(JATENG).toEqual({ name: 'Jawa Tengah', short: 'Jateng' });
  });

  it.each([
    'Kakanwil Kemenkumham Jateng membuka rapat koordinasi.',
    'Kanwil Kemenkumham Jawa Tengah menggelar rapat koordinasi.',
    'Kanwil Kemenkumham Provinsi Jawa Tengah menggelar rapat koordinasi.',
    'Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Jateng hadir.',
    'Kanwil Ditjen Imigrasi Jawa Tengah hadir.',
  ])('finds the Kanwil of Central Java in %j', (text) => {
    expect(ids(text)).toEqual(['kanwil-imigrasi-jateng']);
  });

  it('takes the short form from site.yaml alone: without provinceShort, "Jateng" is just a word', () => {
    expect(ids('Kakanwil Kemenkumham Jateng membuka rapat koordinasi.', { name: 'Jawa Tengah' })).toEqual([]);
  });

  it('keeps nothing of South Sumatra in the names of a Central Java registry', () => {
    const names = organizationNames(organizations, JATENG).map((name) => name.name);
    expect(names).toContain('Kanwil Kemenkumham Jateng');
    expect(names.filter((name) => /sumsel|sumatera|palembang/i.test(name))).toEqual([]);
    expect(ids('Kakanwil Kemenkumham Sumsel dan Kanwil Ditjen Imigrasi Sumatera Selatan hadir.')).toEqual([]);
  });

  it("reads a speaker's title ending in the short province as the agency, not as part of the name", () => {
    const finder = new SpeakerFinder({ organizations, regions, people, province: JATENG });
    expect(
      finder.find('"Data tamu asing kami perbarui tiap pekan," kata Kakanwil Kemenkumham Jateng Dewi Lestari.', DAY)
        .speakers,
    ).toMatchObject([
      { name: 'Dewi Lestari', role: 'Kakanwil Kemenkumham Jateng', organization: 'kanwil-imigrasi-jateng' },
    ]);
    expect(finder.find('"Pengawasan kami perketat," kata Kepala BNNP Jateng Sri Wahyuni.', DAY).speakers).toMatchObject(
      [{ name: 'Sri Wahyuni', role: 'Kepala BNNP Jateng' }],
    );
  });

  it("accepts a release's source that writes the office's own Kanwil with the short province", () => {
    const [first] = content.releases;
    if (!first) throw new Error('the other-office fixture has no release');
    const release = { ...first, data: { ...first.data, source: { name: 'Humas Kanwil Kemenkumham Jateng' } } };
    const otherOffice = (province: Partial<typeof site>) =>
      lintContent({ ...content, site: { ...site, ...province }, releases: [release] }).filter(
        (issue) => issue.rule === 'other-office',
      );
    expect(otherOffice({})).toEqual([]);
    expect(otherOffice({ provinceShort: undefined })).toHaveLength(1);
  });
});
