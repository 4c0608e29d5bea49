import { z } from 'astro/zod';
import { UrlSchema } from './common.ts';

/** Identity of the office that publishes the bulletin: content/site.yaml. */
export const SiteSchema = z.strictObject({
  /** Name of the bulletin, shown in the header and feeds. */
  name: z.string().min(1),
  /** One-line description for search engines and feeds. */
  description: z.string().min(1),
  /** The publishing office, e.g. "Kantor Wilayah Direktorat Jenderal Imigrasi Sumatera Selatan". */
  office: z.string().min(1),
  /** Name of the team whose work is reported, e.g. "Tim PORA Provinsi Sumatera Selatan". */
  team: z.string().min(1),
  /** Province covered. */
  province: z.string().min(1),
  /** Public address of the deployed site; SITE_URL in the environment overrides it. */
  url: UrlSchema,
  /** IANA time zone in which dates are shown, e.g. "Asia/Jakarta". */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('id-ID', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'is not an IANA time zone such as "Asia/Jakarta"'),
  /** Abbreviation printed after times, e.g. "WIB". */
  timeZoneLabel: z.string().min(1),
  /** How the press unit can be reached. */
  contact: z.strictObject({
    /** Postal address. */
    address: z.string().min(1),
    /** Press e-mail address. */
    email: z.email({ error: 'must be an e-mail address' }),
    /** Press telephone number. */
    phone: z.string().min(1).optional(),
  }),
  /** Releases per page in paginated lists. */
  pageSize: z.number().int().positive().default(10),
});
export type Site = z.infer<typeof SiteSchema>;
