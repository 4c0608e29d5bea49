import type { DateStyle } from './dates.ts';
import { formatDate, localYear } from './dates.ts';

/** Names of the public search filters, as they appear in search URLs (/cari/?wilayah=16.72). */
export const SEARCH_FILTERS = ['jenis', 'wilayah', 'instansi', 'tahun'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The kinds of record a search result can be, with their URL values and labels. */
export const RECORD_KINDS = { 'siaran-pers': 'Siaran pers', kegiatan: 'Kegiatan koordinasi' } as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** What a page tells the search index about itself: filters, sort key and result metadata. */
export interface SearchFields {
  filters: Record<SearchFilter, string[]>;
  /** Sort key: the ISO instant, so "newest first" sorts as text. */
  sort: { tanggal: string };
  meta: { jenis: string; tanggal: string; tempat: string; ringkasan: string };
}

/** Builds the search fields of a public record; labels are what readers see in filters. */
export function searchFields(record: {
  kind: RecordKind;
  date: Date;
  place: string;
  summary: string;
  regionNames: string[];
  organizationNames: string[];
  style: DateStyle;
}): SearchFields {
  return {
    filters: {
      jenis: [RECORD_KINDS[record.kind]],
      wilayah: record.regionNames,
      instansi: record.organizationNames,
      tahun: [String(localYear(record.date, record.style))],
    },
    sort: { tanggal: record.date.toISOString() },
    meta: {
      jenis: RECORD_KINDS[record.kind],
      tanggal: formatDate(record.date, record.style),
      tempat: record.place,
      ringkasan: record.summary,
    },
  };
}
