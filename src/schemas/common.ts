import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every id an editor types. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case letters, digits and single hyphens, e.g. "polres-pagaralam"',
});

/** A Kemendagri region code such as "16.72"; quoted in YAML so it stays text. */
export const RegionCodeSchema = z.string().regex(/^\d{2}\.\d{2}$/, {
  error: 'must be a Kemendagri code written as text, e.g. "16.72" (quote it in YAML)',
});

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/;

/** True when "YYYY-MM-DD" names a day that exists (Date rolls 31 February over silently). */
export function isRealDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/**
 * An instant, written with its UTC offset ("2024-11-23T10:15:00+07:00"). A YAML parser that
 * already turned it into a Date is accepted too; a time without an offset is refused because
 * it would silently be read as UTC, seven hours off from WIB.
 */
export const DateTimeSchema = z.union([
  z.date(),
  z
    .string()
    .regex(DATE_TIME, {
      error: 'must be a date and time with its offset, e.g. "2024-11-23T10:15:00+07:00"',
    })
    .transform((value, ctx) => {
      const [, day = '', time, offset = 'Z'] = DATE_TIME.exec(value) ?? [];
      const zone = offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
      const date = new Date(`${day}T${time}${zone}`);
      if (!isRealDay(day) || Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is not a real date and time', input: value });
        return z.NEVER;
      }
      return date;
    }),
]);

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CALENDAR_DATE_FORM = 'must be a date written as YYYY-MM-DD, e.g. "2024-12-15"';

/** A calendar day ("2024-12-15"), kept as text because a due date has no time of day. */
export const CalendarDateSchema = z.union(
  [
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.string().transform((day, ctx) => {
      if (!CALENDAR_DATE.test(day)) ctx.addIssue({ code: 'custom', message: CALENDAR_DATE_FORM, input: day });
      else if (!isRealDay(day)) ctx.addIssue({ code: 'custom', message: 'is not a real calendar day', input: day });
      else return day;
      return z.NEVER;
    }),
  ],
  { error: CALENDAR_DATE_FORM },
);

/** A web address starting with https:// or http://. */
export const UrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** A person named in a record: either a registry id, or a name with a role. */
export const PersonMentionSchema = z
  .strictObject({
    /** Id of the person in content/people.yaml; use it instead of name and role. */
    person: SlugSchema.optional(),
    /** The person's name as printed, for someone not in content/people.yaml. */
    name: z.string().min(1).optional(),
    /** The role printed after the name, e.g. "Kepala Divisi Keimigrasian". */
    role: z.string().min(1).optional(),
    /** Id of the person's organization in content/organizations.yaml. */
    organization: SlugSchema.optional(),
  })
  .transform((mention, ctx) => {
    const { person, name, role, organization } = mention;
    if (person !== undefined && (name ?? role ?? organization) === undefined) return { person };
    if (person === undefined && name !== undefined && role !== undefined) {
      return { name, role, ...(organization === undefined ? {} : { organization }) };
    }
    ctx.addIssue({
      code: 'custom',
      input: mention,
      message:
        person === undefined
          ? 'needs both name and role (or person: <id> from content/people.yaml)'
          : 'uses person together with name, role or organization: give either person: <id> or name and role, not both',
    });
    return z.NEVER;
  });
export type PersonMention = { person: string } | { name: string; role: string; organization?: string };
