import { z } from 'astro/zod';
import { CalendarDateSchema, RegionCodeSchema, SlugSchema, UrlSchema } from './common.ts';

/** The kinds of member agencies of a Tim PORA. */
export const ORGANIZATION_KINDS = [
  /**
   * Immigration: the directorate general, its regional offices and immigration offices.
   * @panduan Ditjen Imigrasi, Kantor Wilayah, Kantor Imigrasi (Kanim).
   */
  'imigrasi',
  /**
   * Police: Polda, Polres, Polresta.
   * @panduan Polda, Polres, Polresta.
   */
  'kepolisian',
  /**
   * Armed forces: Kodam, Korem, Kodim, Lanal, Lanud.
   * @panduan Kodam, Korem, Kodim, Lanal, Lanud.
   */
  'tni',
  /**
   * State intelligence: BIN and its regional offices (Binda).
   * @panduan Badan Intelijen Negara: BIN dan Binda.
   */
  'intelijen',
  /**
   * Prosecutors: Kejati, Kejari.
   * @panduan Kejati, Kejari.
   */
  'kejaksaan',
  /**
   * The national narcotics agency: BNNP, BNNK.
   * @panduan BNN, BNNP, BNNK.
   */
  'bnn',
  /**
   * A provincial, regency or city government as a whole.
   * @panduan Pemerintah provinsi, kabupaten atau kota.
   */
  'pemerintah-daerah',
  /**
   * A local government department: Kesbangpol, Disnaker, Dukcapil.
   * @panduan Dinas atau badan pemerintah daerah: Kesbangpol, Disnaker, Dukcapil.
   */
  'perangkat-daerah',
  /**
   * A ministry or its regional office, e.g. Kemenag.
   * @panduan Kementerian atau kantor wilayahnya, misalnya Kemenag.
   */
  'kementerian',
  /**
   * Any other member body.
   * @panduan Anggota lain yang tidak termasuk jenis di atas.
   */
  'lainnya',
] as const;

/** An earlier (or later) name of an organization, valid for a period. */
export const OrganizationAliasSchema = z.strictObject({
  /**
   * The name used in that period.
   * @panduan Nama yang dipakai pada masa itu.
   */
  name: z.string().min(1),
  /**
   * The short name used in that period, e.g. "Kanwil Kemenkumham Sumsel".
   * @panduan Nama singkat yang dipakai pada masa itu.
   */
  shortName: z.string().min(1).optional(),
  /**
   * First day the name was used.
   * @panduan Hari pertama nama itu dipakai.
   */
  from: CalendarDateSchema.optional(),
  /**
   * Last day the name was used.
   * @panduan Hari terakhir nama itu dipakai.
   */
  until: CalendarDateSchema.optional(),
});
export type OrganizationAlias = z.infer<typeof OrganizationAliasSchema>;

/** A member agency or office, as listed in content/organizations.yaml. */
export const OrganizationSchema = z.strictObject({
  /**
   * Stable id used in every reference, e.g. "polres-pagaralam".
   * @panduan Id tetap yang dipakai di setiap rujukan, misalnya "polres-wonosobo". Jangan diubah setelah dipakai.
   */
  id: SlugSchema,
  /**
   * Current full name.
   * @panduan Nama lengkap saat ini.
   */
  name: z.string().min(1),
  /**
   * Current short name, e.g. "Polres Pagar Alam".
   * @panduan Nama singkat saat ini, misalnya "Polres Wonosobo".
   */
  shortName: z.string().min(1),
  /**
   * Kind of agency.
   * @panduan Jenis instansi; lihat tabel jenis instansi.
   */
  kind: z.enum(ORGANIZATION_KINDS),
  /**
   * Id of the parent organization, e.g. a Polres under its Polda.
   * @panduan Id instansi induk, misalnya Polda untuk sebuah Polres.
   */
  parent: SlugSchema.optional(),
  /**
   * Region the organization serves, when it is a regency or city body.
   * @panduan Kode wilayah yang dilayani, untuk instansi tingkat kabupaten atau kota.
   */
  region: RegionCodeSchema.optional(),
  /**
   * Former names with their periods, so old records keep the name they were written with.
   * @panduan Nama lama beserta masa berlakunya, agar naskah lama tetap memakai nama pada waktu ditulis.
   */
  aliases: z.array(OrganizationAliasSchema).default([]),
  /**
   * Official website.
   * @panduan Situs web resmi.
   */
  website: UrlSchema.optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;
