import { z } from 'astro/zod';
import { RegionCodeSchema } from './common.ts';

/** A regency (kabupaten) or city (kota), identified by its Kemendagri code. */
export const RegionSchema = z.strictObject({
  /**
   * Kemendagri code, e.g. "16.72"; the region's id everywhere else.
   * @panduan Kode Kemendagri, misalnya "33.07"; dipakai sebagai id wilayah di semua naskah. Jangan diubah setelah dipakai.
   */
  id: RegionCodeSchema,
  /**
   * Official name, e.g. "Kota Pagar Alam".
   * @panduan Nama resmi, misalnya "Kabupaten Wonosobo".
   */
  name: z.string().min(1),
  /**
   * Whether it is a regency or a city.
   * @panduan Kabupaten atau kota.
   */
  kind: z.enum(['kabupaten', 'kota']),
  /**
   * Other spellings readers and editors use, e.g. "Pagaralam"; matched by search and import.
   * @panduan Ejaan lain yang dipakai pembaca dan editor; dikenali oleh pencarian dan impor naskah.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Seat of a regency's government when its name differs, e.g. "Kayuagung"; a dateline may name it.
   * @panduan Ibu kota kabupaten bila namanya lain dari nama kabupaten, misalnya "Kayuagung"; kota asal berita boleh menyebutnya.
   */
  capital: z.string().min(1).optional(),
});
export type Region = z.infer<typeof RegionSchema>;
