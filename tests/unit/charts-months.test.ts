import { describe, expect, it } from 'vitest';
import { daysBetween, lastDayOf, monthLabel, monthOf, monthRange } from '../../src/lib/charts/months.ts';

describe('monthOf', () => {
  it('takes the month of a calendar day', () => {
    expect(monthOf('2024-11-22')).toBe('2024-11');
  });
});

describe('monthRange', () => {
  it.each([
    { from: '2024-11', to: '2024-11', expected: ['2024-11'] },
    { from: '2024-11', to: '2025-02', expected: ['2024-11', '2024-12', '2025-01', '2025-02'] },
    { from: '2025-02', to: '2024-11', expected: [] },
  ])('lists the months from $from to $to', ({ from, to, expected }) => {
    expect(monthRange(from, to)).toEqual(expected);
  });

  it('throws on a value that is not a month', () => {
    expect(() => monthRange('2024-11-01', '2024-12')).toThrow('"2024-11-01" is not a month (YYYY-MM)');
  });
});

describe('lastDayOf', () => {
  it.each([
    { month: '2024-02', expected: '2024-02-29' },
    { month: '2025-02', expected: '2025-02-28' },
    { month: '2024-11', expected: '2024-11-30' },
    { month: '2024-12', expected: '2024-12-31' },
  ])('ends $month on $expected', ({ month, expected }) => {
    expect(lastDayOf(month)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    { from: '2024-11-22', to: '2024-11-22', expected: 0 },
    { from: '2024-11-22', to: '2024-11-25', expected: 3 },
    { from: '2024-12-31', to: '2025-01-01', expected: 1 },
    { from: '2024-02-28', to: '2024-03-01', expected: 2 },
    { from: '2024-11-25', to: '2024-11-22', expected: -3 },
  ])('counts $expected days from $from to $to', ({ from, to, expected }) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('throws on a value that is not a day', () => {
    expect(() => daysBetween('2024-11', '2024-11-22')).toThrow('"2024-11" is not a calendar day (YYYY-MM-DD)');
  });
});

describe('monthLabel', () => {
  it.each([
    { month: '2024-08', length: 'long', expected: 'Agustus 2024' },
    { month: '2024-08', length: 'short', expected: 'Agu 2024' },
    { month: '2025-05', length: 'short', expected: 'Mei 2025' },
  ] as const)('prints $month as "$expected"', ({ month, length, expected }) => {
    expect(monthLabel(month, length)).toBe(expected);
  });
});
