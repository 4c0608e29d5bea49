import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_LABELS } from '../../src/lib/internal/labels.ts';
import { LEVELS } from '../../src/lib/levels.ts';
import { buildId, lastChange, recordChanges, UNKNOWN_CHANGE } from '../../src/lib/print.ts';

const wib = { locale: 'id-ID', timeZone: 'Asia/Jakarta', timeZoneLabel: 'WIB' };

describe('what a printout says about its source', () => {
  it('names the build by its clock and commit, as /build.json does', () => {
    const head = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    expect(buildId({ builtAt: '2026-06-01T00:00:00.000Z', head })).toBe(
      '2026-06-01T00:00:00.000Z, commit a1b2c3d4e5f6',
    );
    expect(buildId({ builtAt: '2026-06-01T00:00:00.000Z', head: undefined })).toBe('2026-06-01T00:00:00.000Z');
  });

  it('dates the last change in the site zone, and says it is unknown without git', () => {
    expect(lastChange('2025-05-11T20:00:00Z', wib)).toBe('Senin, 12 Mei 2025');
    expect(lastChange(undefined, wib)).toBe(UNKNOWN_CHANGE);
  });

  it('dates each meeting by its file in the one git pass, leaving out what git does not know', () => {
    const meetings = [
      { id: '2024-11-22-rakor', file: 'content/meetings/2024/2024-11-22-rakor.md' },
      { id: '2024-12-06-baru', file: 'content/meetings/2024/2024-12-06-baru.md' },
    ];
    const git = {
      head: 'abc',
      content: undefined,
      lastChanged: new Map([['content/meetings/2024/2024-11-22-rakor.md', '2025-01-05T08:00:00+07:00']]),
    };
    expect(recordChanges({ meetings }, git)).toEqual({ 'meetings/2024-11-22-rakor': '2025-01-05T08:00:00+07:00' });
    expect(recordChanges({ meetings }, undefined)).toEqual({});
  });
});

describe('the print stylesheet', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/styles/print.css'), 'utf8');

  it.each(LEVELS)('marks every sheet of a %s page with its class, top and bottom', (level) => {
    const mark = CLASSIFICATION_LABELS[level].toUpperCase();
    const rule = new RegExp(
      `@page ${level} \\{([^@]*)@top-center \\{[^}]*content: '${mark}';[^}]*\\}\\s*@bottom-center \\{[^}]*content: '${mark}';`,
    );
    expect(css).toMatch(rule);
    expect(css).toMatch(new RegExp(`html\\[data-mark='${level}'\\] body \\{\\s*page: ${level};\\s*\\}`));
  });
});
