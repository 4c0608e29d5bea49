import { formatIssue, sortIssues, type ContentIssue } from '../../src/lib/content/issues.ts';

/** Output formats of `npm run check`. */
export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What one check run found. */
export interface CheckReport {
  /** True when there is no error (warnings allowed): the build would go ahead. */
  ok: boolean;
  errors: number;
  warnings: number;
  /** Records loaded, when the content had no error. */
  records?: { releases: number; meetings: number } | undefined;
  issues: ContentIssue[];
}

/** Counts and sorts the issues of a check. */
export function summarize(issues: readonly ContentIssue[], records?: CheckReport['records']): CheckReport {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    ok: errors === 0,
    errors,
    warnings: issues.length - errors,
    ...(records ? { records } : {}),
    issues: sortIssues(issues),
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The report as terminal text: one `file:line:column: message` line per issue, then a verdict. */
export function formatText(report: CheckReport): string {
  const lines = report.issues.map(formatIssue);
  if (lines.length > 0) lines.push('');
  const warnings = report.warnings > 0 ? `, ${plural(report.warnings, 'warning')}` : '';
  if (report.ok) {
    const records = report.records
      ? `${plural(report.records.releases, 'press release')}, ${plural(report.records.meetings, 'meeting record')}`
      : 'no records';
    lines.push(`Content OK: ${records}${warnings}.`);
  } else {
    lines.push(
      `${plural(report.errors, 'error')}${warnings}: fix the errors and run npm run check again (nothing can be published until then).`,
    );
  }
  return lines.join('\n');
}

/**
 * The report as JSON for other tools: `ok`, counts, and each issue with file, line, column,
 * path, message, severity and, for lint findings, the rule.
 */
export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2);
}
