import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { allowedExtension, isHidden } from './files.ts';

/** Folders of Markdown collections and the data files, relative to the content folder. */
export const LAYOUT = {
  releases: 'press-releases',
  meetings: 'meetings',
  site: 'site.yaml',
  regions: 'regions.yaml',
  organizations: 'organizations.yaml',
  people: 'people.yaml',
} as const;

/**
 * Files that may sit beside records: pictures and attachments, referenced from frontmatter. SVGs
 * are listed too, so that the check can say why they are refused.
 */
const isAsset = (name: string) => allowedExtension(name, 'attachment') || /\.svg$/i.test(name);
const ENTRY = /\.mdx?$/i;

/** A file found under the content folder. */
export interface ContentFile {
  /** Absolute path. */
  absolute: string;
  /** Path shown in messages, relative to the project root, with forward slashes. */
  file: string;
}

/** Hidden files that tools leave everywhere; nothing can name them (see assetProblem), so they are skipped. */
const NOISE = new Set(['.DS_Store', '.gitkeep']);
const isNoise = (item: Dirent) => item.isFile() && NOISE.has(item.name);

/** Files under `dir`, and hidden files and folders apart (not entered), in name order. */
function walk(dir: string, hidden: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((item) => {
      const path = join(dir, item.name);
      if (isNoise(item)) return [];
      if (isHidden(item.name)) {
        hidden.push(path);
        return [];
      }
      return item.isDirectory() ? walk(path, hidden) : [path];
    });
}

/** The content folder's files, as listContent sorts them. */
export type ContentListing = ReturnType<typeof listContent>;

/**
 * Every file under the content folder, sorted into what the loaders will read. Hidden files and
 * folders (names starting with ".") are listed apart, never read: editors' tools and reviews skip
 * them, so content may not hold any but the noise tools leave (.DS_Store, .gitkeep).
 */
export function listContent(contentDir: string, root: string) {
  const show = (absolute: string) => relative(root, absolute).split(sep).join('/');
  const hidden: string[] = [];
  const collection = (name: string) => {
    const dir = join(contentDir, name);
    const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? walk(dir, hidden) : [];
    const entries: ContentFile[] = [];
    const templates: ContentFile[] = [];
    const assets: ContentFile[] = [];
    const stray: ContentFile[] = [];
    for (const absolute of files) {
      const item = { absolute, file: show(absolute) };
      const base = absolute.slice(absolute.lastIndexOf(sep) + 1);
      if (ENTRY.test(base)) (base.startsWith('_') ? templates : entries).push(item);
      else if (isAsset(base)) assets.push(item);
      else stray.push(item);
    }
    return { dir, folder: show(dir), entries, templates, assets, stray };
  };
  const releases = collection(LAYOUT.releases);
  const meetings = collection(LAYOUT.meetings);
  const known = new Set<string>([
    LAYOUT.releases,
    LAYOUT.meetings,
    LAYOUT.site,
    LAYOUT.regions,
    LAYOUT.organizations,
    LAYOUT.people,
  ]);
  const top = readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  hidden.unshift(
    ...top.filter((item) => isHidden(item.name) && !isNoise(item)).map((item) => join(contentDir, item.name)),
  );
  const unknownTop = top
    .filter((item) => !isHidden(item.name) && !known.has(item.name))
    .map((item) => ({ absolute: join(contentDir, item.name), file: show(join(contentDir, item.name)) }));
  const dataFile = (name: string) => ({ absolute: join(contentDir, name), file: show(join(contentDir, name)) });
  return {
    releases,
    meetings,
    site: dataFile(LAYOUT.site),
    regions: dataFile(LAYOUT.regions),
    organizations: dataFile(LAYOUT.organizations),
    people: dataFile(LAYOUT.people),
    stray: [...releases.stray, ...meetings.stray],
    unknown: unknownTop,
    hidden: hidden.map((absolute) => ({ absolute, file: show(absolute) })),
  };
}

/** Reads a file as text, or undefined when it does not exist. */
export function readText(absolute: string): string | undefined {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The id of a record file: its name without folder and extension. */
export function entryId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(ENTRY, '');
}
