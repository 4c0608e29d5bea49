import { describe, expect, it } from 'vitest';
import type { DateStyle } from '../../src/lib/dates.ts';
import {
  actionStatusFilters,
  INTERNAL_SEARCH_FILTERS,
  internalSearchFields,
  STATUS_FILTER_OPTIONS,
} from '../../src/lib/internal/search-fields.ts';
import { readSearch, writeSearch } from '../../src/lib/search-url.ts';

const wib: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };

describe('actionStatusFilters', () => {
  it.each([
    { case: 'no actions', actions: [], expected: [] },
    {
      case: 'an overdue action in progress and a done one',
      actions: [
        { status: 'done', overdue: false },
        { status: 'in-progress', overdue: true },
      ],
      expected: ['Terlambat', 'Sedang dikerjakan', 'Selesai'],
    },
    {
      case: 'two open actions, neither overdue',
      actions: [
        { status: 'open', overdue: false },
        { status: 'open', overdue: false },
      ],
      expected: ['Belum dikerjakan'],
    },
  ] as const)('gives $case the values $expected', ({ actions, expected }) => {
    expect(actionStatusFilters(actions)).toEqual(expected);
  });
});

describe('internalSearchFields', () => {
  it('describes minutes with their classification, action statuses and local year', () => {
    const fields = internalSearchFields({
      kind: 'notulen',
      // 31 December 2024, 18.00 UTC is 1 January 2025 in WIB.
      date: new Date('2024-12-31T18:00:00Z'),
      place: 'Aula Kanwil, Kota Palembang',
      summary: 'Evaluasi tahunan.',
      regionNames: ['Kota Palembang'],
      organizationNames: ['Polda Sumsel'],
      classification: 'Rahasia',
      statuses: ['Terlambat', 'Belum dikerjakan'],
      style: wib,
    });
    expect(fields).toEqual({
      filters: {
        jenis: ['Notulen rapat'],
        wilayah: ['Kota Palembang'],
        instansi: ['Polda Sumsel'],
        klasifikasi: ['Rahasia'],
        status: ['Terlambat', 'Belum dikerjakan'],
        tahun: ['2025'],
      },
      sort: { tanggal: '2024-12-31T18:00:00.000Z' },
      meta: {
        jenis: 'Notulen rapat',
        tanggal: 'Rabu, 1 Januari 2025',
        tempat: 'Aula Kanwil, Kota Palembang',
        ringkasan: 'Evaluasi tahunan.',
      },
    });
  });

  it('gives a release no classification or status', () => {
    const fields = internalSearchFields({
      kind: 'siaran-internal',
      date: new Date('2024-12-05T14:00:00+07:00'),
      place: 'Palembang',
      summary: 'Laporan.',
      regionNames: [],
      organizationNames: [],
      style: wib,
    });
    expect(fields.filters.jenis).toEqual(['Siaran pers internal']);
    expect(fields.filters.klasifikasi).toEqual([]);
    expect(fields.filters.status).toEqual([]);
  });
});

describe('internal search URLs', () => {
  it('reads and writes the internal filters, in their order, ignoring unknown ones', () => {
    const params = new URLSearchParams('urut=terbaru&status=terlambat&klasifikasi=rahasia&q=+penginapan+&asal=x');
    const state = readSearch(params, INTERNAL_SEARCH_FILTERS);
    expect(state).toEqual({
      q: 'penginapan',
      filters: { klasifikasi: 'rahasia', status: 'terlambat' },
      sort: 'terbaru',
    });
    expect(writeSearch(state, INTERNAL_SEARCH_FILTERS).toString()).toBe(
      'q=penginapan&klasifikasi=rahasia&status=terlambat&urut=terbaru',
    );
  });

  it('still reads only the public filters by default', () => {
    expect(readSearch(new URLSearchParams('wilayah=16.72&status=open')).filters).toEqual({ wilayah: '16.72' });
  });

  it('offers "terlambat" and every action status in the status filter', () => {
    expect(STATUS_FILTER_OPTIONS.map((option) => option.value)).toEqual([
      'terlambat',
      'open',
      'in-progress',
      'done',
      'dropped',
    ]);
  });
});
