import { chartPaths } from '../charts/paths.ts';
import { TOP_LEVEL, type Level } from '../levels.ts';

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

/** The page of the meeting an attachment's path belongs to, e.g. /internal/rapat/<id>/index.html; undefined for any other path. */
export function attachmentMeetingPage(path: string): string | undefined {
  const meetingId = /^\/internal\/lampiran\/([^/]+)\/[^/]+$/.exec(path)?.[1];
  return meetingId === undefined ? undefined : `${internalPaths.meeting(meetingId)}index.html`;
}

/** True for a path inside the internal section (which the vault encrypts). */
export function isInternalPath(path: string): boolean {
  return path === '/internal' || path.startsWith(INTERNAL_ROOT);
}

/**
 * The pages that list or count records (overview, meeting list, tracker and its charts, release
 * list, search page): each exists once per level, with the records at or below it, and the
 * service worker serves the one of the session's clearance at this address.
 */
export const AGGREGATE_PATHS: readonly string[] = [
  internalPaths.home,
  internalPaths.meetings,
  internalPaths.tracker,
  chartPaths.trackerCharts,
  internalPaths.releases,
  internalPaths.search,
];

/** Where the build writes the variants of the aggregate pages below the top level, before the vault seals them at their own address. */
const VARIANT_ROOT = '/internal/tingkat/';

/**
 * The folder a level's variant of the aggregate pages is built in, relative to /internal/: none
 * for the top level, which is built at the pages' own addresses (so the development server and
 * unencrypted builds show them), `tingkat/<level>` for the others.
 */
export function variantFolder(level: Level): string | undefined {
  return level === TOP_LEVEL ? undefined : `${VARIANT_ROOT.slice(INTERNAL_ROOT.length)}${level}`;
}

/** The address a level's variant of an aggregate page is built at, e.g. /internal/tingkat/rahasia/beranda/. */
export function variantPath(level: Level, path: string): string {
  const folder = variantFolder(level);
  return folder ? `${INTERNAL_ROOT}${folder}/${path.slice(INTERNAL_ROOT.length)}` : path;
}

/** The level and the address of a variant built below the top level at `path`, or undefined for any other path. */
export function variantOf(path: string): { level: string; path: string } | undefined {
  const match = /^\/internal\/tingkat\/([^/]+)\/(.*)$/.exec(path);
  return match ? { level: match[1] as string, path: `${INTERNAL_ROOT}${match[2]}` } : undefined;
}
