import type { MeetingData } from '../../schemas/meeting.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Person } from '../../schemas/person.ts';
import type { PressReleaseData } from '../../schemas/press-release.ts';
import type { Region } from '../../schemas/region.ts';
import type { Site } from '../../schemas/site.ts';
import type { PersonMention } from '../../schemas/common.ts';
import { OFFICE_STAND_IN, officeDefaults, REGION_STAND_IN } from '../office.ts';
import { closest } from '../suggest.ts';
import { formatPath, quote, type ContentIssue } from './issues.ts';
import type { Source } from './source.ts';

/** A validated record file. */
export interface Entry<T> {
  /** File name without folder and extension; unique within its collection. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** Validated frontmatter. */
  data: T;
  /** Markdown body. */
  body: string;
  /** The parsed source, for pointing at fields. */
  source: Source;
}

/** A validated registry item with its position in the file. */
export interface Item<T> {
  data: T;
  index: number;
  source: Source;
}

/** Everything the integrity checks look at. */
export interface Records {
  regions: Item<Region>[];
  organizations: Item<Organization>[];
  people: Item<Person>[];
  releases: Entry<PressReleaseData>[];
  meetings: Entry<MeetingData>[];
  /** site.yaml, when valid: its `defaults` name this office in the registries. */
  site?: { data: Site; source: Source } | undefined;
  files: { regions: string; organizations: string; people: string; releases: string; meetings: string };
  /**
   * Ids of records that exist but failed their schema, or 'unreadable' for a file that could not be read
   * at all: already reported, so references to them are not.
   */
  invalidIds: Record<'regions' | 'organizations' | 'people', Set<string> | 'unreadable'> &
    Record<'releases' | 'meetings', Set<string>>;
}

type Path = readonly PropertyKey[];

/** Cross-record checks that a schema alone cannot make; returns every problem found. */
export function checkIntegrity(records: Records): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (source: Source, path: Path, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({
      file: source.file,
      ...(path.length > 0 ? source.locate(path) : {}),
      path: formatPath(path),
      message,
      severity,
    });

  /** Reports every item whose id an earlier item already took; `clash` says which one and what to do. */
  const unique = <T>(
    items: T[],
    idOf: (item: T) => string,
    where: (item: T) => [Source, Path],
    clash: (first: T) => string,
  ) => {
    const seen = new Map<string, T>();
    for (const item of items) {
      const id = idOf(item);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, item);
      else {
        const [source, path] = where(item);
        report(source, path, `${quote(id)} ${clash(first)}`);
      }
    }
    return seen;
  };
  const registryClash = (what: string) => (first: { index: number }) =>
    `is already the id of ${what} ([${first.index}]): give each ${what} its own id`;
  const fileClash = (first: { file: string }) =>
    `is already the name of ${first.file}: file names must be unique across year folders, so rename one`;

  const regions = unique(
    records.regions,
    (r) => r.data.id,
    (r) => [r.source, [r.index, 'id']],
    registryClash('region'),
  );
  const organizations = unique(
    records.organizations,
    (o) => o.data.id,
    (o) => [o.source, [o.index, 'id']],
    registryClash('organization'),
  );
  const people = unique(
    records.people,
    (p) => p.data.id,
    (p) => [p.source, [p.index, 'id']],
    registryClash('person'),
  );
  const releases = unique(
    records.releases,
    (r) => r.id,
    (r) => [r.source, []],
    fileClash,
  );
  const meetings = unique(
    records.meetings,
    (m) => m.id,
    (m) => [m.source, []],
    fileClash,
  );

  // A template's stand-in for this office, left in a record copied by hand: name what to write instead.
  const office = records.site
    ? officeDefaults(
        records.site.data,
        records.organizations.map((item) => item.data),
        records.regions.map((item) => item.data),
      )
    : undefined;
  const standInMessage = (value: string) => {
    const [what, known, registry] =
      value === OFFICE_STAND_IN
        ? ['id', office?.organization?.id, records.files.organizations]
        : ['region code', office?.region?.id, records.files.regions];
    return `${quote(value)} stands for this office in the templates: write its ${what}${known ? `, ${quote(known)}` : ` from ${registry}`} (npm run new fills it in)`;
  };
  const refChecker =
    (valid: Map<string, unknown>, invalid: Set<string> | 'unreadable', registry: string, suggest = true) =>
    (source: Source, path: Path, value: string | undefined) => {
      // Records that failed their own checks, or a whole unreadable file, are reported once, not at every reference.
      if (value === undefined || valid.has(value) || invalid === 'unreadable' || invalid.has(value)) return;
      if (value === OFFICE_STAND_IN || value === REGION_STAND_IN) {
        report(source, path, standInMessage(value));
        return;
      }
      const suggestion = suggest ? closest(value, [...valid.keys(), ...invalid]) : undefined;
      report(
        source,
        path,
        `${quote(value)} is not in ${registry}${suggestion ? ` (did you mean "${suggestion}"?)` : ': add it there or fix the id'}`,
      );
    };
  // Codes one digit apart are different places, so a region code gets no "did you mean".
  const region = refChecker(regions, records.invalidIds.regions, records.files.regions, false);
  const organization = refChecker(organizations, records.invalidIds.organizations, records.files.organizations);
  const person = refChecker(people, records.invalidIds.people, records.files.people);
  const release = refChecker(releases, records.invalidIds.releases, `${records.files.releases}/`);
  const meeting = refChecker(meetings, records.invalidIds.meetings, `${records.files.meetings}/`);
  const mention = (source: Source, path: Path, value: PersonMention) => {
    if ('person' in value) person(source, [...path, 'person'], value.person);
    else organization(source, [...path, 'organization'], value.organization);
  };

  for (const { data, index, source } of records.organizations) {
    organization(source, [index, 'parent'], data.parent);
    region(source, [index, 'region'], data.region);
    if (data.parent === data.id)
      report(source, [index, 'parent'], 'is the organization itself: name its parent or remove the field');
  }
  if (records.site) {
    const { data, source } = records.site;
    organization(source, ['defaults', 'organization'], data.defaults.organization);
    region(source, ['defaults', 'region'], data.defaults.region);
  }
  for (const { data, index, source } of records.people) {
    data.roles.forEach((role, r) => organization(source, [index, 'roles', r, 'organization'], role.organization));
  }
  for (const { data, source } of records.releases) {
    data.organizations.forEach((id, i) => organization(source, ['organizations', i], id));
    data.regions.forEach((code, i) => region(source, ['regions', i], code));
    data.people.forEach((value, i) => mention(source, ['people', i], value));
    data.relatedMeetings.forEach((id, i) => meeting(source, ['relatedMeetings', i], id));
    data.updates.forEach((update, i) => {
      if (update.at < data.publishedAt) {
        const [at, published] = [source.raw(['updates', i, 'at']), source.raw(['publishedAt'])];
        report(
          source,
          ['updates', i, 'at'],
          `${at} is before publishedAt ${published}: an update comes after publication`,
        );
      }
    });
  }
  for (const entry of records.meetings) {
    const { data, source } = entry;
    if (data.endsAt <= data.startsAt)
      report(
        source,
        ['endsAt'],
        `${source.raw(['endsAt'])} is not after startsAt ${source.raw(['startsAt'])}: check the day and the hour`,
      );
    region(source, ['location', 'region'], data.location.region);
    organization(source, ['organizer'], data.organizer);
    mention(source, ['chair'], data.chair);
    mention(source, ['noteTaker'], data.noteTaker);
    data.participants.forEach((participant, i) => {
      organization(source, ['participants', i, 'organization'], participant.organization);
      participant.people.forEach((value, p) => mention(source, ['participants', i, 'people', p], value));
    });
    unique(
      data.actions.map((action, i) => ({ action, i })),
      ({ action }) => action.id,
      ({ i }) => [source, ['actions', i, 'id']],
      (first) => `is already the id of actions[${first.i}]: give each action of a meeting its own id`,
    );
    data.actions.forEach((action, i) => {
      organization(source, ['actions', i, 'owner'], action.owner);
      if (action.status === 'done' && !action.doneOn)
        report(source, ['actions', i, 'doneOn'], 'is required when status is "done": add the day it was done');
      if (action.doneOn && action.status !== 'done')
        report(
          source,
          ['actions', i, 'status'],
          `is ${quote(action.status)} but doneOn is set: set status to "done" or remove doneOn`,
        );
    });
    data.relatedPressReleases.forEach((id, i) => release(source, ['relatedPressReleases', i], id));
    if (data.followsUp !== undefined) {
      meeting(source, ['followsUp'], data.followsUp);
      const earlier = meetings.get(data.followsUp);
      if (data.followsUp === entry.id)
        report(
          source,
          ['followsUp'],
          'names this meeting itself: name the earlier meeting whose actions were reviewed',
        );
      else if (earlier && earlier.data.startsAt >= data.startsAt)
        report(
          source,
          ['followsUp'],
          `${quote(data.followsUp)} is not an earlier meeting: followsUp names the meeting whose actions this one reviewed`,
        );
    }
  }
  return issues;
}
