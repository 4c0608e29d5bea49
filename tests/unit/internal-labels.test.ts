import { describe, expect, it } from 'vitest';
import type { DateStyle } from '../../src/lib/dates.ts';
import {
  ACTION_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  releaseStatusLabel,
  type ReleaseStatus,
} from '../../src/lib/internal/labels.ts';
import { ACTION_STATUSES, CLASSIFICATIONS } from '../../src/schemas/meeting.ts';

const wib: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };

describe('CLASSIFICATION_LABELS', () => {
  it.each([
    { classification: 'biasa', expected: 'Biasa' },
    { classification: 'terbatas', expected: 'Terbatas' },
    { classification: 'rahasia', expected: 'Rahasia' },
    { classification: 'sangat-rahasia', expected: 'Sangat Rahasia' },
  ] as const)('names $classification "$expected"', ({ classification, expected }) => {
    expect(CLASSIFICATION_LABELS[classification]).toBe(expected);
  });

  it('names every class of the schema', () => {
    expect(Object.keys(CLASSIFICATION_LABELS)).toEqual([...CLASSIFICATIONS]);
  });
});

describe('ACTION_STATUS_LABELS', () => {
  it.each([
    { status: 'open', expected: 'Belum dikerjakan' },
    { status: 'in-progress', expected: 'Sedang dikerjakan' },
    { status: 'done', expected: 'Selesai' },
    { status: 'dropped', expected: 'Dibatalkan' },
  ] as const)('names $status "$expected"', ({ status, expected }) => {
    expect(ACTION_STATUS_LABELS[status]).toBe(expected);
  });

  it('names every status of the schema', () => {
    expect(Object.keys(ACTION_STATUS_LABELS)).toEqual([...ACTION_STATUSES]);
  });
});

describe('releaseStatusLabel', () => {
  it.each([
    {
      status: 'scheduled',
      publishedAt: '2030-01-15T09:00:00+07:00',
      expected: 'Terjadwal — tayang Selasa, 15 Januari 2030, 09.00 WIB',
    },
    // 17.30 UTC is already the next day in WIB.
    {
      status: 'scheduled',
      publishedAt: '2024-12-31T17:30:00Z',
      expected: 'Terjadwal — tayang Rabu, 1 Januari 2025, 00.30 WIB',
    },
    { status: 'internal', publishedAt: '2024-12-05T14:00:00+07:00', expected: 'Internal' },
    { status: 'public', publishedAt: '2024-11-23T10:15:00+07:00', expected: 'Publik' },
  ] as { status: ReleaseStatus; publishedAt: string; expected: string }[])(
    'labels a $status release published $publishedAt "$expected"',
    ({ status, publishedAt, expected }) => {
      expect(releaseStatusLabel({ status, publishedAt: new Date(publishedAt) }, wib)).toBe(expected);
    },
  );
});
