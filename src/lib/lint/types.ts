import type { Entry } from '../content/integrity.ts';
import type { ContentIssue } from '../content/issues.ts';
import type { MeetingData } from '../../schemas/meeting.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Person } from '../../schemas/person.ts';
import type { PressReleaseData } from '../../schemas/press-release.ts';
import type { Region } from '../../schemas/region.ts';
import type { LintSettings, Site } from '../../schemas/site.ts';
import type { Position } from './text.ts';

/** The name of a content-lint rule, as written in the `lint:` block of content/site.yaml. */
export type LintRule = keyof LintSettings;

/** A lint finding: a content issue that names its rule. */
export interface LintIssue extends ContentIssue {
  rule: LintRule;
}

/** What the lint rules read: the records that passed their schema, and the registries. */
export interface LintInput {
  site?: Site | undefined;
  releases: readonly Entry<PressReleaseData>[];
  meetings: readonly Entry<MeetingData>[];
  regions: readonly Region[];
  organizations: readonly Organization[];
  /** content/people.yaml, to read the `person` ids of a record; none when left out. */
  people?: readonly Person[] | undefined;
  /**
   * Ids of every record file, valid or not; a link to a record that has errors of its own is then
   * not reported again as missing. Defaults to the ids of `releases` and `meetings`.
   */
  recordIds?: { releases: ReadonlySet<string>; meetings: ReadonlySet<string> } | undefined;
}

/** Where a finding is: a frontmatter field, or a line and column of the file (the body). */
export type Where = { path: readonly PropertyKey[] } | Position;

/** How a rule reports: the record, where in it, and what to do. */
export type Report = (entry: Entry<unknown>, where: Where, message: string) => void;

/** A lint rule: pure, reads the input and reports what it finds. */
export type RuleCheck = (input: LintInput, report: Report) => void;
