import { describe, expect, it } from 'vitest';
import { HEAT_LEVELS, heatLegend, heatLevel, progressFill } from '../../src/lib/charts/palette.ts';
import { barLength, formatNumber, niceCeiling, textRoom } from '../../src/lib/charts/scale.ts';

describe('niceCeiling', () => {
  it.each([
    { max: 0, expected: 1 },
    { max: 1, expected: 1 },
    { max: 3, expected: 5 },
    { max: 7, expected: 10 },
    { max: 10, expected: 10 },
    { max: 11, expected: 20 },
    { max: 44, expected: 50 },
    { max: 113.5, expected: 200 },
  ])('tops an axis for $max at $expected', ({ max, expected }) => {
    expect(niceCeiling(max)).toBe(expected);
  });
});

describe('barLength', () => {
  it.each([
    { value: 0, axisMax: 10, expected: 0 },
    { value: 5, axisMax: 10, expected: 100 },
    { value: 10, axisMax: 10, expected: 200 },
    { value: 12, axisMax: 10, expected: 200 },
    { value: 3, axisMax: 0, expected: 0 },
  ])('draws $value of $axisMax as $expected units of 200', ({ value, axisMax, expected }) => {
    expect(barLength(value, axisMax, 200)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it('writes numbers as Indonesian readers do', () => {
    expect([formatNumber(4.5), formatNumber(34.6666), formatNumber(1250)]).toEqual(['4,5', '34,7', '1.250']);
  });
});

describe('textRoom', () => {
  it('keeps more room for a label than the widest common font draws it in', () => {
    // DejaVu Sans Mono advances 0.6 em a character: 10 characters at 13 units take 78.
    expect(textRoom('2 kegiatan', 13)).toBeGreaterThan(78);
  });

  it('grows with the length of the label', () => {
    expect(textRoom('12 kegiatan', 13)).toBeGreaterThan(textRoom('2 kegiatan', 13));
  });
});

describe('heatLevel', () => {
  it.each([
    { count: 0, max: 3, expected: 0 },
    { count: 1, max: 3, expected: 1 },
    { count: 3, max: 3, expected: 3 },
    { count: 4, max: 4, expected: 4 },
    { count: 1, max: 12, expected: 1 },
    { count: 4, max: 12, expected: 2 },
    { count: 7, max: 12, expected: 3 },
    { count: 12, max: 12, expected: 4 },
  ])('puts $count of at most $max on level $expected', ({ count, max, expected }) => {
    expect(heatLevel(count, max)).toBe(expected);
  });

  it('has a colour for every level it gives', () => {
    for (let count = 0; count <= 40; count++) expect(HEAT_LEVELS[heatLevel(count, 40)]).toBeDefined();
  });
});

describe('heatLegend', () => {
  it.each([
    { max: 0, expected: [{ level: 0, from: 0, to: 0 }] },
    {
      max: 2,
      expected: [
        { level: 0, from: 0, to: 0 },
        { level: 1, from: 1, to: 1 },
        { level: 2, from: 2, to: 2 },
      ],
    },
    {
      max: 8,
      expected: [
        { level: 0, from: 0, to: 0 },
        { level: 1, from: 1, to: 2 },
        { level: 2, from: 3, to: 4 },
        { level: 3, from: 5, to: 6 },
        { level: 4, from: 7, to: 8 },
      ],
    },
  ])('names the counts of each level up to $max', ({ max, expected }) => {
    expect(heatLegend(max)).toEqual(expected);
  });
});

describe('progressFill', () => {
  it('fills overdue and dropped with their patterns, the rest with colours', () => {
    expect(progressFill('overdue', 'grafik')).toBe('url(#grafik-hatch)');
    expect(progressFill('dropped', 'grafik')).toBe('url(#grafik-dots)');
    expect(progressFill('done', 'grafik')).toBe('#009E73');
  });
});
