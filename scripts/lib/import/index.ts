import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContent } from '../../../src/lib/content/load.ts';
import { LAYOUT } from '../../../src/lib/content/read.ts';
import { localDay } from '../../../src/lib/dates.ts';
import { addDays, NewRecordError, offsetAt, siteTimeZone, slugify } from '../new.ts';
import { missing, renderDraft } from './draft.ts';
import { parseWire, type WireRelease } from './wire.ts';

export { parseWire, splitParagraphs, findDay, lastWeekday, leadSummary, sentences } from './wire.ts';
export { renderDraft, missing } from './draft.ts';

/** Options of importWire. */
export interface ImportOptions {
  /** Absolute path of the content folder, whose registries names are matched against. */
  contentDir: string;
  /** Folder that printed paths are relative to. */
  root?: string;
  /** Reference day for relative day names, YYYY-MM-DD; default today in the site's zone. */
  reference?: string | undefined;
  /** The clock, for "today". */
  now?: Date;
  /** A headline when the text has none. */
  title?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
}

/** A draft made from wire text, and where it goes. */
export interface ImportResult {
  release: WireRelease;
  /** Absolute path of the draft. */
  path: string;
  /** Path as shown to the editor. */
  file: string;
  text: string;
  /** Warnings from reading the text (repeats removed, dates that disagree). */
  warnings: string[];
  /** Fields left as TODO, with the reason. */
  todo: string[];
}

/** Turns wire text into a draft press release in content/press-releases/YYYY/. */
export function importWire(text: string, options: ImportOptions): ImportResult {
  const { contentDir, root = process.cwd(), now = new Date() } = options;
  const timeZone = siteTimeZone(contentDir);
  const reference = options.reference ?? localDay(now, { timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference) || addDays(reference, 0) !== reference)
    throw new NewRecordError(`--date ${JSON.stringify(reference)} is not a day written as YYYY-MM-DD`);
  if (text.trim() === '')
    throw new NewRecordError('the text is empty: give a file, or paste the text on standard input');

  // Registries come from whatever validates, so an error elsewhere in the content does not stop an import.
  const { partial } = loadContent(contentDir, { root });
  const release = parseWire(text, {
    reference,
    regions: partial.regions,
    organizations: partial.organizations,
    people: partial.people,
    knownTopics: partial.releases.flatMap((entry) => entry.data.topics),
  });
  if (options.title) release.title = options.title;
  if (release.paragraphs.length === 0) throw new NewRecordError('the text has no paragraphs to import');

  const slug = slugify(release.title ?? release.summary ?? release.paragraphs[0] ?? '', 60);
  if (slug === '') throw new NewRecordError('the text has no words to name the file with: add --title');
  const path = join(contentDir, LAYOUT.releases, release.day.slice(0, 4), `${release.day}-${slug}.md`);
  const file = relative(root, path).split(sep).join('/');
  if (existsSync(path))
    throw new NewRecordError(`${file} already exists: nothing was written (use --stdout, or give another --title)`);
  const draft = renderDraft(release, {
    offset: offsetAt(new Date(`${release.day}T12:00:00Z`), timeZone),
    reference,
    source: options.source,
    url: options.url,
  });
  return { release, path, file, text: draft, warnings: release.warnings, todo: missing(release) };
}
