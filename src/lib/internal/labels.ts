import type { DateStyle } from '../dates.ts';
import { formatDateTime } from '../dates.ts';
import type { Visibility } from '../visibility.ts';
import type { Action, MeetingData } from '../../schemas/meeting.ts';

/** Indonesian names of the archive security classes. */
export const CLASSIFICATION_LABELS: Record<MeetingData['classification'], string> = {
  biasa: 'Biasa',
  terbatas: 'Terbatas',
  rahasia: 'Rahasia',
  'sangat-rahasia': 'Sangat Rahasia',
};

/** Indonesian names of the progress of a follow-up action. */
export const ACTION_STATUS_LABELS: Record<Action['status'], string> = {
  open: 'Belum dikerjakan',
  'in-progress': 'Sedang dikerjakan',
  done: 'Selesai',
  dropped: 'Dibatalkan',
};

/** Shown beside an open action whose due day has passed. */
export const OVERDUE_LABEL = 'Terlambat';

/** What the internal section may show of a release: every state but draft, which is never built. */
export type ReleaseStatus = Exclude<Visibility, 'draft'>;

/**
 * The status of a release in internal lists.
 * @example releaseStatusLabel({ status: 'scheduled', publishedAt }, wib) // "Terjadwal — tayang Selasa, 15 Januari 2030, 09.00 WIB"
 */
export function releaseStatusLabel(release: { status: ReleaseStatus; publishedAt: Date }, style: DateStyle): string {
  switch (release.status) {
    case 'scheduled':
      return `Terjadwal — tayang ${formatDateTime(release.publishedAt, style)}`;
    case 'internal':
      return 'Internal';
    case 'public':
      return 'Publik';
  }
}
