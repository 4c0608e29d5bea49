import { z } from 'astro/zod';
import { CalendarDateSchema, RegionCodeSchema, SlugSchema, UrlSchema } from './common.ts';

/** The kinds of member agencies of a Tim PORA. */
export const ORGANIZATION_KINDS = [
  'imigrasi',
  'kepolisian',
  'tni',
  'intelijen',
  'kejaksaan',
  'bnn',
  'pemerintah-daerah',
  'perangkat-daerah',
  'kementerian',
  'lainnya',
] as const;

/** An earlier (or later) name of an organization, valid for a period. */
export const OrganizationAliasSchema = z.strictObject({
  /** The name used in that period. */
  name: z.string().min(1),
  /** The short name used in that period, e.g. "Kanwil Kemenkumham Sumsel". */
  shortName: z.string().min(1).optional(),
  /** First day the name was used. */
  from: CalendarDateSchema.optional(),
  /** Last day the name was used. */
  until: CalendarDateSchema.optional(),
});
export type OrganizationAlias = z.infer<typeof OrganizationAliasSchema>;

/** A member agency or office, as listed in content/organizations.yaml. */
export const OrganizationSchema = z.strictObject({
  /** Stable id used in every reference, e.g. "polres-pagaralam". */
  id: SlugSchema,
  /** Current full name. */
  name: z.string().min(1),
  /** Current short name, e.g. "Polres Pagar Alam". */
  shortName: z.string().min(1),
  /** Kind of agency. */
  kind: z.enum(ORGANIZATION_KINDS),
  /** Id of the parent organization, e.g. a Polres under its Polda. */
  parent: SlugSchema.optional(),
  /** Region the organization serves, when it is a regency or city body. */
  region: RegionCodeSchema.optional(),
  /** Former names with their periods, so old records keep the name they were written with. */
  aliases: z.array(OrganizationAliasSchema).default([]),
  /** Official website. */
  website: UrlSchema.optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
