import { localDay } from '../dates.ts';
import { formatNumber } from './scale.ts';
import { monthLabel, monthOf, monthRange } from './months.ts';

/** Where "now" and the local calendar are: the build clock and the site's zone. */
export interface ChartClock {
  now: Date;
  timeZone: string;
}

/** Activities per month (YYYY-MM in the site's zone), months without any left out. */
export function countByMonth(dates: readonly Date[], zone: { timeZone: string }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) {
    const month = monthOf(localDay(date, zone));
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** One month of the calendar. */
export interface CalendarCell {
  /** YYYY-MM. */
  month: string;
  count: number;
  /** After the build month: nothing can have happened yet. */
  future: boolean;
}

/** One year of the calendar: twelve months, January first. */
export interface CalendarYear {
  year: number;
  cells: CalendarCell[];
  total: number;
}

/** Activities by month and year, for a calendar heat map. */
export interface ActivityCalendar {
  /** From the year of the first activity to the build year (or the last activity's, if later). */
  years: CalendarYear[];
  /** The busiest month's count. */
  max: number;
  total: number;
}

/** Counts activities by month in the site's zone, every month of every year from the first activity's to now. */
export function activityCalendar(dates: readonly Date[], clock: ChartClock): ActivityCalendar {
  const counts = countByMonth(dates, clock);
  const months = [...counts.keys()];
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return { years: [], max: 0, total: 0 };
  const thisMonth = monthOf(localDay(clock.now, clock));
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Math.max(Number(last.slice(0, 4)), Number(thisMonth.slice(0, 4)));
  const years: CalendarYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const cells = monthRange(`${year}-01`, `${year}-12`).map((month) => ({
      month,
      count: counts.get(month) ?? 0,
      future: month > thisMonth,
    }));
    years.push({ year, cells, total: cells.reduce((sum, cell) => sum + cell.count, 0) });
  }
  const values = [...counts.values()];
  return { years, max: Math.max(...values), total: values.reduce((sum, count) => sum + count, 0) };
}

/** One sentence for screen readers: the period, the total and the busiest months. */
export function describeCalendar(calendar: ActivityCalendar, unit: string): string {
  const first = calendar.years[0];
  const last = calendar.years.at(-1);
  if (!first || !last || calendar.total === 0) return `Belum ada ${unit}.`;
  const busiest = calendar.years
    .flatMap((year) => year.cells)
    .filter((cell) => cell.count === calendar.max)
    .map((cell) => monthLabel(cell.month));
  const period = first.year === last.year ? `tahun ${first.year}` : `tahun ${first.year} sampai ${last.year}`;
  // Name the busiest months when they stand out; a long list says nothing.
  const when = busiest.length <= 3 ? `pada ${busiest.join(', ')}` : `dalam ${busiest.length} bulan`;
  return (
    `${formatNumber(calendar.total)} ${unit} dalam ${period}. ` +
    `Paling banyak ${formatNumber(calendar.max)} ${unit} sebulan, ${when}.`
  );
}

/** A region with its number of activities. */
export interface RegionCount {
  id: string;
  name: string;
  count: number;
}

/**
 * Activities per region: every region of the registry, those without any included, busiest first
 * (ties in registry order). A region the registry lacks is counted under its code, last.
 */
export function countByRegion(
  activities: readonly { region: string }[],
  regions: readonly { id: string; name: string }[],
): RegionCount[] {
  const counts = new Map<string, number>();
  for (const activity of activities) counts.set(activity.region, (counts.get(activity.region) ?? 0) + 1);
  const known = regions.map((region, order) => ({
    id: region.id,
    name: region.name,
    count: counts.get(region.id) ?? 0,
    order,
  }));
  const ids = new Set(regions.map((region) => region.id));
  const unknown = [...counts]
    .filter(([id]) => !ids.has(id))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count], index) => ({ id, name: id, count, order: regions.length + index }));
  return [...known.sort((a, b) => b.count - a.count || a.order - b.order), ...unknown].map(({ id, name, count }) => ({
    id,
    name,
    count,
  }));
}

/** One sentence for screen readers: how many regions saw activities, and the busiest. */
export function describeRegions(counts: readonly RegionCount[], unit: string): string {
  const active = counts.filter((region) => region.count > 0);
  const top = active[0];
  if (!top) return `Belum ada ${unit} di ${counts.length} wilayah.`;
  const busiest = active.filter((region) => region.count === top.count).map((region) => region.name);
  return (
    `${formatNumber(active.reduce((sum, region) => sum + region.count, 0))} ${unit} di ` +
    `${active.length} dari ${counts.length} wilayah. Paling banyak di ${busiest.join(', ')} ` +
    `(${formatNumber(top.count)} ${unit}); ${counts.length - active.length} wilayah belum ada.`
  );
}
