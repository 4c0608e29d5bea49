import { z } from 'astro/zod';
import { CalendarDateSchema, SlugSchema } from './common.ts';

/** A position a person held, for a period. */
export const PersonRoleSchema = z.strictObject({
  /** Title as printed, e.g. "Kepala Kantor Wilayah". */
  title: z.string().min(1),
  /** Id of the organization in content/organizations.yaml. */
  organization: SlugSchema,
  /** First day in the role. */
  from: CalendarDateSchema.optional(),
  /** Last day in the role; absent while the person still holds it. */
  until: CalendarDateSchema.optional(),
});
export type PersonRole = z.infer<typeof PersonRoleSchema>;

/** An official who chairs meetings or is quoted, as listed in content/people.yaml. */
export const PersonSchema = z.strictObject({
  /** Stable id used in every reference, e.g. "ilham-djaya". */
  id: SlugSchema,
  /** Full name as printed. */
  name: z.string().min(1),
  /** Roles over time; the one in force on a record's date is printed with it. */
  roles: z.array(PersonRoleSchema).min(1, { error: 'needs at least one role' }),
});
export type Person = z.infer<typeof PersonSchema>;
