import { z } from 'astro/zod';
import { RegionCodeSchema } from './common.ts';

/** A regency (kabupaten) or city (kota), identified by its Kemendagri code. */
export const RegionSchema = z.strictObject({
  /** Kemendagri code, e.g. "16.72"; the region's id everywhere else. */
  id: RegionCodeSchema,
  /** Official name, e.g. "Kota Pagar Alam". */
  name: z.string().min(1),
  /** Whether it is a regency or a city. */
  kind: z.enum(['kabupaten', 'kota']),
  /** Other spellings readers and editors use, e.g. "Pagaralam"; matched by search and import. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Seat of a regency's government when its name differs, e.g. "Kayuagung"; a dateline may name it. */
  capital: z.string().min(1).optional(),
});
export type Region = z.infer<typeof RegionSchema>;
