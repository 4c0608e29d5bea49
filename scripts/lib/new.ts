import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'astro/zod';
import { formatIssue } from '../../src/lib/content/issues.ts';
import { LAYOUT } from '../../src/lib/content/read.ts';
import { parseMarkdown } from '../../src/lib/content/source.ts';
import { validate } from '../../src/lib/content/validate.ts';
import { localDay } from '../../src/lib/dates.ts';
import { OFFICE_STAND_IN, officeDefaults, REGION_STAND_IN, type OfficeDefaults } from '../../src/lib/office.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { OrganizationSchema } from '../../src/schemas/organization.ts';
import { pressReleaseSchema } from '../../src/schemas/press-release.ts';
import { RegionSchema } from '../../src/schemas/region.ts';
import { SiteSchema } from '../../src/schemas/site.ts';

/** The kinds of record `npm run new` creates, with the words editors may use for them. */
export const RECORD_KINDS = {
  release: { folder: LAYOUT.releases, aliases: ['release', 'siaran', 'siaran-pers', 'rilis'] },
  meeting: { folder: LAYOUT.meetings, aliases: ['meeting', 'rapat', 'notulen', 'kegiatan'] },
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** The kind an editor typed ("release", "rapat", ...), or undefined. */
export function recordKind(word: string): RecordKind | undefined {
  const lower = word.toLowerCase();
  return (Object.keys(RECORD_KINDS) as RecordKind[]).find((kind) =>
    (RECORD_KINDS[kind].aliases as readonly string[]).includes(lower),
  );
}

/** A problem the editor must solve before a record can be created; its message says how. */
export class NewRecordError extends Error {
  override name = 'NewRecordError';
}

/** Longest slug: long enough for a headline's key words, short enough for an address. */
export const SLUG_MAX = 80;

/**
 * Lower-case words joined by hyphens, accents and punctuation dropped, cut at a word boundary.
 * @example slugify('Tim PORA Sumsel Gelar Rakor, 27 WNA Diperiksa') // 'tim-pora-sumsel-gelar-rakor-27-wna-diperiksa'
 */
export function slugify(text: string, maxLength = SLUG_MAX): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/&/g, ' dan ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** The UTC offset of a time zone at an instant, as "+07:00". */
export function offsetAt(date: Date, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** The wall-clock time in a zone, as "HH:MM". */
function localTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );
}

/** A calendar day plus some days, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A title as a YAML value on one line, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Replaces the one top-level (or first indented) `key: value` line; fails loudly if the template lacks it. */
function setLine(text: string, key: string, value: string, indented = false): string {
  const pattern = new RegExp(`^(${indented ? '[ \\t]+' : ''})${key}:[^\\n]*$`, 'm');
  if (!pattern.test(text)) throw new NewRecordError(`the template has no "${key}:" line: restore it from git`);
  return text.replace(pattern, (_line, indent: string) => `${indent}${key}: ${value}`);
}

/** What goes into a new record. */
export interface NewRecordValues {
  title: string;
  /** Day of publication (release) or of the meeting, YYYY-MM-DD in the site's zone. */
  day: string;
  /** Wall-clock time of publication, HH:MM (releases). */
  time: string;
  /** UTC offset of that day in the site's zone, "+07:00". */
  offset: string;
  /** This office's organization, region, dateline and source; undefined while site.yaml has errors. */
  office?: OfficeDefaults | undefined;
}

/** The template without its opening comment block, which explains the template, not the record. */
function withoutTemplateHeader(template: string): string {
  return template.replace(/^---\r?\n(?:#[^\n]*\r?\n)+\r?\n/, '---\n');
}

/** A line `key: TODO ...` (after `after`, e.g. the `source:` line of its block) with the value; a value already written stays. */
function fillPlaceholder(text: string, key: string, value: string | undefined, after = ''): string {
  if (value === undefined) return text;
  const pattern = new RegExp(`^(${after}[ \\t]*${key}:) *TODO\\b[^\\n]*$`, 'm');
  return text.replace(pattern, (_line, start: string) => `${start} ${scalar(value)}`);
}

const STAND_INS = new RegExp(`(:|-) +(?:${OFFICE_STAND_IN}|'${REGION_STAND_IN.replace('.', '\\.')}')$`, 'gm');

/**
 * Writes this office into what the template leaves open: its id and region code in place of the
 * stand-ins, and in a release its dateline and source in place of their TODO. So no office's
 * values need to be in a template, and a template an office filled in itself stays as it is.
 * Without an office (site.yaml has errors) the stand-ins stay, for npm run check to point at.
 */
function fillOffice(kind: RecordKind, text: string, office: OfficeDefaults | undefined): string {
  const release =
    kind === 'release'
      ? fillPlaceholder(
          fillPlaceholder(text, 'dateline', office?.dateline),
          'name',
          office?.source,
          'source:\\n(?:[ \\t]*#.*\\n)*',
        )
      : text;
  if (!office) return release;
  const stands = [...release.matchAll(STAND_INS)].map(([stand]) => stand);
  const organization = office.organization?.id;
  const region = office.region && `'${office.region.id}'`;
  if (organization === undefined && stands.some((stand) => stand.endsWith(OFFICE_STAND_IN)))
    throw new NewRecordError(
      `no organization in content/organizations.yaml has the name of "office" in content/site.yaml: set defaults.organization there to this office's id`,
    );
  if (region === undefined && stands.some((stand) => !stand.endsWith(OFFICE_STAND_IN)))
    throw new NewRecordError(
      `content/site.yaml does not say where this office is: set defaults.region there to a code from content/regions.yaml, or give the office's organization a region`,
    );
  return release.replace(STAND_INS, (stand, sign: string) =>
    stand.endsWith(OFFICE_STAND_IN) ? `${sign} ${organization}` : `${sign} ${region}`,
  );
}

/** Fills a collection's _template.md with a title, dates and this office; everything else stays as the template has it. */
export function fillTemplate(kind: RecordKind, template: string, values: NewRecordValues): string {
  if (/[\r\n]/.test(values.title)) throw new NewRecordError('the title must be one line');
  let text = setLine(withoutTemplateHeader(template), 'title', scalar(values.title));
  const at = (time: string) => `${values.day}T${time}:00${values.offset}`;
  if (kind === 'release') {
    text = setLine(text, 'publishedAt', at(values.time));
  } else {
    text = setLine(text, 'startsAt', at('09:00'));
    text = setLine(text, 'endsAt', at('12:00'));
    text = setLine(text, 'due', addDays(values.day, 14), true);
  }
  return fillOffice(kind, text, values.office);
}

const ReleaseFileSchema = pressReleaseSchema(z.string().min(1));

/** The schema errors of a generated record: none, unless the template itself is broken. */
export function templateErrors(kind: RecordKind, file: string, text: string): string[] {
  const parsed = parseMarkdown(file, text);
  if (parsed.issues.length > 0) return parsed.issues.map(formatIssue);
  const schema = kind === 'release' ? ReleaseFileSchema : MeetingSchema;
  return validate(parsed.source, schema).issues.map(formatIssue);
}

/** The time zone of the site (content/site.yaml), or WIB when it cannot be read yet. */
export function siteTimeZone(contentDir: string): string {
  try {
    const site = parse(readFileSync(join(contentDir, LAYOUT.site), 'utf8')) as { timeZone?: unknown } | null;
    const zone = site?.timeZone;
    if (typeof zone === 'string') {
      new Intl.DateTimeFormat('id-ID', { timeZone: zone });
      return zone;
    }
  } catch {
    // An unreadable site.yaml is npm run check's to report; the record still gets a sensible date.
  }
  return 'Asia/Jakarta';
}

/** The items of a registry file that pass their schema; the others are npm run check's to report. */
function registryItems<T>(path: string, schema: z.ZodType<T>): T[] {
  try {
    const list: unknown = parse(readFileSync(path, 'utf8'));
    return Array.isArray(list) ? list.flatMap((item) => schema.safeParse(item).data ?? []) : [];
  } catch {
    return [];
  }
}

/** This office's defaults from site.yaml and the registries, or undefined while site.yaml is not valid. */
export function readOfficeDefaults(contentDir: string): OfficeDefaults | undefined {
  let site;
  try {
    site = SiteSchema.safeParse(parse(readFileSync(join(contentDir, LAYOUT.site), 'utf8'))).data;
  } catch {
    return undefined;
  }
  if (!site) return undefined;
  return officeDefaults(
    site,
    registryItems(join(contentDir, LAYOUT.organizations), OrganizationSchema),
    registryItems(join(contentDir, LAYOUT.regions), RegionSchema),
  );
}

/** Options of createRecord. */
export interface NewRecordOptions {
  kind: RecordKind;
  title: string;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Folder that printed paths are relative to. */
  root?: string;
  /** The clock: "today" and, for releases, the time of publication. */
  now?: Date;
  /** Another day than today, YYYY-MM-DD (then releases are set to 09.00). */
  day?: string | undefined;
  /** Words for the file name instead of the title's. */
  slug?: string | undefined;
}

/** A record ready to be written. */
export interface NewRecord {
  /** Absolute path. */
  path: string;
  /** Path as shown to the editor. */
  file: string;
  text: string;
}

/**
 * Builds a new record from its collection's _template.md: title, today's date in the site's zone,
 * the year folder and a file name from the date and the title. Refuses to overwrite a file.
 */
export function createRecord(options: NewRecordOptions): NewRecord {
  const { kind, contentDir, root = process.cwd(), now = new Date() } = options;
  const title = options.title.trim().replace(/\s+/g, ' ');
  if (title === '') throw new NewRecordError('give a title, e.g. npm run new -- release "Tim PORA Gelar Rakor"');
  const timeZone = siteTimeZone(contentDir);
  const day = options.day ?? localDay(now, { timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || addDays(day, 0) !== day)
    throw new NewRecordError(`--date ${JSON.stringify(day)} is not a day written as YYYY-MM-DD, e.g. 2026-03-12`);
  const noon = new Date(`${day}T12:00:00Z`);
  const time = options.day === undefined ? localTime(now, timeZone) : '09:00';
  const slug = slugify(options.slug ?? title);
  if (slug === '') throw new NewRecordError('the title has no letters or digits to name the file with: add --slug');

  const folder = join(contentDir, RECORD_KINDS[kind].folder);
  const templatePath = join(folder, '_template.md');
  if (!existsSync(templatePath))
    throw new NewRecordError(`${relative(root, templatePath)} is missing: restore it from git`);
  const path = join(folder, day.slice(0, 4), `${day}-${slug}.md`);
  const file = relative(root, path).split(sep).join('/');
  if (existsSync(path))
    throw new NewRecordError(`${file} already exists: open it, or choose another title or --slug; nothing was written`);

  const text = fillTemplate(kind, readFileSync(templatePath, 'utf8'), {
    title,
    day,
    time,
    offset: offsetAt(noon, timeZone),
    office: readOfficeDefaults(contentDir),
  });
  const errors = templateErrors(kind, file, text);
  if (errors.length > 0)
    throw new NewRecordError(`the template ${relative(root, templatePath)} is broken:\n${errors.join('\n')}`);
  return { path, file, text };
}

/** Writes a new record, creating its year folder; never overwrites. */
export function writeRecord(record: NewRecord): void {
  mkdirSync(dirname(record.path), { recursive: true });
  try {
    writeFileSync(record.path, record.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new NewRecordError(`${record.file} already exists: nothing was written`);
    throw error;
  }
}
