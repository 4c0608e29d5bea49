import type { Dateline } from '../../../src/lib/wire/dateline.ts';
import { sentences } from '../../../src/lib/wire/sentences.ts';

/** Indonesian day names, Sunday first as Date.getUTCDay() counts. */
const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/**
 * How the date of the release was found: a date in the text or dateline, the page's date stamp,
 * a day name counted back, or none (the reference day).
 */
export type DateSource = 'explicit' | 'stamp' | 'day-name' | 'reference';

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

/** The day a release was published, how it was found, and the words and sentence it came from. */
export interface PublicationDay {
  day: string;
  source: DateSource;
  words?: string;
  /** The sentence (or line) for the report; absent when the reference day was used. */
  from?: string;
  warning?: string;
}

/**
 * The day of publication: the date in the dateline ("Palembang, 12 Maret 2025 –"), else the
 * page's date stamp, else a day the first paragraphs name, else the reference day.
 */
export function publicationDay(
  paragraphs: readonly string[],
  reference: string,
  dateline?: Pick<Dateline, 'day' | 'words'>,
  stamp?: { day: string; words: string },
): PublicationDay {
  if (dateline?.day !== undefined)
    return { day: dateline.day, source: 'explicit', words: dateline.words, from: dateline.words };
  if (stamp) return { day: stamp.day, source: 'stamp', words: stamp.words, from: stamp.words };
  const found = findDay(paragraphs.slice(0, 4), reference);
  const { words } = found;
  if (words === undefined) return found;
  const paragraph = paragraphs.find((item) => item.includes(words)) ?? words;
  return { ...found, from: sentences(paragraph).find((item) => item.includes(words)) ?? paragraph };
}
