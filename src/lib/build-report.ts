import type { ContentSet } from './content/load.ts';
import type { GitHistory } from './git-dates.ts';
import { paths } from './paths.ts';
import { meetingVisibility, releaseVisibility } from './visibility.ts';

/**
 * /build.json: what this build published. Public: it holds public records only, and not when the
 * next embargo lifts, which is internal; the CI summary reads that from the content
 * ({@link nextPublication}).
 */
export interface BuildReport {
  /** The build clock (WARTA_NOW, or when the build ran). */
  builtAt: string;
  /** The commit built and the last commit that changed content, when known. */
  commit: { head: string; content?: { sha: string; date: string } } | null;
  /** Public records and search pages. */
  counts: { releases: number; meetings: number; regions: number; organizations: number };
  /** Records that became public since the previous build (WARTA_PREVIOUS_BUILD), newest first. */
  publishedSince: { since: string | null; records: { title: string; url: string; at: string }[] };
}

/**
 * When the first embargo after `at` lifts (a release's `publishedAt`, a meeting's end): a build at
 * or after then publishes it. Internal knowledge, never in a public file.
 */
export function nextPublication(content: ContentSet, at: Date): Date | undefined {
  const times = [
    ...content.releases
      .filter((entry) => releaseVisibility(entry.data, at) === 'scheduled')
      .map((entry) => entry.data.publishedAt),
    ...content.meetings
      .filter((entry) => meetingVisibility(entry.data, at) === 'scheduled')
      .map((entry) => entry.data.endsAt),
  ];
  let next: Date | undefined;
  for (const time of times) if (next === undefined || time < next) next = time;
  return next;
}

/** Builds the report from the content at the build clock; titles only of records now public. */
export function buildReport(
  content: ContentSet,
  now: Date,
  previous: Date | undefined,
  git: GitHistory | undefined,
): BuildReport {
  const releases = content.releases.filter((entry) => releaseVisibility(entry.data, now) === 'public');
  const meetings = content.meetings.filter((entry) => meetingVisibility(entry.data, now) === 'public');
  const becamePublic = (at: Date) => previous !== undefined && at > previous && at <= now;
  const records = [
    ...releases
      .filter((entry) => becamePublic(entry.data.publishedAt))
      .map((entry) => ({ title: entry.data.title, url: paths.release(entry.id), at: entry.data.publishedAt })),
    ...meetings
      .filter((entry) => becamePublic(entry.data.endsAt))
      .map((entry) => ({
        title: entry.data.public?.title ?? entry.data.title,
        url: paths.meeting(entry.id),
        at: entry.data.endsAt,
      })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    builtAt: now.toISOString(),
    commit: git ? { head: git.head, ...(git.content ? { content: git.content } : {}) } : null,
    counts: {
      releases: releases.length,
      meetings: meetings.length,
      regions: content.regions.length,
      organizations: content.organizations.length,
    },
    publishedSince: {
      since: previous?.toISOString() ?? null,
      records: records.map((record) => ({ ...record, at: record.at.toISOString() })),
    },
  };
}

/**
 * The report as Markdown, for the CI job summary (which is not public), with when the next
 * embargo lifts: undefined when none is scheduled, null when the content could not tell.
 */
export function formatReport(report: BuildReport, next: Date | undefined | null): string {
  const lines = [
    '## Warta build',
    '',
    `| | |`,
    `| --- | --- |`,
    `| Build clock | ${report.builtAt} |`,
    `| Commit | ${report.commit ? `\`${report.commit.head.slice(0, 12)}\`` : 'unknown'} |`,
    `| Last content change | ${report.commit?.content ? `\`${report.commit.content.sha.slice(0, 12)}\`, ${report.commit.content.date}` : 'unknown'} |`,
    `| Public releases | ${report.counts.releases} |`,
    `| Public activities | ${report.counts.meetings} |`,
    `| Next embargo lifts | ${next === null ? 'unknown (the content has errors)' : (next?.toISOString() ?? 'none scheduled')} |`,
    '',
    report.publishedSince.since
      ? `### Published since the previous build (${report.publishedSince.since})`
      : '### Published since the previous build',
    '',
  ];
  if (!report.publishedSince.since) lines.push('The previous build time was not given (WARTA_PREVIOUS_BUILD).');
  else if (report.publishedSince.records.length === 0) lines.push('Nothing new.');
  else
    for (const record of report.publishedSince.records) lines.push(`- ${record.at}: [${record.title}](${record.url})`);
  return `${lines.join('\n')}\n`;
}
