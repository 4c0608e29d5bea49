import { localDay } from '../dates.ts';
import { ACTION_STATUSES, type Action } from '../../schemas/meeting.ts';
import { meetingRef, reviewersOf, type MeetingRef } from './meetings.ts';
import { actionAnchor } from './paths.ts';

export type ActionStatus = Action['status'];

/** The fields of a meeting record the tracker reads. */
export interface MeetingWithActions {
  id: string;
  data: { title: string; startsAt: Date; followsUp?: string | undefined; actions: readonly Action[] };
}

/** A follow-up action in the tracker: the action, where it was decided and where it was reviewed. */
export interface TrackedAction extends Action {
  /** The meeting that decided it. */
  meeting: MeetingRef;
  /** Anchor of the action on its meeting's page. */
  anchor: string;
  /** Open or in progress, and due before the build day. */
  overdue: boolean;
  /** Later meetings whose followsUp names the deciding meeting, oldest first. */
  reviewedIn: MeetingRef[];
}

/** When "today" is: the build clock, read in the site's time zone. */
export interface TrackerClock {
  now: Date;
  timeZone: string;
}

/** True for an action still open or in progress whose due day is before `today` (YYYY-MM-DD). */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return (action.status === 'open' || action.status === 'in-progress') && action.due < today;
}

/** 0: overdue, 1: still to do, 2: finished (done or dropped). */
function rank(action: TrackedAction): number {
  if (action.overdue) return 0;
  return action.status === 'open' || action.status === 'in-progress' ? 1 : 2;
}

/** The tracker's order: overdue (oldest due first), then open and in progress by due, then done and dropped. */
export function compareActions(a: TrackedAction, b: TrackedAction): number {
  return (
    rank(a) - rank(b) ||
    a.due.localeCompare(b.due) ||
    a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime() ||
    a.meeting.id.localeCompare(b.meeting.id) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Every follow-up action of every meeting, in the tracker's order, each linked to its meeting and
 * to the meetings that reviewed it. "Overdue" is judged against the build day in the site's zone,
 * so an action due on 5 December is overdue from 00.00 WIB on 6 December, whatever zone CI runs in.
 */
export function trackActions(meetings: readonly MeetingWithActions[], clock: TrackerClock): TrackedAction[] {
  const today = localDay(clock.now, clock);
  const reviewers = reviewersOf(meetings);
  return meetings
    .flatMap((meeting) =>
      meeting.data.actions.map((action): TrackedAction => ({
        ...action,
        meeting: meetingRef(meeting),
        anchor: actionAnchor(action.id),
        overdue: isOverdue(action, today),
        reviewedIn: reviewers.get(meeting.id) ?? [],
      })),
    )
    .sort(compareActions);
}

/** Actions grouped by status, every status present in the fixed order open, in progress, done, dropped. */
export function groupByStatus<A extends Pick<Action, 'status'>>(actions: readonly A[]): Map<ActionStatus, A[]> {
  const groups = new Map<ActionStatus, A[]>(ACTION_STATUSES.map((status) => [status, []]));
  for (const action of actions) groups.get(action.status)?.push(action);
  return groups;
}

/** The tracker's groups: overdue actions on their own, first, then the rest by status. */
export type ProgressGroup = 'overdue' | ActionStatus;

/**
 * Actions grouped by progress: "overdue" first, then open, in progress, done and dropped (each
 * without its overdue actions), every group present, each action in exactly one.
 */
export function groupByProgress<A extends Pick<TrackedAction, 'status' | 'overdue'>>(
  actions: readonly A[],
): Map<ProgressGroup, A[]> {
  const groups = new Map<ProgressGroup, A[]>([
    ['overdue', []],
    ...ACTION_STATUSES.map((status): [ProgressGroup, A[]] => [status, []]),
  ]);
  for (const action of actions) groups.get(action.overdue ? 'overdue' : action.status)?.push(action);
  return groups;
}

/**
 * Actions grouped by owner agency, keeping the actions' order; owners sorted by `nameOf` (their
 * displayed name, Indonesian collation), or by id without it.
 */
export function groupByOwner<A extends Pick<Action, 'owner'>>(
  actions: readonly A[],
  nameOf: (owner: string) => string = (owner) => owner,
): Map<string, A[]> {
  const groups = new Map<string, A[]>();
  for (const action of actions) {
    const group = groups.get(action.owner);
    if (group) group.push(action);
    else groups.set(action.owner, [action]);
  }
  return new Map([...groups].sort(([a], [b]) => nameOf(a).localeCompare(nameOf(b), 'id') || a.localeCompare(b)));
}

/** How many actions there are, in all, overdue and per status. */
export interface ActionCounts extends Record<ActionStatus, number> {
  total: number;
  overdue: number;
}

/** Counts actions in all, overdue and per status. */
export function countActions(actions: readonly Pick<TrackedAction, 'status' | 'overdue'>[]): ActionCounts {
  const counts: ActionCounts = { total: 0, overdue: 0, open: 0, 'in-progress': 0, done: 0, dropped: 0 };
  for (const action of actions) {
    counts.total += 1;
    counts[action.status] += 1;
    if (action.overdue) counts.overdue += 1;
  }
  return counts;
}

/** The parts of the printed report: overdue first, then what is still to do, then what is finished. */
export type ReportPart = 'overdue' | 'pending' | 'finished';

/**
 * The printed "Laporan tindak lanjut": overdue actions first, then open and in progress, then done
 * and dropped, each part grouped by owner agency (sorted by `nameOf`), every part present, each
 * action once and in the tracker's order within its agency.
 */
export function reportParts<A extends Pick<TrackedAction, 'owner' | 'status' | 'overdue'>>(
  actions: readonly A[],
  nameOf: (owner: string) => string = (owner) => owner,
): Map<ReportPart, Map<string, A[]>> {
  const part = (action: A): ReportPart =>
    action.overdue ? 'overdue' : action.status === 'open' || action.status === 'in-progress' ? 'pending' : 'finished';
  const parts: ReportPart[] = ['overdue', 'pending', 'finished'];
  return new Map(
    parts.map((name) => [
      name,
      groupByOwner(
        actions.filter((action) => part(action) === name),
        nameOf,
      ),
    ]),
  );
}
