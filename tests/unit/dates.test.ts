import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatMonth,
  formatTime,
  localDay,
  localYear,
  type DateStyle,
} from '../../src/lib/dates.ts';

const WIB: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };
const WITA: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Makassar', timeZoneLabel: 'WITA' };
const WIT: DateStyle = { locale: 'id-ID', timeZone: 'Asia/Jayapura', timeZoneLabel: 'WIT' };
const UTC: DateStyle = { locale: 'id-ID', timeZone: 'UTC', timeZoneLabel: 'UTC' };
const STYLES = { WIB, WITA, WIT, UTC };
type Zone = keyof typeof STYLES;

// Instants chosen around midnight in WIB (UTC+7), where a careless formatter shows the wrong day.
const MORNING = '2024-11-23T03:15:00Z'; // Saturday 10.15 WIB
const BEFORE_MIDNIGHT = '2024-11-22T16:59:59Z'; // Friday 23.59.59 WIB, Saturday 00.59 WITA
const MIDNIGHT = '2024-11-22T17:00:00Z'; // Saturday 00.00 WIB
const NEW_YEAR = '2024-12-31T17:30:00Z'; // 1 January 2025 00.30 WIB, still 31 December in UTC

// Keep TZ of the process as it was: some tests move it to prove nothing depends on it.
const originalTz = process.env['TZ'];
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});

describe('formatDate', () => {
  it.each<{ instant: string; zone: Zone; expected: string }>([
    { instant: MORNING, zone: 'WIB', expected: 'Sabtu, 23 November 2024' },
    { instant: MORNING, zone: 'WITA', expected: 'Sabtu, 23 November 2024' },
    { instant: MORNING, zone: 'WIT', expected: 'Sabtu, 23 November 2024' },
    { instant: MORNING, zone: 'UTC', expected: 'Sabtu, 23 November 2024' },
    { instant: BEFORE_MIDNIGHT, zone: 'WIB', expected: 'Jumat, 22 November 2024' },
    { instant: BEFORE_MIDNIGHT, zone: 'WITA', expected: 'Sabtu, 23 November 2024' },
    { instant: BEFORE_MIDNIGHT, zone: 'UTC', expected: 'Jumat, 22 November 2024' },
    { instant: MIDNIGHT, zone: 'WIB', expected: 'Sabtu, 23 November 2024' },
    { instant: MIDNIGHT, zone: 'UTC', expected: 'Jumat, 22 November 2024' },
    { instant: NEW_YEAR, zone: 'WIB', expected: 'Rabu, 1 Januari 2025' },
    { instant: NEW_YEAR, zone: 'WIT', expected: 'Rabu, 1 Januari 2025' },
    { instant: NEW_YEAR, zone: 'UTC', expected: 'Selasa, 31 Desember 2024' },
  ])('shows $instant in $zone as "$expected"', ({ instant, zone, expected }) => {
    expect(formatDate(new Date(instant), STYLES[zone])).toBe(expected);
  });

  it('follows the style, not the time zone of the machine', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(formatDate(new Date(NEW_YEAR), WIB)).toBe('Rabu, 1 Januari 2025');
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(formatDate(new Date(BEFORE_MIDNIGHT), WIB)).toBe('Jumat, 22 November 2024');
  });

  it('uses the locale it is given', () => {
    // The punctuation of English dates differs between ICU versions; the words do not.
    expect(formatDate(new Date(MORNING), { ...WIB, locale: 'en-GB' })).toMatch(/^Saturday,? 23 November 2024$/);
  });
});

describe('formatTime', () => {
  it.each<{ instant: string; zone: Zone; expected: string }>([
    { instant: MORNING, zone: 'WIB', expected: '10.15 WIB' },
    { instant: MORNING, zone: 'WITA', expected: '11.15 WITA' },
    { instant: MORNING, zone: 'WIT', expected: '12.15 WIT' },
    { instant: MORNING, zone: 'UTC', expected: '03.15 UTC' },
    { instant: BEFORE_MIDNIGHT, zone: 'WIB', expected: '23.59 WIB' },
    { instant: BEFORE_MIDNIGHT, zone: 'WITA', expected: '00.59 WITA' },
    { instant: MIDNIGHT, zone: 'WIB', expected: '00.00 WIB' },
    { instant: NEW_YEAR, zone: 'WIB', expected: '00.30 WIB' },
    { instant: NEW_YEAR, zone: 'UTC', expected: '17.30 UTC' },
  ])('shows $instant in $zone as "$expected"', ({ instant, zone, expected }) => {
    expect(formatTime(new Date(instant), STYLES[zone])).toBe(expected);
  });

  it('prints the label of the style even when two styles share a zone', () => {
    expect(formatTime(new Date(MORNING), WIB)).toBe('10.15 WIB');
    expect(formatTime(new Date(MORNING), { ...WIB, timeZoneLabel: 'waktu Palembang' })).toBe('10.15 waktu Palembang');
  });
});

describe('formatDateTime', () => {
  it.each<{ instant: string; zone: Zone; expected: string }>([
    { instant: MORNING, zone: 'WIB', expected: 'Sabtu, 23 November 2024, 10.15 WIB' },
    { instant: BEFORE_MIDNIGHT, zone: 'WIB', expected: 'Jumat, 22 November 2024, 23.59 WIB' },
    { instant: BEFORE_MIDNIGHT, zone: 'WITA', expected: 'Sabtu, 23 November 2024, 00.59 WITA' },
    { instant: NEW_YEAR, zone: 'WIB', expected: 'Rabu, 1 Januari 2025, 00.30 WIB' },
    { instant: NEW_YEAR, zone: 'WIT', expected: 'Rabu, 1 Januari 2025, 02.30 WIT' },
    { instant: NEW_YEAR, zone: 'UTC', expected: 'Selasa, 31 Desember 2024, 17.30 UTC' },
  ])('shows $instant in $zone as "$expected"', ({ instant, zone, expected }) => {
    expect(formatDateTime(new Date(instant), STYLES[zone])).toBe(expected);
  });
});

describe('formatMonth', () => {
  it.each<{ instant: string; zone: Zone; expected: string }>([
    { instant: MORNING, zone: 'WIB', expected: 'November 2024' },
    { instant: NEW_YEAR, zone: 'WIB', expected: 'Januari 2025' },
    { instant: NEW_YEAR, zone: 'UTC', expected: 'Desember 2024' },
  ])('shows $instant in $zone as "$expected"', ({ instant, zone, expected }) => {
    expect(formatMonth(new Date(instant), STYLES[zone])).toBe(expected);
  });
});

describe('localDay', () => {
  it.each<{ instant: string; zone: Zone; expected: string }>([
    { instant: MORNING, zone: 'WIB', expected: '2024-11-23' },
    { instant: BEFORE_MIDNIGHT, zone: 'WIB', expected: '2024-11-22' },
    { instant: BEFORE_MIDNIGHT, zone: 'WITA', expected: '2024-11-23' },
    { instant: MIDNIGHT, zone: 'WIB', expected: '2024-11-23' },
    { instant: MIDNIGHT, zone: 'UTC', expected: '2024-11-22' },
    { instant: NEW_YEAR, zone: 'WIB', expected: '2025-01-01' },
    { instant: NEW_YEAR, zone: 'UTC', expected: '2024-12-31' },
  ])('puts $instant on $expected in $zone', ({ instant, zone, expected }) => {
    expect(localDay(new Date(instant), STYLES[zone])).toBe(expected);
  });

  it('needs only the time zone', () => {
    expect(localDay(new Date(NEW_YEAR), { timeZone: 'Asia/Jakarta' })).toBe('2025-01-01');
  });

  it('does not depend on the time zone of the machine', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(localDay(new Date(MIDNIGHT), WIB)).toBe('2024-11-23');
  });
});

describe('localYear', () => {
  it.each<{ instant: string; zone: Zone; expected: number }>([
    { instant: NEW_YEAR, zone: 'WIB', expected: 2025 },
    { instant: NEW_YEAR, zone: 'WITA', expected: 2025 },
    { instant: NEW_YEAR, zone: 'UTC', expected: 2024 },
    { instant: '2024-12-31T16:59:59Z', zone: 'WIB', expected: 2024 },
    { instant: MORNING, zone: 'WIB', expected: 2024 },
  ])('puts $instant in the year $expected in $zone', ({ instant, zone, expected }) => {
    expect(localYear(new Date(instant), STYLES[zone])).toBe(expected);
  });
});

describe('formatCalendarDay', () => {
  it.each([
    { day: '2024-12-15', locale: 'id-ID', expected: '15 Desember 2024' },
    { day: '2025-01-01', locale: 'id-ID', expected: '1 Januari 2025' },
    { day: '2024-02-29', locale: 'id-ID', expected: '29 Februari 2024' },
    { day: '2024-12-15', locale: 'en-GB', expected: '15 December 2024' },
  ])('shows $day in $locale as "$expected"', ({ day, locale, expected }) => {
    expect(formatCalendarDay(day, locale)).toBe(expected);
  });

  it('does not shift the day through the time zone of the machine', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(formatCalendarDay('2025-01-01', 'id-ID')).toBe('1 Januari 2025');
    process.env['TZ'] = 'Asia/Jayapura';
    expect(formatCalendarDay('2024-12-31', 'id-ID')).toBe('31 Desember 2024');
  });
});

describe('formatCalendarDate', () => {
  it('names the weekday, as a naskah dinas dates a meeting: "Senin, 12 Mei 2025"', () => {
    expect(formatCalendarDate('2025-05-12', 'id-ID')).toBe('Senin, 12 Mei 2025');
    expect(formatCalendarDate('2024-11-22', 'id-ID')).toBe('Jumat, 22 November 2024');
  });

  it('does not shift the day through the time zone of the machine', () => {
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(formatCalendarDate('2026-06-01', 'id-ID')).toBe('Senin, 1 Juni 2026');
  });
});
