import { officeDefaults } from '../../office.ts';
import { regionPlaces } from '../../registry.ts';
import { provinceOf, type Province } from '../../wire/match.ts';
import { datelineProblem } from './dateline.ts';
import { PLACEHOLDER } from './placeholder.ts';
import type { LintInput, RuleCheck } from '../types.ts';

/** Words and abbreviations that make a source name an agency rather than a news outlet ("ANTARA"). */
const AGENCY =
  /\b(?:kanwil|kantor (?:wilayah|imigrasi)|kanim|imigrasi|ditjen|direktorat|kementerian|kemen[a-z]+|polda|polres[a-z]*|polsek|kepolisian|kodam|korem|kodim|lanal|lantamal|kejati|kejari|kejaksaan|bnnp?k?|binda|pemkab|pemkot|pemprov|pemerintah|kesbangpol|disnaker|dukcapil|satpol|dinas|badan)\b/;

/** A word wherever it stands alone, in any case. */
const wholeWord = (word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Lower-case words without accents or punctuation, spaced so that names match as whole words; the
 * province's short form written out ("Kanwil Kemenkumham Jateng" is "... Jawa Tengah").
 */
const words = (text: string, province?: Province) =>
  ` ${(province?.short ? text.replace(wholeWord(province.short), province.name) : text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The names this office answers to: its own, its registries' agencies (former names too) and places. */
function ownNames(input: LintInput) {
  const office = input.site ? officeDefaults(input.site, input.organizations, input.regions) : undefined;
  const province = provinceOf(input.site);
  const names = (list: readonly string[]) =>
    list.map((name) => words(name, province)).filter((name) => name.trim() !== '');
  return {
    office,
    province,
    agencies: names([
      ...(input.site ? [input.site.office, input.site.team] : []),
      ...(office ? [office.source] : []),
      ...input.organizations.flatMap((org) => [
        org.name,
        org.shortName,
        ...org.aliases.flatMap((alias) => [alias.name, ...(alias.shortName ? [alias.shortName] : [])]),
      ]),
    ]),
    places: names([...input.regions.flatMap(regionPlaces), ...(office?.dateline ? [office.dateline] : [])]),
  };
}

/**
 * A release whose source or dateline belongs to another office: a template or a copied release
 * left behind by the office this site was adopted from ("Humas Kanwil Ditjen Imigrasi Sumsel" on a
 * Central Java site). A source passes when it names one of the registries' agencies or places, or
 * no agency at all (a news outlet such as "ANTARA"); a dateline passes when it is a region's name,
 * other spelling or capital, or this office's own dateline.
 */
export const otherOffice: RuleCheck = (input, report) => {
  const { office, province, agencies, places } = ownNames(input);
  const yours = office?.source ? ` (this office's is ${JSON.stringify(office.source)})` : '';
  for (const entry of input.releases) {
    const source = entry.data.source?.name;
    if (source !== undefined && !PLACEHOLDER.test(source)) {
      const text = words(source, province);
      const known = [...agencies, ...places].some((name) => text.includes(name));
      if (!known && AGENCY.test(text))
        report(
          entry,
          { path: ['source', 'name'] },
          `${JSON.stringify(source)} names an agency that is not in content/organizations.yaml, perhaps another office's: write the source of this release${yours}, or add the agency to content/organizations.yaml`,
        );
    }
    const { dateline } = entry.data;
    if (places.length === 0 || PLACEHOLDER.test(dateline) || datelineProblem(dateline) !== undefined) continue;
    if (!places.includes(words(dateline, province)))
      report(
        entry,
        { path: ['dateline'] },
        `${JSON.stringify(dateline)} is no place of content/regions.yaml, perhaps another office's: write the city this release comes from${office?.dateline ? ` (this office's is ${JSON.stringify(office.dateline)})` : ''}; if it is the seat of one of your regencies, add "capital: ${dateline}" to it in content/regions.yaml`,
      );
  }
};
