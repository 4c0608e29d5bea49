import { z } from 'astro/zod';
import { internalUrlProblem } from '../lib/origins.ts';
import { RegionCodeSchema, SlugSchema, UrlSchema } from './common.ts';

/** How a content-lint rule is applied: not at all, printed as a warning, or as an error that stops check and build. */
export const LintLevelSchema = z.enum(['off', 'warning', 'error']);
export type LintLevel = z.infer<typeof LintLevelSchema>;

/** Content lint settings (the `lint:` block of content/site.yaml): each rule is "warning" unless set here. */
export const LintSettingsSchema = z.strictObject({
  /** The same paragraph twice in one text, or the title again in the body: usually a paste error. */
  'duplicate-paragraph': LintLevelSchema.optional(),
  /** A public title longer than search results and social cards show. */
  'title-length': LintLevelSchema.optional(),
  /** A release summary longer than search results and social cards show. */
  'summary-length': LintLevelSchema.optional(),
  /** A picture without alt text, or with alt text that describes nothing ("foto", a file name). */
  'image-alt': LintLevelSchema.optional(),
  /** Identity, passport or phone numbers, e-mail addresses or full names of foreign nationals in public text. */
  'personal-data': LintLevelSchema.optional(),
  /** A quotation without a speaker (kata, ujar, jelas, tambahnya ...). */
  'quote-attribution': LintLevelSchema.optional(),
  /** A quotation attributed to someone ("kata Kakanim", "tegasnya") who is not in the release's `people`. */
  'quote-speaker': LintLevelSchema.optional(),
  /** A dateline that is not a plain place name, or repeated at the start of the text or further down (a second copy). */
  dateline: LintLevelSchema.optional(),
  /** A dateline that names a news site ("SuaraSumsel.id", "SRIPOKU.COM, PALEMBANG") instead of the city. */
  'site-dateline': LintLevelSchema.optional(),
  /** Page furniture copied from a news page in the text: a caption, byline, date stamp, share row, footer ... */
  'lead-junk': LintLevelSchema.optional(),
  /** A link to a release, meeting, region or agency that does not exist or that readers cannot open. */
  'broken-link': LintLevelSchema.optional(),
  /** A release whose text names agencies while its `organizations` list is empty. */
  'missing-organizations': LintLevelSchema.optional(),
  /** HTML tags in a title or summary, which pages show as plain text. */
  'field-markup': LintLevelSchema.optional(),
  /** A release whose source or dateline names an agency or place missing from this office's registries. */
  'other-office': LintLevelSchema.optional(),
  /** "TODO" left in a record; always an error once the record is no longer a draft, unless "off". */
  placeholder: LintLevelSchema.optional(),
});
export type LintSettings = z.infer<typeof LintSettingsSchema>;

/** This office in its own registries: what `npm run new` writes into a new record. Each field may be left out. */
export const SiteDefaultsSchema = z.strictObject({
  /** Id of this office in content/organizations.yaml; default: the organization whose name is `office`. */
  organization: SlugSchema.optional(),
  /** Code of the region where new meetings take place; default: the organization's region. */
  region: RegionCodeSchema.optional(),
  /** City of this office's releases, e.g. "Wonosobo"; default: the region's capital, or its name without "Kabupaten"/"Kota". */
  dateline: z.string().min(1).optional(),
  /** Source of this office's own releases, e.g. "Humas Kanim Wonosobo"; default: "Humas" and the organization's short name. */
  source: z.string().min(1).optional(),
});
export type SiteDefaults = z.infer<typeof SiteDefaultsSchema>;

/** Identity of the office that publishes the bulletin: content/site.yaml. */
export const SiteSchema = z
  .strictObject({
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
    /** Origin of the internal section's own site (recommended; docs/operations.md#two-origins); INTERNAL_URL overrides it. */
    internal: UrlSchema.optional(),
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
    /** This office in its registries, for new records: organization, region, dateline and source. */
    defaults: SiteDefaultsSchema.default({}),
    /** Content lint: rule name -> "off", "warning" (the default) or "error" (fails npm run check and the build). */
    lint: LintSettingsSchema.default({}),
  })
  .superRefine((site, context) => {
    const problem = site.internal === undefined ? undefined : internalUrlProblem(site.internal, site.url);
    if (problem) context.addIssue({ code: 'custom', path: ['internal'], message: problem });
  });
export type Site = z.infer<typeof SiteSchema>;
