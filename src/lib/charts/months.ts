// Calendar months and days as text (YYYY-MM, YYYY-MM-DD): charts count in the site's zone, so no
// Date ever passes through the machine's zone here.

/** Indonesian month names, January first. */
export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Three-letter Indonesian month names, as chart axes print them. */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
] as const;

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parts(month: string): [year: number, month: number] {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`${JSON.stringify(month)} is not a month (YYYY-MM)`);
  return [Number(match[1]), Number(match[2])];
}

function dayTime(day: string): number {
  if (!DAY.test(day)) throw new Error(`${JSON.stringify(day)} is not a calendar day (YYYY-MM-DD)`);
  return Date.parse(`${day}T00:00:00Z`);
}

/** @example monthOf('2024-11-22') // "2024-11" */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const [fromYear, fromMonth] = parts(from);
  const [toYear, toMonth] = parts(to);
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** @example lastDayOf('2024-02') // "2024-02-29" */
export function lastDayOf(month: string): string {
  const [year, number] = parts(month);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** Calendar days from one day to another: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayTime(to) - dayTime(from)) / 86_400_000);
}

/**
 * A month as charts print it.
 * @example monthLabel('2024-11') // "November 2024"; monthLabel('2024-11', 'short') // "Nov 2024"
 */
export function monthLabel(month: string, length: 'long' | 'short' = 'long'): string {
  const [year, number] = parts(month);
  const names = length === 'long' ? MONTH_NAMES : MONTH_ABBREVIATIONS;
  return `${names[number - 1]} ${year}`;
}
