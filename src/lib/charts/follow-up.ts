import { localDay } from '../dates.ts';
import { ACTION_STATUS_LABELS, OVERDUE_LABEL } from '../internal/labels.ts';
import type { ActionStatus } from '../internal/tracker.ts';
import { groupByOwner } from '../internal/tracker.ts';
import { daysBetween, lastDayOf, monthOf, monthRange } from './months.ts';
import type { ChartClock } from './activity.ts';
import { formatNumber } from './scale.ts';

/**
 * Where a follow-up action stands on a chart: overdue (not finished, due day passed), open (not
 * finished, not yet due; "in progress" included), done or dropped. Stacked in this order.
 */
export const PROGRESS = ['overdue', 'open', 'done', 'dropped'] as const;
export type Progress = (typeof PROGRESS)[number];

/** Legend labels of the progress groups. */
export const PROGRESS_LABELS: Record<Progress, string> = {
  overdue: OVERDUE_LABEL,
  open: 'Belum selesai, belum lewat tenggat',
  done: ACTION_STATUS_LABELS.done,
  dropped: ACTION_STATUS_LABELS.dropped,
};

/** The fields of a tracked action the charts read. */
export interface ChartAction {
  owner: string;
  due: string;
  status: ActionStatus;
  doneOn?: string | undefined;
  /** The meeting that decided it. */
  meeting: { startsAt: Date };
}

/** Counts per progress group, with their sum. */
export type ProgressCounts = Record<Progress, number> & { total: number };

function emptyCounts(): ProgressCounts {
  return { overdue: 0, open: 0, done: 0, dropped: 0, total: 0 };
}

/** The day an action was decided: its meeting's day in the site's zone. */
export function decisionDay(action: Pick<ChartAction, 'meeting'>, zone: { timeZone: string }): string {
  return localDay(action.meeting.startsAt, zone);
}

/**
 * Where an action stood at the end of `day` (YYYY-MM-DD), as the tracker would have judged it then:
 * undefined before it was decided; done from its doneOn; overdue once `day` is after its due day.
 * A record keeps no day for dropping, so a dropped action counts as dropped from its decision on.
 */
export function progressOn(
  action: Pick<ChartAction, 'due' | 'status' | 'doneOn' | 'meeting'>,
  day: string,
  zone: { timeZone: string },
): Progress | undefined {
  return decisionDay(action, zone) > day ? undefined : progressSinceDecision(action, day);
}

/** `progressOn` of an action decided on or before `day`. */
function progressSinceDecision(action: Pick<ChartAction, 'due' | 'status' | 'doneOn'>, day: string): Progress {
  if (action.status === 'dropped') return 'dropped';
  if (action.status === 'done' && action.doneOn !== undefined && action.doneOn <= day) return 'done';
  return action.due < day ? 'overdue' : 'open';
}

/** Where an action stands in the tracker now: its `overdue` flag first, then its status. */
export function currentProgress(action: { status: ActionStatus; overdue: boolean }): Progress {
  if (action.overdue) return 'overdue';
  return action.status === 'in-progress' ? 'open' : action.status;
}

/** The actions at the end of one month (or on the build day, for the build month). */
export interface ProgressPoint {
  /** YYYY-MM. */
  month: string;
  /** The day counted: the month's last day, or the build day in the build month. */
  day: string;
  counts: ProgressCounts;
}

/**
 * Follow-up actions by progress at the end of every month, from the month of the first decision to
 * the build month (whose point is the build day, so it agrees with the tracker). Actions decided
 * after the build day are left out.
 */
export function progressByMonth(actions: readonly ChartAction[], clock: ChartClock): ProgressPoint[] {
  const today = localDay(clock.now, clock);
  // Each action's decision day once, not once a month: every action for every month of the
  // internal section's history, on each level's chart page.
  const decided = actions.map((action) => ({ action, on: decisionDay(action, clock) }));
  const first = decided
    .map(({ on }) => on)
    .filter((on) => on <= today)
    .sort()[0];
  if (first === undefined) return [];
  return monthRange(monthOf(first), monthOf(today)).map((month) => {
    const end = lastDayOf(month);
    const day = end < today ? end : today;
    const counts = emptyCounts();
    for (const { action, on } of decided) {
      if (on > day) continue;
      counts[progressSinceDecision(action, day)] += 1;
      counts.total += 1;
    }
    return { month, day, counts };
  });
}

/** How long done actions took, from decision to done, in calendar days. */
export interface TimeToDone {
  /** Done actions measured. */
  count: number;
  /** Mean days, undefined when none is done. */
  averageDays: number | undefined;
  /** Fewest and most days, undefined when none is done. */
  minDays: number | undefined;
  maxDays: number | undefined;
}

/** Days from each done action's decision (its meeting's local day) to its doneOn, averaged. */
export function timeToDone(actions: readonly ChartAction[], zone: { timeZone: string }): TimeToDone {
  const days = actions.flatMap((action) =>
    action.status === 'done' && action.doneOn !== undefined
      ? [daysBetween(decisionDay(action, zone), action.doneOn)]
      : [],
  );
  if (days.length === 0) return { count: 0, averageDays: undefined, minDays: undefined, maxDays: undefined };
  return {
    count: days.length,
    averageDays: days.reduce((sum, value) => sum + value, 0) / days.length,
    minDays: Math.min(...days),
    maxDays: Math.max(...days),
  };
}

/** One owner agency's actions: where they stand now, and how long its done ones took. */
export interface OwnerProgress {
  owner: string;
  counts: ProgressCounts;
  timeToDone: TimeToDone;
}

/**
 * Actions by owner agency as the tracker sees them now, owners in the tracker's order (by `nameOf`,
 * Indonesian collation).
 */
export function progressByOwner<A extends ChartAction & { overdue: boolean }>(
  actions: readonly A[],
  zone: { timeZone: string },
  nameOf: (owner: string) => string = (owner) => owner,
): OwnerProgress[] {
  return [...groupByOwner(actions, nameOf)].map(([owner, items]) => {
    const counts = emptyCounts();
    for (const action of items) {
      counts[currentProgress(action)] += 1;
      counts.total += 1;
    }
    return { owner, counts, timeToDone: timeToDone(items, zone) };
  });
}

/** "4,5 hari", or a dash when nothing is done. */
export function formatDays(days: number | undefined): string {
  return days === undefined ? '—' : `${formatNumber(days)} hari`;
}

/** One sentence for screen readers: the latest point of the series and where it started. */
export function describeProgress(points: readonly ProgressPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Belum ada tindak lanjut.';
  const { counts } = last;
  return (
    `${formatNumber(points.length)} bulan, dari akhir bulan pertama sampai hari ini. ` +
    `Kini ${formatNumber(counts.total)} tindak lanjut: ${formatNumber(counts.overdue)} terlambat, ` +
    `${formatNumber(counts.open)} belum selesai dan belum lewat tenggat, ${formatNumber(counts.done)} selesai, ` +
    `${formatNumber(counts.dropped)} dibatalkan.`
  );
}

/** One sentence for screen readers: the overall average, and the slowest and fastest agencies. */
export function describeTimeToDone(
  overall: TimeToDone,
  owners: readonly OwnerProgress[],
  nameOf: (owner: string) => string = (owner) => owner,
): string {
  if (overall.averageDays === undefined) return 'Belum ada tindak lanjut yang selesai.';
  const timed = owners
    .filter((owner) => owner.timeToDone.averageDays !== undefined)
    .sort((a, b) => (b.timeToDone.averageDays ?? 0) - (a.timeToDone.averageDays ?? 0));
  const slowest = timed[0];
  const fastest = timed.at(-1);
  const extremes =
    slowest && fastest && slowest !== fastest
      ? ` Terlama ${nameOf(slowest.owner)} (${formatDays(slowest.timeToDone.averageDays)}), tercepat ` +
        `${nameOf(fastest.owner)} (${formatDays(fastest.timeToDone.averageDays)}).`
      : '';
  return (
    `Rata-rata ${formatDays(overall.averageDays)} dari rapat sampai selesai, atas ` +
    `${formatNumber(overall.count)} tindak lanjut yang selesai, di ${formatNumber(timed.length)} instansi.${extremes}`
  );
}

/** One sentence for screen readers: how many agencies and actions, and how many are overdue where. */
export function describeOwners(owners: readonly OwnerProgress[]): string {
  if (owners.length === 0) return 'Belum ada tindak lanjut.';
  const total = owners.reduce((sum, owner) => sum + owner.counts.total, 0);
  const overdue = owners.reduce((sum, owner) => sum + owner.counts.overdue, 0);
  const late = owners.filter((owner) => owner.counts.overdue > 0).length;
  return (
    `${formatNumber(total)} tindak lanjut dari ${formatNumber(owners.length)} instansi penanggung jawab; ` +
    `${formatNumber(overdue)} terlambat, di ${formatNumber(late)} instansi. Rinciannya ada di tabel data.`
  );
}
