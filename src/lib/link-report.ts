import type { ContentSet } from './content/load.ts';
import type { Entry } from './content/integrity.ts';
import { internalPaths } from './internal/paths.ts';
import type { BrokenLink } from './links.ts';
import { paths } from './paths.ts';

/** What an editor can fix of broken links: correct the address, or remove the link. */
export const BROKEN_LINK_FIX =
  "Correct each address in the file named, or remove the link: a record's page is /siaran-pers/<its file name>/ or /kegiatan/<its file name>/, without .md. A link in a page that shows no record (one without a file named) is a fault of Warta: report it.";

/** The built pages that show one record, by path ("/siaran-pers/<id>/index.html"), with that record. */
function recordPages(content: Pick<ContentSet, 'releases' | 'meetings'>): Map<string, Entry<unknown>> {
  const pages = new Map<string, Entry<unknown>>();
  for (const release of content.releases) {
    for (const page of [paths.release(release.id), internalPaths.release(release.id)])
      pages.set(`${page}index.html`, release);
  }
  for (const meeting of content.meetings) {
    for (const page of [paths.meeting(meeting.id), internalPaths.meeting(meeting.id)])
      pages.set(`${page}index.html`, meeting);
  }
  return pages;
}

/** The 1-based line of the record's file on which `href` is written in its Markdown body, if it is. */
function lineOf(entry: Entry<unknown>, href: string): number | undefined {
  const { body, bodyLine } = entry.source;
  if (body === undefined || bodyLine === undefined) return undefined;
  const index = body.split('\n').findIndex((line) => line.includes(href));
  return index < 0 ? undefined : bodyLine + index;
}

/**
 * Broken links, one a line, each under the record file (and line) where an editor wrote it when
 * the page shows a record, else under the built page: the page's address alone does not say which
 * of thousands of files to open.
 * @example describeBrokenLinks([{ page: '/siaran-pers/x/index.html', href: '/kegiatan/y/', problem: 'no such page or file' }], content)
 * // 'content/press-releases/2025/x.md, line 14 (page /siaran-pers/x/): /kegiatan/y/ (no such page or file)'
 */
export function describeBrokenLinks(
  broken: readonly BrokenLink[],
  content: Pick<ContentSet, 'releases' | 'meetings'>,
): string {
  const records = recordPages(content);
  return broken
    .map(({ page, href, problem }) => {
      const record = records.get(page);
      if (!record) return `${page}: ${href} (${problem})`;
      const line = lineOf(record, href);
      const address = page.replace(/index\.html$/, '');
      return `${record.file}${line === undefined ? '' : `, line ${line}`} (page ${address}): ${href} (${problem})`;
    })
    .join('\n');
}
