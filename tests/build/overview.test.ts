// The internal overview is a summary of a fixed size: with more embargoed releases than it shows,
// it lists the soonest few, says how many there are and links to all of them, at every level.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { internalPaths, variantPath } from '../../src/lib/internal/paths.ts';
import type { Level } from '../../src/lib/levels.ts';
import { buildSite, builtPage, readSite, ROOT, TMP } from '../support/site.ts';

// Before every embargo below and the fixture's own (2030-01-15).
const NOW = '2026-06-01T00:00:00+07:00';
const CONTENT = join(TMP, 'overview', 'content');
/** How many scheduled releases the overview shows. */
const SHOWN = 5;
/** The fixture's newest meeting, classified rahasia: a terbatas overview must not name it. */
const RAHASIA_MEETING = '2024-12-09-rapat-evaluasi-operasi-gabungan';
/** The fixture's other meetings, both terbatas. */
const MEETINGS_UP_TO_TERBATAS = 2;
const FIXTURE_SCHEDULED = '2030-01-15-operasi-gabungan-awal-tahun';

/** Embargo days of the added releases, out of order: the overview shows them by date. */
const DAYS = ['2026-09-14', '2026-06-20', '2026-11-02', '2026-06-05', '2026-08-01', '2026-07-11', '2026-10-09'];
const idOf = (day: string) => `${day}-uji-jadwal-terbit`;
/** Every scheduled release, soonest first: the added ones, then the fixture's of 2030. */
const SOONEST_FIRST = [...[...DAYS].sort().map(idOf), FIXTURE_SCHEDULED];

function release(day: string): string {
  return `---
title: Uji jadwal terbit ${day}
summary: Naskah uji yang menunggu waktu tayangnya.
dateline: Palembang
publishedAt: ${day}T10:00:00+07:00
author: Tim Humas Kanwil
organizations:
  - kanwil-imigrasi-sumsel
regions:
  - '16.71'
---

Naskah ini hanya ada untuk menguji ringkasan internal.
`;
}

let site: Map<string, string>;

beforeAll(() => {
  rmSync(join(TMP, 'overview'), { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/valid'), CONTENT, { recursive: true });
  const folder = join(CONTENT, 'press-releases/2026');
  mkdirSync(folder, { recursive: true });
  for (const day of DAYS) writeFileSync(join(folder, `${idOf(day)}.md`), release(day));
  // The vault would encrypt /internal/; these tests read the pages it is given.
  const result = buildSite('overview', CONTENT, NOW, { WARTA_VAULT: 'off' });
  expect(result.status, result.output).toBe(0);
  site = readSite(result.outDir);
});

const page = (path: string) => builtPage(site, path);

/** The overview's section of scheduled releases, at a level. */
const scheduledSection = (level: Level) => {
  const html = page(variantPath(level, internalPaths.home));
  return html.slice(html.indexOf('id="akan-tayang"'), html.indexOf('id="rapat-terbaru"'));
};

/** The releases a section links to, in its order. */
const listed = (html: string) => [...html.matchAll(/href="\/internal\/siaran\/([^"/]+)\/"/g)].map(([, id]) => id);

describe('the internal overview with more scheduled releases than it shows', () => {
  it('shows only the soonest few, soonest first', () => {
    expect(listed(scheduledSection('sangat-rahasia'))).toEqual(SOONEST_FIRST.slice(0, SHOWN));
  });

  it('says how many are scheduled in all and links to the list of all of them', () => {
    const section = scheduledSection('sangat-rahasia');
    expect(section).toContain(`Siaran pers terjadwal (${SOONEST_FIRST.length})</h2>`);
    expect(section).toContain(`${SHOWN} yang paling dekat waktu tayangnya (dari ${SOONEST_FIRST.length})`);
    expect(section).toMatch(
      new RegExp(`<a href="/internal/siaran/">\\s*Semua ${SOONEST_FIRST.length} siaran pers terjadwal`),
    );
  });

  it('leaves all of them on the release list, soonest first', () => {
    const list = page(internalPaths.releases);
    const section = list.slice(list.indexOf('id="terjadwal"'), list.indexOf('id="internal"'));
    expect(listed(section)).toEqual(SOONEST_FIRST);
  });

  it('shows a terbatas session the same releases, and no meeting above terbatas, not even in a count', () => {
    expect(listed(scheduledSection('terbatas'))).toEqual(SOONEST_FIRST.slice(0, SHOWN));
    const terbatas = page(variantPath('terbatas', internalPaths.home));
    const top = page(internalPaths.home);
    expect(terbatas).not.toContain(RAHASIA_MEETING);
    expect(top).toContain(RAHASIA_MEETING);
    expect(terbatas).toContain(`Semua rapat (${MEETINGS_UP_TO_TERBATAS})</a>`);
    expect(top).toContain(`Semua rapat (${MEETINGS_UP_TO_TERBATAS + 1})</a>`);
  });

  it('shows a biasa session no scheduled release, not even in a count', () => {
    const section = scheduledSection('biasa');
    expect(section).toContain('Siaran pers terjadwal (0)</h2>');
    expect(listed(section)).toEqual([]);
    expect(page(variantPath('biasa', internalPaths.home))).not.toContain('Uji jadwal terbit');
  });
});
