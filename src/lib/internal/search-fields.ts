import type { DateStyle } from '../dates.ts';
import { formatDate, localYear } from '../dates.ts';
import { ACTION_STATUSES } from '../../schemas/meeting.ts';
import { ACTION_STATUS_LABELS, OVERDUE_LABEL } from './labels.ts';

/** Names of the internal search filters, as they appear in search URLs (/internal/cari/?status=terlambat). */
export const INTERNAL_SEARCH_FILTERS = ['jenis', 'wilayah', 'instansi', 'klasifikasi', 'status', 'tahun'] as const;
export type InternalSearchFilter = (typeof INTERNAL_SEARCH_FILTERS)[number];

/**
 * The kinds of record the internal index holds, with their URL values and labels. Public pages
 * keep their public kinds ("Siaran pers", "Kegiatan koordinasi"); internal pages add the minutes
 * and the releases that are not public yet or never will be.
 */
export const INTERNAL_RECORD_KINDS = {
  'siaran-pers': 'Siaran pers',
  'siaran-internal': 'Siaran pers internal',
  kegiatan: 'Kegiatan koordinasi',
  notulen: 'Notulen rapat',
} as const;
export type InternalRecordKind = keyof typeof INTERNAL_RECORD_KINDS;

/** Values of the status filter in URLs: the action statuses, and "terlambat" for overdue ones. */
export const STATUS_FILTER_OPTIONS: readonly { value: string; label: string }[] = [
  { value: 'terlambat', label: OVERDUE_LABEL },
  ...ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] })),
];

/** What an internal page tells the internal search index: filters, sort key and result metadata. */
export interface InternalSearchFields {
  filters: Record<InternalSearchFilter, string[]>;
  /** Sort key: the ISO instant, so "newest first" sorts as text. */
  sort: { tanggal: string };
  meta: { jenis: string; tanggal: string; tempat: string; ringkasan: string };
}

/**
 * The status filter values of a record: the labels of its actions' statuses, and "Terlambat"
 * when one is overdue, each once, in a fixed order.
 */
export function actionStatusFilters(
  actions: readonly { status: keyof typeof ACTION_STATUS_LABELS; overdue: boolean }[],
): string[] {
  const labels: string[] = [];
  if (actions.some((action) => action.overdue)) labels.push(OVERDUE_LABEL);
  for (const status of ACTION_STATUSES) {
    if (actions.some((action) => action.status === status)) labels.push(ACTION_STATUS_LABELS[status]);
  }
  return labels;
}

/** Builds the search fields of an internal record; values are the labels members see in filters. */
export function internalSearchFields(record: {
  kind: InternalRecordKind;
  date: Date;
  place: string;
  summary: string;
  regionNames: string[];
  organizationNames: string[];
  /** Classification label of minutes, e.g. "Rahasia". */
  classification?: string | undefined;
  /** Status filter values, from actionStatusFilters. */
  statuses?: string[] | undefined;
  style: DateStyle;
}): InternalSearchFields {
  const kind = INTERNAL_RECORD_KINDS[record.kind];
  return {
    filters: {
      jenis: [kind],
      wilayah: record.regionNames,
      instansi: record.organizationNames,
      klasifikasi: record.classification ? [record.classification] : [],
      status: record.statuses ?? [],
      tahun: [String(localYear(record.date, record.style))],
    },
    sort: { tanggal: record.date.toISOString() },
    meta: {
      jenis: kind,
      tanggal: formatDate(record.date, record.style),
      tempat: record.place,
      ringkasan: record.summary,
    },
  };
}
