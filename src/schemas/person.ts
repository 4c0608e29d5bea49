import { z } from 'astro/zod';
import { CalendarDateSchema, SlugSchema } from './common.ts';

/** A position a person held, for a period. */
export const PersonRoleSchema = z.strictObject({
  /**
   * Title as printed, e.g. "Kepala Kantor Wilayah".
   * @panduan Jabatan sebagaimana dicetak, misalnya "Kepala Kantor".
   */
  title: z.string().min(1),
  /**
   * Id of the organization in content/organizations.yaml.
   * @panduan Id instansi di content/organizations.yaml.
   */
  organization: SlugSchema,
  /**
   * First day in the role.
   * @panduan Hari pertama menjabat.
   */
  from: CalendarDateSchema.optional(),
  /**
   * Last day in the role; absent while the person still holds it.
   * @panduan Hari terakhir menjabat; kosongkan selama masih menjabat.
   */
  until: CalendarDateSchema.optional(),
});
export type PersonRole = z.infer<typeof PersonRoleSchema>;

/** An official who chairs meetings or is quoted, as listed in content/people.yaml. */
export const PersonSchema = z.strictObject({
  /**
   * Stable id used in every reference, e.g. "ilham-djaya".
   * @panduan Id tetap yang dipakai di setiap rujukan, misalnya "siti-rahayu". Jangan diubah setelah dipakai.
   */
  id: SlugSchema,
  /**
   * Full name as printed.
   * @panduan Nama lengkap sebagaimana dicetak.
   */
  name: z.string().min(1),
  /**
   * Roles over time; the one in force on a record's date is printed with it.
   * @panduan Jabatan dari masa ke masa; yang berlaku pada tanggal naskah dicetak bersama namanya. Saat pindah jabatan, tambahkan jabatan baru.
   */
  roles: z.array(PersonRoleSchema).min(1, { error: 'needs at least one role' }),
});
export type Person = z.infer<typeof PersonSchema>;
