import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/suggest.ts';

describe('editDistance', () => {
  it.each([
    { a: '', b: '', expected: 0 },
    { a: 'rakor', b: 'rakor', expected: 0 },
    { a: 'rakor', b: '', expected: 5 },
    { a: '', b: 'rakor', expected: 5 },
    { a: 'rakor', b: 'rakorr', expected: 1 },
    { a: 'organiser', b: 'organizer', expected: 1 },
    { a: 'kitten', b: 'sitting', expected: 3 },
    { a: 'flaw', b: 'lawn', expected: 2 },
    { a: 'polres-pagar-alam', b: 'polres-pagaralam', expected: 1 },
    { a: '16.27', b: '16.72', expected: 2 },
  ])('counts $expected edits between "$a" and "$b"', ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('closest', () => {
  const organizations = ['kanwil-imigrasi-sumsel', 'polda-sumsel', 'polres-pagaralam', 'pemkot-pagaralam'];

  it.each([
    { value: 'polres-pagar-alam', expected: 'polres-pagaralam' },
    { value: 'Polres-Pagaralam', expected: 'polres-pagaralam' },
    { value: 'polres_pagaralam', expected: 'polres-pagaralam' },
    { value: 'polda-sumse', expected: 'polda-sumsel' },
    { value: 'kanwil-imigrasi-sumatera', expected: 'kanwil-imigrasi-sumsel' },
    { value: 'bnn-sumsel', expected: undefined },
    { value: 'bnnk-pagaralam-selatan', expected: undefined },
    { value: 'kejari', expected: undefined },
  ])('suggests $expected for "$value"', ({ value, expected }) => {
    expect(closest(value, organizations)).toBe(expected);
  });

  it('suggests the field a typo was meant to be', () => {
    expect(closest('organiser', ['title', 'kind', 'organizer', 'chair'])).toBe('organizer');
    expect(closest('timezone', ['timeZone', 'timeZoneLabel'])).toBe('timeZone');
  });

  it('allows more edits in longer values', () => {
    const id = '2024-11-22-rakor-tim-pora-pagaralam';
    expect(closest('2024-11-21-rakor-tim-pora-pagaralm', [id])).toBe(id);
    expect(closest('ab', ['xy'])).toBe('xy');
    expect(closest('abc', ['xyz'])).toBeUndefined();
  });

  it('prefers the first of equally close candidates', () => {
    expect(closest('polres-a', ['polres-b', 'polres-c'])).toBe('polres-b');
  });

  it('suggests nothing without candidates', () => {
    expect(closest('rakor', [])).toBeUndefined();
  });

  it('accepts any iterable, such as the keys of a map', () => {
    expect(closest('rakorr', new Map([['rakor', 1]]).keys())).toBe('rakor');
  });
});
