import { DateTimeSchema } from '../schemas/common.ts';

/**
 * Who may see a record at a given build time:
 * - draft: never built;
 * - scheduled: public later (embargo), absent from every public file until a build at or after then;
 * - internal: only in the internal section;
 * - public: on the public site.
 */
export type Visibility = 'draft' | 'scheduled' | 'internal' | 'public';

/** The fields of a press release that decide its visibility. */
export interface ReleaseGate {
  draft: boolean;
  visibility: 'public' | 'internal';
  publishedAt: Date;
}

/** Visibility of a press release at `now`. */
export function releaseVisibility(release: ReleaseGate, now: Date): Visibility {
  if (release.draft) return 'draft';
  if (release.visibility === 'internal') return 'internal';
  return release.publishedAt.getTime() > now.getTime() ? 'scheduled' : 'public';
}

/** The fields of a meeting record that decide its visibility. */
export interface MeetingGate {
  draft: boolean;
  endsAt: Date;
  public?: unknown;
}

/** Visibility of a meeting at `now`: public only with a public block, once it has ended. */
export function meetingVisibility(meeting: MeetingGate, now: Date): Visibility {
  if (meeting.draft) return 'draft';
  if (meeting.public === undefined) return 'internal';
  return meeting.endsAt.getTime() > now.getTime() ? 'scheduled' : 'public';
}

/** The build clock: WARTA_NOW when set, so embargoes can be tested; otherwise now. */
export function buildTime(value: string | undefined, fallback: Date = new Date()): Date {
  if (value === undefined || value === '') return fallback;
  const parsed = DateTimeSchema.safeParse(value);
  if (!parsed.success) {
    // Without an offset the time would be read in the machine's zone: UTC in CI, WIB on a laptop.
    throw new Error(
      `WARTA_NOW=${JSON.stringify(value)} must be a date and time with its offset, e.g. 2024-11-23T10:15:00+07:00`,
    );
  }
  return parsed.data;
}
