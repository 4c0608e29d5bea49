import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { loadContent } from '../../../src/lib/content/load.ts';
import { provinceOf } from '../../../src/lib/wire/match.ts';
import { LAYOUT } from '../../../src/lib/content/read.ts';
import { localDay } from '../../../src/lib/dates.ts';
import { addDays, NewRecordError, offsetAt, siteTimeZone, slugify } from '../new.ts';
import { missing, renderDraft } from './draft.ts';
import { parseWire, type WireRelease } from './wire.ts';

export { parseWire, type Evidence, type WireRelease } from './wire.ts';
export { findDay, lastWeekday } from './days.ts';
export { splitParagraphs } from './paragraphs.ts';
export { cutSentence, leadSummary } from './summary.ts';
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

/**
 * Turns wire text into a draft press release for content/press-releases/YYYY/; the caller writes
 * it (see writeDraft) or prints it.
 */
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
    province: provinceOf(partial.site),
    knownTopics: partial.releases.flatMap((entry) => entry.data.topics),
  });
  if (options.title) release.title = options.title;
  if (release.paragraphs.length === 0) throw new NewRecordError('the text has no paragraphs to import');

  const slug = slugify(release.title ?? release.summary ?? release.paragraphs[0] ?? '', 60);
  if (slug === '') throw new NewRecordError('the text has no words to name the file with: add --title');
  const path = join(contentDir, LAYOUT.releases, release.day.slice(0, 4), `${release.day}-${slug}.md`);
  const file = relative(root, path).split(sep).join('/');
  const draft = renderDraft(release, {
    offset: offsetAt(new Date(`${release.day}T12:00:00Z`), timeZone),
    reference,
    source: options.source,
    url: options.url,
  });
  return { release, path, file, text: draft, warnings: release.warnings, todo: missing(release) };
}

/** Writes the draft of an import; refuses to overwrite a file that already exists. */
export function writeDraft(result: ImportResult): void {
  if (existsSync(result.path))
    throw new NewRecordError(
      `${result.file} already exists: nothing was written (use --stdout to print the draft, or give another --title)`,
    );
  mkdirSync(dirname(result.path), { recursive: true });
  writeFileSync(result.path, result.text, { flag: 'wx' });
}

/** A long value cut for one line of the report. */
const short = (text: string, length: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
};

/** The report lists fields in the draft's order; others follow. */
const FIELD_ORDER = [
  'title',
  'summary',
  'dateline',
  'publishedAt',
  'author',
  'editor',
  'source',
  'organizations',
  'regions',
  'people',
];
const rank = (field: string) => {
  const at = FIELD_ORDER.indexOf(field);
  return at < 0 ? FIELD_ORDER.length : at;
};

/**
 * What the import read and what is left, for the editor: "field: value ← the sentence it came from"
 * for every field filled from the text, in the draft's order, then the TODO list.
 */
export function report(result: ImportResult): string {
  const lines = ['Read from the text (field: value ← where it came from):'];
  const evidence = [...result.release.evidence].sort((a, b) => rank(a.field) - rank(b.field));
  const width = Math.max(...evidence.map((entry) => entry.field.length), 0);
  for (const entry of evidence)
    lines.push(`  ${`${entry.field}:`.padEnd(width + 1)} ${short(entry.value, 60)} ← "${short(entry.from, 160)}"`);
  if (evidence.length === 0) lines.push('  nothing');
  if (result.todo.length > 0)
    lines.push('Still to write (marked TODO in the draft):', ...result.todo.map((item) => `  - ${item}`));
  return lines.join('\n');
}
