import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders of Markdown collections and the data files, relative to the content folder. */
export const LAYOUT = {
  releases: 'press-releases',
  meetings: 'meetings',
  site: 'site.yaml',
  regions: 'regions.yaml',
  organizations: 'organizations.yaml',
  people: 'people.yaml',
} as const;

/** Files that may sit beside records: pictures and attachments, referenced from frontmatter. */
const ASSET = /\.(jpe?g|png|webp|avif|gif|svg|pdf|docx?|xlsx?|odt)$/i;
const ENTRY = /\.mdx?$/i;

/** A file found under the content folder. */
export interface ContentFile {
  /** Absolute path. */
  absolute: string;
  /** Path shown in messages, relative to the project root, with forward slashes. */
  file: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((item) => (item.isDirectory() ? walk(join(dir, item.name)) : [join(dir, item.name)]));
}

/** Every file under the content folder, sorted into what the loaders will read. */
export function listContent(contentDir: string, root: string) {
  const show = (absolute: string) => relative(root, absolute).split(sep).join('/');
  const collection = (name: string) => {
    const dir = join(contentDir, name);
    const files = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? walk(dir) : [];
    const entries: ContentFile[] = [];
    const templates: ContentFile[] = [];
    const assets: ContentFile[] = [];
    const stray: ContentFile[] = [];
    for (const absolute of files) {
      const item = { absolute, file: show(absolute) };
      const base = absolute.slice(absolute.lastIndexOf(sep) + 1);
      if (base.startsWith('.')) continue;
      if (ENTRY.test(base)) (base.startsWith('_') ? templates : entries).push(item);
      else if (ASSET.test(base)) assets.push(item);
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
  const unknownTop = readdirSync(contentDir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith('.') && !known.has(item.name))
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
