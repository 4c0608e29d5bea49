import type { Organization } from '../schemas/organization.ts';
import type { Region } from '../schemas/region.ts';
import type { Site } from '../schemas/site.ts';
import { bareRegionName } from './registry.ts';

/** What a new record says about the office that writes it. */
export interface OfficeDefaults {
  /** This office in organizations.yaml, when site.yaml names it or its `office` is an organization's name. */
  organization?: Organization;
  /** Where this office's meetings take place. */
  region?: Region;
  /** City of this office's releases. */
  dateline?: string;
  /** Source of this office's own releases. */
  source: string;
}

const same = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The defaults of this office's new records: what the `defaults:` block of site.yaml says, and
 * what it leaves out taken from the registries, so that no other office's values are built in.
 * @example officeDefaults({ office: 'Kantor Imigrasi Kelas II Non TPI Wonosobo', defaults: {} }, organizations, regions)
 * // { organization: kanim-wonosobo, region: 33.07, dateline: 'Wonosobo', source: 'Humas Kanim Wonosobo' }
 */
export function officeDefaults(
  site: Pick<Site, 'office' | 'defaults'>,
  organizations: readonly Organization[],
  regions: readonly Region[],
): OfficeDefaults {
  const { defaults } = site;
  const organization =
    defaults.organization === undefined
      ? organizations.find((item) => same(item.name, site.office) || same(item.shortName, site.office))
      : organizations.find((item) => item.id === defaults.organization);
  const regionCode = defaults.region ?? organization?.region;
  const region = regions.find((item) => item.id === regionCode);
  const dateline = defaults.dateline ?? (region ? (region.capital ?? bareRegionName(region)) : undefined);
  const source = defaults.source ?? (organization ? `Humas ${organization.shortName}` : site.office);
  return {
    ...(organization ? { organization } : {}),
    ...(region ? { region } : {}),
    ...(dateline ? { dateline } : {}),
    source,
  };
}

/** The templates' stand-in for this office's id, which `npm run new` replaces with it. */
export const OFFICE_STAND_IN = 'kantor-ini';
/** The templates' stand-in for the code of this office's region. */
export const REGION_STAND_IN = '00.00';
