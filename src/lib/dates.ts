/** Where and how dates are shown; always passed in, because CI runs in UTC and readers in WIB. */
export interface DateStyle {
  /** BCP 47 locale, e.g. "id-ID". */
  locale: string;
  /** IANA time zone, e.g. "Asia/Jakarta". */
  timeZone: string;
  /** Abbreviation printed after times, e.g. "WIB". */
  timeZoneLabel: string;
}

/** The formats this module prints, by name, so a formatter is looked up without serialising options. */
const FORMATS = {
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  month: { month: 'long', year: 'numeric' },
  isoDay: { year: 'numeric', month: '2-digit', day: '2-digit' },
  calendarDay: { day: 'numeric', month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than using one; pages print thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${format}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...FORMATS[format], timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** @example formatDate(new Date('2024-11-23T03:15:00Z'), wib) // "Sabtu, 23 November 2024" */
export function formatDate(date: Date, style: DateStyle): string {
  return formatter(style.locale, style.timeZone, 'date').format(date);
}

/** @example formatClock(new Date('2024-11-23T03:15:00Z'), wib) // "10.15" */
export function formatClock(date: Date, style: DateStyle): string {
  return formatter(style.locale, style.timeZone, 'clock').format(date);
}

/** @example formatTime(new Date('2024-11-23T03:15:00Z'), wib) // "10.15 WIB" */
export function formatTime(date: Date, style: DateStyle): string {
  return `${formatClock(date, style)} ${style.timeZoneLabel}`;
}

/** @example formatDateTime(new Date('2024-11-23T03:15:00Z'), wib) // "Sabtu, 23 November 2024, 10.15 WIB" */
export function formatDateTime(date: Date, style: DateStyle): string {
  return `${formatDate(date, style)}, ${formatTime(date, style)}`;
}

/** @example formatMonth(new Date('2024-11-23T03:15:00Z'), wib) // "November 2024" */
export function formatMonth(date: Date, style: DateStyle): string {
  return formatter(style.locale, style.timeZone, 'month').format(date);
}

/** Days already worked out, by zone and instant: lists, charts and archives ask for the same ones many times. */
const days = new Map<string, string>();

/** The calendar day in the site's zone, as YYYY-MM-DD. */
export function localDay(date: Date, style: Pick<DateStyle, 'timeZone'>): string {
  const key = `${style.timeZone} ${date.getTime()}`;
  let day = days.get(key);
  if (day === undefined) {
    day = formatter('en-CA', style.timeZone, 'isoDay').format(date);
    days.set(key, day);
  }
  return day;
}

/** The year in the site's zone: a release at 00.30 WIB on 1 January belongs to the new year. */
export function localYear(date: Date, style: Pick<DateStyle, 'timeZone'>): number {
  return Number(localDay(date, style).slice(0, 4));
}

/** @example formatCalendarDate('2025-05-12', 'id-ID') // "Senin, 12 Mei 2025": a calendar day with its weekday, unshifted. */
export function formatCalendarDate(day: string, locale: string): string {
  return formatter(locale, 'UTC', 'date').format(new Date(`${day}T00:00:00Z`));
}

/** Calendar days already formatted, by locale and day: the tracker prints each action's days on four pages. */
const calendarDays = new Map<string, string>();

/** Formats a calendar day ("2024-12-15") without shifting it through a time zone. */
export function formatCalendarDay(day: string, locale: string): string {
  const key = `${locale} ${day}`;
  let formatted = calendarDays.get(key);
  if (formatted === undefined) {
    formatted = formatter(locale, 'UTC', 'calendarDay').format(new Date(`${day}T00:00:00Z`));
    calendarDays.set(key, formatted);
  }
  return formatted;
}
