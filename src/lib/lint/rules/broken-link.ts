import { posix } from 'node:path';
import { paths } from '../../paths.ts';
import { closest } from '../../suggest.ts';
import { bodyOf, isPublicMeeting, isPublicRelease } from '../texts.ts';
import { positionIn } from '../text.ts';
import type { LintInput, RuleCheck } from '../types.ts';

/** A link target in Markdown or HTML: [text](target), [label]: target, href="target". */
const LINKS =
  /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|\bhref\s*=\s*["']([^"']+)["']/gm;

/** "/siaran-pers/{id}/" from paths.release, so the rule follows any change of address. */
function pattern(make: (id: string) => string): { prefix: string; suffix: string } {
  const marker = '\u0000';
  const [prefix = '', suffix = ''] = make(marker).split(marker);
  return { prefix, suffix };
}

const KINDS = [
  { name: 'press release', route: pattern(paths.release), collection: 'releases' },
  { name: 'meeting', route: pattern(paths.meeting), collection: 'meetings' },
  { name: 'region', route: pattern(paths.region), collection: 'regions' },
  { name: 'organization', route: pattern(paths.organization), collection: 'organizations' },
] as const;

type Collection = (typeof KINDS)[number]['collection'];

/** What a reader gets at the address of a record: the record's page, or why there is none. */
function targets(input: LintInput) {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const releases = new Map(input.releases.map((entry) => [entry.id, entry]));
  const meetings = new Map(input.meetings.map((entry) => [entry.id, entry]));
  const known: Record<Collection, ReadonlySet<string>> = {
    releases: input.recordIds?.releases ?? ids(input.releases),
    meetings: input.recordIds?.meetings ?? ids(input.meetings),
    regions: ids(input.regions),
    organizations: ids(input.organizations),
  };
  /** Why readers cannot open an existing record, or undefined when they can. */
  const hidden = (collection: Collection, id: string): string | undefined => {
    if (collection === 'releases') {
      const release = releases.get(id);
      if (!release || isPublicRelease(release)) return undefined;
      return release.data.draft ? 'is a draft' : 'is internal';
    }
    if (collection === 'meetings') {
      const meeting = meetings.get(id);
      if (!meeting || isPublicMeeting(meeting)) return undefined;
      return meeting.data.draft ? 'is a draft' : 'has no public block';
    }
    return undefined;
  };
  return { known, hidden };
}

/**
 * Links in the text to records that do not exist, that readers cannot open (drafts, internal
 * releases, meetings without a public block), or to a record's source file instead of its page.
 */
export const brokenLink: RuleCheck = (input, report) => {
  const { known, hidden } = targets(input);
  const origin = input.site ? new URL(input.site.url).origin : undefined;
  const pageOf = (collection: Collection, id: string) =>
    collection === 'releases' ? paths.release(id) : paths.meeting(id);

  for (const entry of [...input.releases, ...input.meetings]) {
    const sourceIsPublic =
      'visibility' in entry.data ? isPublicRelease(entry as never) : isPublicMeeting(entry as never);
    for (const paragraph of bodyOf(entry).paragraphs) {
      for (const match of paragraph.text.matchAll(LINKS)) {
        const raw = match[1] ?? match[2] ?? match[3];
        if (raw === undefined) continue;
        const where = positionIn(paragraph, match.index);
        const target = raw.replace(/[?#].*$/, '');
        // A relative link to a Markdown file works in an editor, never on the site.
        if (/\.mdx?$/i.test(target) && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          const id = posix.basename(target).replace(/\.mdx?$/i, '');
          const file = posix.normalize(posix.join(posix.dirname(entry.file), target));
          const collection: Collection | undefined = file.includes('/meetings/')
            ? 'meetings'
            : file.includes('/press-releases/')
              ? 'releases'
              : undefined;
          const exists = collection !== undefined && known[collection].has(id);
          report(
            entry,
            where,
            exists && collection
              ? `link ${JSON.stringify(raw)} points to a source file, which readers cannot open: link to its page ${pageOf(collection, id)}`
              : `link ${JSON.stringify(raw)} points to a file that does not exist, and source files are not pages: link to the page of the record instead`,
          );
          continue;
        }
        let path = target;
        if (origin && path.startsWith(origin)) path = path.slice(origin.length) || '/';
        if (!path.startsWith('/')) continue;
        for (const kind of KINDS) {
          const { prefix, suffix } = kind.route;
          if (!path.startsWith(prefix)) continue;
          let id = path.slice(prefix.length);
          if (id.endsWith(suffix)) id = id.slice(0, -suffix.length);
          if (id === '' || id.includes('/')) continue;
          try {
            id = decodeURIComponent(id);
          } catch {
            // A malformed %-escape is reported as a missing record below, under its raw form.
          }
          const ids = known[kind.collection];
          if (!ids.has(id)) {
            const suggestion = closest(id, ids);
            report(
              entry,
              where,
              `link ${JSON.stringify(raw)} points to a ${kind.name} that does not exist${suggestion ? ` (did you mean "${suggestion}"?)` : ': check the address'}`,
            );
          } else {
            const why = sourceIsPublic ? hidden(kind.collection, id) : undefined;
            if (why)
              report(
                entry,
                where,
                `link ${JSON.stringify(raw)} points to a ${kind.name} that ${why}, so readers would find no page there: remove the link or publish the ${kind.name}`,
              );
          }
        }
      }
    }
  }
};
