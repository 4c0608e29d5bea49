import { z } from 'astro/zod';
import { nextPublication } from '../../src/lib/build-report.ts';
import type { ContentSet } from '../../src/lib/content/load.ts';
import { DateTimeSchema } from '../../src/schemas/common.ts';

/** What the gate reads of the live site's build.json; anything else there is ignored. */
const LiveBuildSchema = z.object({
  /** The live build's clock. */
  builtAt: DateTimeSchema,
  /** The commit the live site was built from. */
  commit: z.object({ head: z.string().regex(/^[0-9a-f]{40}$/) }),
});

/** The live site's build.json as fetched, or why it could not be. */
export type LiveReport = { found: true; text: string } | { found: false; why: string };

/** What a scheduled run knows when it decides. */
export interface GateInput {
  /** The live site's build.json. */
  live: LiveReport;
  /** The commit this run would build: the head of main. */
  head: string;
  /** The content at `head`; undefined when it has errors (the build then reports them). */
  content: ContentSet | undefined;
  /** The real time. */
  now: Date;
  /** A live build older than this is rebuilt even with nothing new (the tracker's "overdue"). */
  refreshHours: number;
}

/** Whether a scheduled run tests, builds and deploys, and why (for the log). */
export interface GateDecision {
  publish: boolean;
  reason: string;
}

/**
 * Decides whether a scheduled run publishes. It does whenever the live site is not what a build
 * now would make: built from another commit than main's head (a newer push whose run GitHub
 * cancelled while it waited, a failed deploy, a rollback), an embargo lifted since it was built,
 * or older than `refreshHours`; and whenever it cannot tell. Otherwise an unchanged site would be
 * rebuilt, and every member asked to unlock again, every half hour.
 */
export function decidePublish({ live, head, content, now, refreshHours }: GateInput): GateDecision {
  const publish = (reason: string) => ({ publish: true, reason });
  if (!live.found) return publish(`cannot tell what is live: ${live.why}`);
  let json: unknown;
  try {
    json = JSON.parse(live.text);
  } catch {
    return publish('the live build.json is not JSON');
  }
  const parsed = LiveBuildSchema.safeParse(json);
  if (!parsed.success) return publish('the live build.json does not say when and from which commit it was built');
  const { builtAt, commit } = parsed.data;
  if (commit.head !== head.toLowerCase())
    return publish(`the live site was built from ${commit.head.slice(0, 12)}, main is at ${head.slice(0, 12)}`);
  if (!content) return publish(`the content at ${head.slice(0, 12)} has errors; the build reports them`);
  const next = nextPublication(content, builtAt);
  if (next && next <= now) return publish(`an embargo lifted at ${next.toISOString()}`);
  if (now.getTime() - builtAt.getTime() > refreshHours * 3600e3)
    return publish(`the live build is from ${builtAt.toISOString()}, more than ${refreshHours} hours ago`);
  return { publish: false, reason: `nothing is due before ${next?.toISOString() ?? 'the next push'}` };
}
