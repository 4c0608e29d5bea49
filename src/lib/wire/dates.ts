/** Month names as pages write them, full or short ("Mar", "Agu", "Agt"), and English ones. */
const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'pebruari', 'february'],
  ['maret', 'mar', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'ags', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nov', 'nop', 'nopember'],
  ['desember', 'des', 'dec', 'december'],
];

/** A written date: "12 Maret 2025", "12 Mar 2025". Group 1 day, 2 month, 3 year. */
export const WRITTEN_DATE = /\b(\d{1,2})\s+(\p{L}{3,9})\.?\s+(\d{4})\b/u;

/** A numeric date: "17/03/2025", "17-03-2025". Group 1 day, 2 month, 3 year. */
export const NUMERIC_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;

/** YYYY-MM-DD from day, month and year, or undefined when no such day exists. */
function isoDay(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The day of a date written in words or digits, YYYY-MM-DD.
 * @example writtenDay('Palembang, 12 Maret 2025') // '2025-03-12'
 */
export function writtenDay(text: string): string | undefined {
  const words = WRITTEN_DATE.exec(text);
  if (words) {
    const month = MONTHS.findIndex((names) => names.includes((words[2] ?? '').toLowerCase()));
    if (month >= 0) return isoDay(Number(words[1]), month + 1, Number(words[3]));
  }
  const digits = NUMERIC_DATE.exec(text);
  return digits ? isoDay(Number(digits[1]), Number(digits[2]), Number(digits[3])) : undefined;
}
