import { describe, expect, it } from 'vitest';
import { actionAnchor, attachmentName, internalPaths, isInternalPath } from '../../src/lib/internal/paths.ts';

describe('internalPaths', () => {
  it.each([
    { path: internalPaths.unlock, expected: '/internal/' },
    { path: internalPaths.home, expected: '/internal/beranda/' },
    { path: internalPaths.meetings, expected: '/internal/rapat/' },
    { path: internalPaths.meeting('2024-11-22-rakor'), expected: '/internal/rapat/2024-11-22-rakor/' },
    { path: internalPaths.action('2024-11-22-rakor', 'a2'), expected: '/internal/rapat/2024-11-22-rakor/#tindakan-a2' },
    { path: internalPaths.tracker, expected: '/internal/tindak-lanjut/' },
    { path: internalPaths.releases, expected: '/internal/siaran/' },
    { path: internalPaths.release('2030-01-15-embargo'), expected: '/internal/siaran/2030-01-15-embargo/' },
    { path: internalPaths.search, expected: '/internal/cari/' },
    {
      path: internalPaths.attachment('2024-11-22-rakor', './2024-11-22-daftar-hadir.pdf'),
      expected: '/internal/lampiran/2024-11-22-rakor/2024-11-22-daftar-hadir.pdf',
    },
    {
      path: internalPaths.attachment('rapat', 'lampiran/daftar hadir.pdf'),
      expected: '/internal/lampiran/rapat/daftar%20hadir.pdf',
    },
  ])('builds $expected', ({ path, expected }) => {
    expect(path).toBe(expected);
  });
});

describe('attachmentName', () => {
  it.each([
    { file: './2024-11-22-daftar-hadir.pdf', expected: '2024-11-22-daftar-hadir.pdf' },
    { file: '../2023/matriks.xlsx', expected: 'matriks.xlsx' },
    { file: 'lampiran\\foto.jpg', expected: 'foto.jpg' },
  ])('serves $file as $expected', ({ file, expected }) => {
    expect(attachmentName(file)).toBe(expected);
  });

  it.each(['', './', '..'])('throws for %j, which names no file', (file) => {
    expect(() => attachmentName(file)).toThrow('names no file');
  });
});

describe('actionAnchor and isInternalPath', () => {
  it('anchors an action as tindakan-<id>', () => {
    expect(actionAnchor('a1')).toBe('tindakan-a1');
  });

  it.each([
    { path: '/internal/', expected: true },
    { path: '/internal', expected: true },
    { path: '/internal/rapat/x/', expected: true },
    { path: '/internalia/', expected: false },
    { path: '/kegiatan/internal/', expected: false },
  ])('sees $path as internal: $expected', ({ path, expected }) => {
    expect(isInternalPath(path)).toBe(expected);
  });
});
