import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, nextPublication } from '../../src/lib/build-report.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { lastModified } from '../../src/lib/last-modified.ts';

const ROOT = join(import.meta.dirname, '../..');
const { content } = loadContentOrThrow(join(ROOT, 'tests/fixtures/valid'), { root: ROOT });
const NOW = new Date('2026-06-01T00:00:00+07:00');

describe('buildReport', () => {
  it('counts public records and says nothing of the embargoed one, not even when it lifts', () => {
    const report = buildReport(content, NOW, undefined, undefined);
    expect(report.counts).toEqual({ releases: 4, meetings: 2, regions: 4, organizations: 5 });
    const json = JSON.stringify(report);
    expect(json).not.toContain('PENANDA');
    expect(json).not.toContain('2030');
    expect(report.commit).toBeNull();
  });

  it('lists what became public since the previous build, newest first', () => {
    const report = buildReport(content, NOW, new Date('2025-01-01T00:00:00+07:00'), undefined);
    expect(report.publishedSince.records.map((record) => record.url)).toEqual([
      '/siaran-pers/2025-06-10-penginapan-palembang-diminta-lapor/',
      '/siaran-pers/2025-03-05-pendataan-pekerja-asing-tambang-muara-enim/',
    ]);
  });

  it('shows the embargoed release as published by the build at its time, and nothing before', () => {
    const at = new Date('2030-01-15T09:00:00+07:00');
    const report = buildReport(content, at, new Date('2030-01-15T08:30:00+07:00'), undefined);
    expect(report.publishedSince.records.map((record) => record.url)).toEqual([
      '/siaran-pers/2030-01-15-operasi-gabungan-awal-tahun/',
    ]);
  });
});

describe('nextPublication', () => {
  it('names the first embargo after the given time, and none once every embargo has lifted', () => {
    expect(nextPublication(content, NOW)?.toISOString()).toBe('2030-01-15T02:00:00.000Z');
    expect(nextPublication(content, new Date('2030-01-15T08:59:59+07:00'))?.toISOString()).toBe(
      '2030-01-15T02:00:00.000Z',
    );
    expect(nextPublication(content, new Date('2030-01-15T09:00:00+07:00'))).toBeUndefined();
  });
});

describe('formatReport', () => {
  it('writes a Markdown summary with counts, what was published and when the next embargo lifts', () => {
    const report = buildReport(content, NOW, new Date('2025-01-01T00:00:00+07:00'), undefined);
    const text = formatReport(report, nextPublication(content, NOW));
    expect(text).toContain('| Public releases | 4 |');
    expect(text).toContain('| Next embargo lifts | 2030-01-15T02:00:00.000Z |');
    expect(formatReport(report, undefined)).toContain('| Next embargo lifts | none scheduled |');
    expect(text).toContain(
      '- 2025-06-10T02:00:00.000Z: [Pengelola Homestay di Palembang Diminta Melaporkan Tamu Asing]',
    );
  });
});

describe('lastModified', () => {
  it('takes the latest of publication, update notes and the last commit, for public records only', () => {
    const git = {
      head: 'x',
      content: undefined,
      lastChanged: new Map([
        [
          'tests/fixtures/valid/press-releases/2025/2025-06-10-penginapan-palembang-diminta-lapor.md',
          '2025-07-01T00:00:00Z',
        ],
      ]),
    };
    const dates = lastModified(content, git, NOW);
    expect(dates.get('/siaran-pers/2025-06-10-penginapan-palembang-diminta-lapor/')).toBe('2025-07-01T00:00:00.000Z');
    expect(dates.get('/siaran-pers/2025-03-05-pendataan-pekerja-asing-tambang-muara-enim/')).toBe(
      '2025-03-05T07:00:00.000Z',
    );
    expect([...dates.keys()].some((path) => path.includes('2030-01-15'))).toBe(false);
  });
});
