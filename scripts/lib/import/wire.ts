import { DATELINE, placeName } from '../../../src/lib/lint/dateline.ts';
import { normalizeText } from '../../../src/lib/lint/text.ts';
import { SUMMARY_MAX } from '../../../src/lib/lint/rules/length.ts';
import { blank, findNames, organizationNames, regionNames, uniqueIds } from './match.ts';
import { SpeakerFinder, type Registries, type Speaker, type SpeakerEvidence } from './people.ts';

/** Indonesian day names, Sunday first as Date.getUTCDay() counts. */
export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** How the date of the release was found. */
export type DateSource = 'explicit' | 'day-name' | 'reference';

/** A wire release taken apart: what could be read from it and what could not. */
export interface WireRelease {
  title?: string;
  /** City of the dateline, e.g. "Palembang". */
  dateline?: string;
  /** Agency named in the dateline, e.g. "ANTARA". */
  agency?: string;
  /** The lead's first sentence (or two, when they are short). */
  summary?: string;
  /** Day of the release, YYYY-MM-DD. */
  day: string;
  /** How `day` was found, and the words it was found from. */
  dateSource: DateSource;
  dateWords?: string;
  /** Reporter and editor named at the foot of the text ("Pewarta:", "Editor:"). */
  author?: string;
  editor?: string;
  /** The text, one string per paragraph, without the dateline, repeats or wire boilerplate. */
  paragraphs: string[];
  people: Speaker[];
  organizations: string[];
  regions: string[];
  topics: string[];
  /** The report: which field got which value from which sentence. */
  evidence: SpeakerEvidence[];
  /** Things the editor should know: repeated paragraphs removed, dates that disagree, ... */
  warnings: string[];
}

/** Options for parseWire. */
export interface WireOptions extends Registries {
  /** The day relative day names count back from ("Sabtu" = the last Saturday on or before it). */
  reference: string;
  /** Topic words already used by other releases; those found in the text are proposed. */
  knownTopics?: readonly string[];
}

/** Lines that are wire furniture, not the release: credits, "read also", copyright. */
const FOOTER = /^(?:pewarta|penulis|reporter|editor|redaktur|penyunting|foto|fotografer)\s*:\s*(.+)$/i;
const NOISE =
  /^(?:baca juga\s*:|copyright\b|©|\(c\)|hak cipta|dilarang (?:keras )?mengambil|sumber\s*:|ikuti (?:kami|berita)|simak (?:juga|berita))/i;

/**
 * Paragraphs of pasted text: blocks separated by blank lines (their lines joined), or, when the
 * text has no blank line, one paragraph per line, as web copy is pasted.
 */
export function splitParagraphs(text: string, standalone: (line: string) => boolean = () => false): string[] {
  const clean = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    // Typographic double quotes as the house style writes them: straight.
    .replace(/[\u201C\u201D\u201E]/g, '"');
  if (!/\n[ \t]*\n/.test(clean.trim()))
    return clean
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  return clean.split(/\n[ \t]*\n/).flatMap((block) => {
    // Credit lines ("Pewarta: ...") stand alone even when nothing separates them.
    const paragraphs: string[][] = [[]];
    for (const line of block.split('\n').map((item) => item.trim())) {
      if (standalone(line)) paragraphs.push([line], []);
      else paragraphs.at(-1)?.push(line);
    }
    return paragraphs.map((lines) => lines.join(' ').trim()).filter(Boolean);
  });
}

/** A YYYY-MM-DD day plus some days. */
function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/**
 * The last day named `dayName` on or before the reference day.
 * @example lastWeekday('Sabtu', '2024-11-25') // '2024-11-23'
 */
export function lastWeekday(dayName: string, reference: string): string {
  const wanted = DAY_NAMES.findIndex((name) => name.toLowerCase() === dayName.toLowerCase().replace(/'/g, ''));
  if (wanted < 0) throw new Error(`${dayName} is not an Indonesian day name`);
  return shift(reference, -((weekday(reference) - wanted + 7) % 7));
}

const DAY_MENTION =
  /\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b(?:\s*\(\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{2,4}))?\s*\))?/u;

/** The day a release speaks of: "Kamis (17/10)" exactly, "Sabtu" counted back from the reference. */
export function findDay(
  paragraphs: readonly string[],
  reference: string,
): { day: string; source: DateSource; words?: string; warning?: string } {
  for (const paragraph of paragraphs) {
    const match = DAY_MENTION.exec(paragraph);
    if (!match) continue;
    const [words, rawName = '', dd, mm, yy] = match;
    const name = rawName === 'Ahad' ? 'Minggu' : rawName.replace("'", '');
    if (dd && mm) {
      let year = yy ? Number(yy.length === 2 ? `20${yy}` : yy) : Number(reference.slice(0, 4));
      let day = `${year}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
      // Without a year, "(28/12)" read in January is last year's.
      if (!yy && day > reference) {
        year -= 1;
        day = `${year}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
      }
      if (shift(day, 0) !== day) continue;
      const named = DAY_NAMES[weekday(day)];
      return {
        day,
        source: 'explicit',
        words,
        ...(named !== name
          ? { warning: `"${words}": ${day} is a ${named}, not a ${name}; check the date (publishedAt)` }
          : {}),
      };
    }
    return { day: lastWeekday(name, reference), source: 'day-name', words };
  }
  return { day: reference, source: 'reference' };
}

/** Sentences of a paragraph; abbreviations such as "Kab." or initials do not end one. */
export function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[\p{Lu}\d])/u);
  const result: string[] = [];
  for (const part of parts) {
    const previous = result.at(-1);
    if (
      previous !== undefined &&
      /(?:\b\p{Lu}|\b(?:Kab|No|Jl|Dr|dr|Drs|Ir|Hj?|Prof|St|Tbk|Kec|Kel|dkk|Bpk|Sdr))\.$/u.test(previous)
    )
      result[result.length - 1] = `${previous} ${part}`;
    else result.push(part);
  }
  return result;
}

/** The summary from the lead: its first sentence, and the second too when both fit a search snippet. */
export function leadSummary(lead: string): string {
  const [first = lead, second] = sentences(lead);
  if (second !== undefined && first.length + second.length + 1 <= SUMMARY_MAX && first.length < 120)
    return `${first} ${second}`;
  return first;
}

/** A headline: short, one line, no closing period, not the start of the story. */
function isHeadline(paragraph: string): boolean {
  return paragraph.length <= 160 && !/[.:;,]$/.test(paragraph) && !DATELINE.test(paragraph);
}

/**
 * Reads a wire-style release: headline (if any), dateline ("Palembang (ANTARA) -", "PALEMBANG -"),
 * paragraphs with quotations attributed by kata/ujar/jelas/tambahnya/ungkap, and the credits at the
 * foot. Repeated paragraphs (a text pasted twice) are dropped with a warning.
 */
export function parseWire(text: string, options: WireOptions): WireRelease {
  const warnings: string[] = [];
  let paragraphs = splitParagraphs(text, (line) => FOOTER.test(line) || NOISE.test(line));
  const result: Partial<WireRelease> = {};

  // Credits and boilerplate, wherever they are.
  paragraphs = paragraphs.filter((paragraph) => {
    const credit = FOOTER.exec(paragraph);
    if (credit) {
      const [, who = ''] = credit;
      const value = who.trim();
      if (/^(?:pewarta|penulis|reporter)/i.test(paragraph)) result.author ??= value;
      else if (/^(?:editor|redaktur|penyunting)/i.test(paragraph)) result.editor ??= value;
      return false;
    }
    return !NOISE.test(paragraph);
  });

  // The headline comes before the dateline paragraph.
  const datelineAt = paragraphs.findIndex((paragraph) => DATELINE.test(paragraph));
  const [first] = paragraphs;
  if (first !== undefined && datelineAt !== 0 && isHeadline(first) && paragraphs.length > 1) {
    result.title = first.replace(/\s+/g, ' ');
    paragraphs = paragraphs.slice(1);
  }
  const leadIndex = paragraphs.findIndex((paragraph) => DATELINE.test(paragraph));
  if (leadIndex >= 0) {
    const lead = paragraphs[leadIndex] ?? '';
    const match = DATELINE.exec(lead);
    if (match) {
      result.dateline = placeName(match[1] ?? '');
      if (match[2]) result.agency = match[2].trim();
      paragraphs[leadIndex] = lead.slice(match[0].length);
    }
    if (leadIndex > 0) {
      warnings.push(`${leadIndex} paragraph(s) before the dateline were kept at the top of the text: check them`);
    }
  }

  // A text pasted twice: keep the first copy of every paragraph.
  const seen = new Map<string, number>();
  const kept: string[] = [];
  const removed: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    const key = normalizeText(paragraph);
    if (seen.has(key)) removed.push(index + 1);
    else {
      seen.set(key, index + 1);
      kept.push(paragraph);
    }
  });
  if (removed.length > 0)
    warnings.push(
      `removed ${removed.length} repeated paragraph${removed.length === 1 ? '' : 's'} (paragraph ${removed.join(', ')} of the text): the same text was probably pasted twice`,
    );
  paragraphs = kept;

  const leadParagraph = paragraphs[Math.max(leadIndex, 0)];
  if (leadParagraph) result.summary = leadSummary(leadParagraph);

  const found = findDay(paragraphs.slice(0, 4), options.reference);
  if (found.warning) warnings.push(found.warning);

  const body = paragraphs.join('\n\n');
  const everything = [result.title ?? '', body].join('\n\n');
  const people = new SpeakerFinder(options).find(body);
  // The place a statement was made ("kata X di Palembang, Sabtu") is not what the release is about.
  const statementPlaces =
    /\b(?:kata|ujar|jelas|ungkap|tutur|tambah)\w*\b[^."]{0,120}?\bdi\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?),\s*(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)/gu;
  const aboutPlaces = everything.replace(statementPlaces, (whole, place: string) =>
    whole.replace(place, ' '.repeat(place.length)),
  );
  const agencies = findNames(everything, organizationNames(options.organizations));
  // Place names inside agency names ("Kantor Imigrasi Muara Enim") say who, not where; a local
  // government ("Pemerintah Kabupaten Lahat") does say where.
  const localGovernments = uniqueIds(agencies).flatMap((id) => {
    const agency = options.organizations.find((organization) => organization.id === id);
    return agency?.kind === 'pemerintah-daerah' && agency.region ? [agency.region] : [];
  });
  const topics = (options.knownTopics ?? []).filter((topic) =>
    new RegExp(`(?<![\\p{L}])${topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(everything),
  );

  return {
    ...result,
    day: found.day,
    dateSource: found.source,
    ...(found.words ? { dateWords: found.words } : {}),
    paragraphs,
    people: people.speakers,
    organizations: uniqueIds(agencies),
    regions: [
      ...new Set([
        ...localGovernments,
        ...uniqueIds(findNames(blank(aboutPlaces, agencies), regionNames(options.regions))),
      ]),
    ],
    topics: [...new Set(topics)],
    evidence: people.evidence,
    warnings: [...warnings, ...people.warnings],
  };
}
