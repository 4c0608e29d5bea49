import { afterEach, describe, expect, it } from 'vitest';
import { buildTime, meetingVisibility, releaseVisibility, type ReleaseGate } from '../../src/lib/visibility.ts';

const EMBARGO = new Date('2030-01-15T09:00:00+07:00');
const BEFORE = new Date(EMBARGO.getTime() - 1);
const AFTER = new Date(EMBARGO.getTime() + 60_000);

describe('releaseVisibility', () => {
  const release = (gate: Partial<ReleaseGate>): ReleaseGate => ({
    draft: false,
    visibility: 'public',
    publishedAt: EMBARGO,
    ...gate,
  });

  it.each([
    { case: 'a public release one millisecond before its time', gate: {}, now: BEFORE, expected: 'scheduled' },
    { case: 'a public release exactly at its time', gate: {}, now: EMBARGO, expected: 'public' },
    { case: 'a public release after its time', gate: {}, now: AFTER, expected: 'public' },
    { case: 'a draft, even after its time', gate: { draft: true }, now: AFTER, expected: 'draft' },
    {
      case: 'an internal draft',
      gate: { draft: true, visibility: 'internal' as const },
      now: AFTER,
      expected: 'draft',
    },
    {
      case: 'an internal release after its time',
      gate: { visibility: 'internal' as const },
      now: AFTER,
      expected: 'internal',
    },
    {
      case: 'an internal release before its time',
      gate: { visibility: 'internal' as const },
      now: BEFORE,
      expected: 'internal',
    },
  ])('sees $case as $expected', ({ gate, now, expected }) => {
    expect(releaseVisibility(release(gate), now)).toBe(expected);
  });

  it('reads the time of the release in its own offset', () => {
    const gate = release({ publishedAt: new Date('2024-11-23T10:15:00+07:00') });
    expect(releaseVisibility(gate, new Date('2024-11-23T03:14:59Z'))).toBe('scheduled');
    expect(releaseVisibility(gate, new Date('2024-11-23T03:15:00Z'))).toBe('public');
  });
});

describe('meetingVisibility', () => {
  const ENDS = new Date('2024-11-22T12:30:00+07:00');
  const summary = { summary: 'Rapat koordinasi.' };

  it.each([
    {
      case: 'a meeting with a public block that has ended',
      gate: { draft: false, endsAt: ENDS, public: summary },
      now: AFTER,
      expected: 'public',
    },
    {
      case: 'a meeting with a public block exactly at its end',
      gate: { draft: false, endsAt: ENDS, public: summary },
      now: ENDS,
      expected: 'public',
    },
    {
      case: 'a meeting with a public block still going on',
      gate: { draft: false, endsAt: ENDS, public: summary },
      now: new Date(ENDS.getTime() - 1),
      expected: 'scheduled',
    },
    {
      case: 'a meeting without a public block',
      gate: { draft: false, endsAt: ENDS },
      now: AFTER,
      expected: 'internal',
    },
    {
      case: 'a meeting whose public block is undefined',
      gate: { draft: false, endsAt: ENDS, public: undefined },
      now: AFTER,
      expected: 'internal',
    },
    {
      case: 'a draft with a public block',
      gate: { draft: true, endsAt: ENDS, public: summary },
      now: AFTER,
      expected: 'draft',
    },
    { case: 'a draft without a public block', gate: { draft: true, endsAt: ENDS }, now: AFTER, expected: 'draft' },
  ])('sees $case as $expected', ({ gate, now, expected }) => {
    expect(meetingVisibility(gate, now)).toBe(expected);
  });
});

describe('buildTime', () => {
  const fallback = new Date('2024-11-23T03:15:00Z');
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it('uses the fallback when WARTA_NOW is unset or empty', () => {
    expect(buildTime(undefined, fallback)).toBe(fallback);
    expect(buildTime('', fallback)).toBe(fallback);
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const now = buildTime(undefined).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    { value: '2030-01-15T09:00:00+07:00', instant: '2030-01-15T02:00:00.000Z' },
    { value: '2030-01-15T02:00:00Z', instant: '2030-01-15T02:00:00.000Z' },
    { value: '2030-01-15T09:00:00.000+07:00', instant: '2030-01-15T02:00:00.000Z' },
  ])('reads WARTA_NOW=$value as $instant', ({ value, instant }) => {
    expect(buildTime(value, fallback).toISOString()).toBe(instant);
  });

  it('throws with the value and an example when WARTA_NOW is not a date', () => {
    expect(() => buildTime('besok pagi', fallback)).toThrowErrorMatchingInlineSnapshot(
      `[Error: WARTA_NOW="besok pagi" must be a date and time with its offset, e.g. 2024-11-23T10:15:00+07:00]`,
    );
  });

  it('refuses a WARTA_NOW without an offset, which would depend on the zone of the machine', () => {
    // CI runs in UTC and editors in WIB: "09:00" would lift an embargo seven hours apart.
    process.env['TZ'] = 'Asia/Jakarta';
    expect(() => buildTime('2030-01-15T09:00:00', fallback)).toThrow(/WARTA_NOW="2030-01-15T09:00:00"/);
  });
});
