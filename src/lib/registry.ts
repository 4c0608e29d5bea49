import type { PersonMention } from '../schemas/common.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Person } from '../schemas/person.ts';
import type { Region } from '../schemas/region.ts';

/** True when a calendar day falls inside an optional from/until period. */
function within(day: string, period: { from?: string | undefined; until?: string | undefined }): boolean {
  return (period.from === undefined || period.from <= day) && (period.until === undefined || day <= period.until);
}

/** The names an organization went by on a given day: a renamed agency keeps its old name on old records. */
export function organizationNameOn(organization: Organization, day: string): { name: string; shortName: string } {
  // An alias without a period is just another spelling; it never replaces the current name.
  const alias = organization.aliases.find((candidate) => (candidate.from ?? candidate.until) && within(day, candidate));
  return alias ? { name: alias.name, shortName: alias.shortName ?? alias.name } : organization;
}

/** A person as printed in a record on a given day: name, role in force and its organization. */
export interface PrintedPerson {
  name: string;
  role?: string;
  organization?: string;
  /** Registry id, when the person is in the registry. */
  id?: string;
}

/** Resolves a mention ({ person } or { name, role }) against the registry for a given day. */
export function resolveMention(
  mention: PersonMention,
  people: ReadonlyMap<string, Person>,
  day: string,
): PrintedPerson {
  if (!('person' in mention)) {
    return {
      name: mention.name,
      role: mention.role,
      ...(mention.organization ? { organization: mention.organization } : {}),
    };
  }
  const person = people.get(mention.person);
  if (!person) return { name: mention.person };
  const role = person.roles.find((candidate) => within(day, candidate)) ?? person.roles.at(-1);
  return { id: person.id, name: person.name, ...(role ? { role: role.title, organization: role.organization } : {}) };
}

/** Indexes registry items by id. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** A region's display name, e.g. "Kota Pagar Alam". */
export function regionName(regions: ReadonlyMap<string, Region>, code: string): string {
  return regions.get(code)?.name ?? code;
}

/** A region's name without its kind, as datelines and speech write it: "Kabupaten Wonosobo" → "Wonosobo". */
export function bareRegionName(region: Region): string {
  return region.name.replace(/^(?:Kabupaten|Kota|Kab\.?)\s+/i, '');
}

/** Every place name a region answers to: official, bare, its other spellings and its capital. */
export function regionPlaces(region: Region): string[] {
  return [
    ...new Set([region.name, bareRegionName(region), ...region.aliases, ...(region.capital ? [region.capital] : [])]),
  ];
}
