import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ContentIssue } from './issues.ts';
import type { ContentFile } from './read.ts';
import { signatureIssues } from './signatures.ts';

/**
 * The allow-list of what content may publish, by extension: SVG, HTML, scripts and anything else a
 * browser could run as a page on the site's own address are refused. Pictures are raster only,
 * which browsers show but never run.
 */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;
/** Attachments: pictures, and documents that browsers download or show in their own viewer. */
export const ATTACHMENT_EXTENSIONS = [...PICTURE_EXTENSIONS, '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.odt'] as const;

/** What a record may name: a picture (release image, picture in a body) or a meeting's attachment. */
export type AssetKind = 'picture' | 'attachment';
const ALLOWED: Record<AssetKind, readonly string[]> = {
  picture: PICTURE_EXTENSIONS,
  attachment: ATTACHMENT_EXTENSIONS,
};

/** Whether a file name has an extension that `kind` allows (case-insensitive). */
export const allowedExtension = (name: string, kind: AssetKind) => ALLOWED[kind].includes(extname(name).toLowerCase());

/** Whether a file or folder name is hidden (starts with "."): tools skip such names, so reviewers miss them. */
export const isHidden = (name: string) => name.startsWith('.') && name !== '.' && name !== '..';

const inside = (folder: string, path: string) => {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest);
};

/**
 * Why a picture or attachment named in a record cannot be published, or undefined when it can.
 * Only files inside the content folder are published: a path may not climb out of it, be
 * absolute, or be a link to a file elsewhere, which would publish whatever file it names. It must
 * name a visible file (no folder, no name starting with ".") of a type `kind` allows.
 * @param record absolute path of the record that names the file
 */
export function assetProblem(contentDir: string, record: string, path: string, kind: AssetKind): string | undefined {
  const shown = JSON.stringify(path);
  if (/^https?:\/\//i.test(path)) return undefined; // a picture elsewhere: the page links to it
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    return `${shown} is an address the site cannot publish: write https://… or the name of a file next to this record (e.g. ./foto.jpg)`;
  }
  // The build hands the path to Vite, which reads ?raw, ?url, #… and %-escapes as instructions.
  if (/[?#%\\\p{Cc}]/u.test(path)) {
    return `${shown} has a ?, #, %, \\ or control character, which the build would read as an instruction: name the file alone (e.g. ./foto.jpg)`;
  }
  if (isAbsolute(path) || /^[\\/]/.test(path)) {
    return `${shown} is an absolute path: name a file in the content folder, relative to this file (e.g. ./foto.jpg)`;
  }
  const target = resolve(dirname(record), path);
  const fix = 'copy the file next to this record and write its name (e.g. ./foto.jpg)';
  if (!inside(contentDir, target)) return `${shown} is outside the content folder: ${fix}`;
  if (relative(contentDir, target).split(sep).some(isHidden)) {
    return `${shown} names a hidden file or folder (its name starts with "."): rename it without the dot and write the new name`;
  }
  if (!allowedExtension(target, kind)) {
    const allowed = ALLOWED[kind].join(', ');
    return `${shown} is not ${kind === 'picture' ? 'a picture' : 'an attachment'} the site publishes (${allowed}): export it as one of those and name that file`;
  }
  if (!existsSync(target)) {
    return `${shown} does not exist: the path is relative to this file (e.g. ./foto.jpg)`;
  }
  if (!inside(realpathSync(contentDir), realpathSync(target))) {
    return `${shown} is a link to a file outside the content folder: ${fix}`;
  }
  if (!statSync(target).isFile()) return `${shown} is a folder, not a file: name the file inside it`;
  return undefined;
}

const SVG = /\.svg$/i;

/**
 * SVG files in the content folder. An SVG is a document that can carry script, and a picture is
 * served from the site's own address, where script could read an unlocked internal section; so
 * content holds raster pictures only.
 */
export function svgIssues(assets: readonly ContentFile[]): ContentIssue[] {
  return assets
    .filter((asset) => SVG.test(asset.file))
    .map((asset) => ({
      file: asset.file,
      path: '',
      severity: 'error',
      message:
        'is an SVG picture, which can carry script that would run on the site: export it as PNG, JPEG or WebP and name that file instead',
    }));
}

/**
 * Files of the content folder that are links to files outside it: a record, registry or picture
 * linked in from elsewhere would publish whatever file it points at.
 */
export function outsideLinkIssues(contentDir: string, files: readonly ContentFile[]): ContentIssue[] {
  const folder = realpathSync(contentDir);
  return files
    .filter((item) => lstatSync(item.absolute, { throwIfNoEntry: false })?.isSymbolicLink())
    .filter((item) => !existsSync(item.absolute) || !inside(folder, realpathSync(item.absolute)))
    .map((item) => ({
      file: item.file,
      path: '',
      severity: 'error',
      message:
        'is a link to a file outside the content folder, which the site would publish: put the file itself in the folder',
    }));
}

/** Where the web editor's media library uploads, relative to the project root; published verbatim. */
export const MEDIA_LIBRARY = 'public/media';

/**
 * Files in the web editor's media library that are not raster pictures. Whoever holds an editor
 * account can upload there, and public/ is copied to the site as it is, so an SVG, HTML or script
 * file would run on the site's own address.
 */
export function mediaLibraryIssues(root: string): ContentIssue[] {
  const folder = join(root, MEDIA_LIBRARY);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => !item.isDirectory())
    .map((item) => join(item.parentPath, item.name))
    .sort()
    .map((absolute) => ({ absolute, file: relative(root, absolute).split(sep).join('/') }));
  const pictures = files.filter(
    (item) => allowedExtension(item.file, 'picture') && !lstatSync(item.absolute).isSymbolicLink(),
  );
  return [
    ...files
      .filter((item) => !pictures.includes(item))
      .map((item): ContentIssue => ({
        file: item.file,
        path: '',
        severity: 'error',
        message: `is published as it is from the web editor's media library, which may hold only pictures (${PICTURE_EXTENSIONS.join(', ')}; no links to other files): export it as one of those, or remove it`,
      })),
    ...signatureIssues(pictures),
  ];
}
