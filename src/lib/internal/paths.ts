/** URL paths of the internal section, in one place so pages, the vault and tests agree. */
export const INTERNAL_ROOT = '/internal/';

/** The anchor of a follow-up action on its meeting's page, e.g. "tindakan-a1". */
export function actionAnchor(actionId: string): string {
  return `tindakan-${actionId}`;
}

/**
 * The file name an attachment is served under: the last part of its path, which is relative to
 * the meeting record ("./2024-11-22-daftar-hadir.pdf" → "2024-11-22-daftar-hadir.pdf").
 */
export function attachmentName(file: string): string {
  const name = file.replaceAll('\\', '/').split('/').at(-1) ?? '';
  if (name === '' || name === '.' || name === '..') throw new Error(`attachment ${JSON.stringify(file)} names no file`);
  return name;
}

/** Internal URL paths; every page path ends in a slash. */
export const internalPaths = {
  /** The unlock page. */
  unlock: INTERNAL_ROOT,
  home: '/internal/beranda/',
  meetings: '/internal/rapat/',
  meeting: (id: string) => `/internal/rapat/${id}/`,
  /** A follow-up action on its meeting's page. */
  action: (meetingId: string, actionId: string) => `/internal/rapat/${meetingId}/#${actionAnchor(actionId)}`,
  tracker: '/internal/tindak-lanjut/',
  releases: '/internal/siaran/',
  release: (id: string) => `/internal/siaran/${id}/`,
  search: '/internal/cari/',
  /** Where a meeting's attachment is served, e.g. /internal/lampiran/<meeting id>/daftar-hadir.pdf. */
  attachment: (meetingId: string, file: string) =>
    `/internal/lampiran/${meetingId}/${encodeURIComponent(attachmentName(file))}`,
} as const;

/** True for a path inside the internal section (which the vault encrypts). */
export function isInternalPath(path: string): boolean {
  return path === '/internal' || path.startsWith(INTERNAL_ROOT);
}
