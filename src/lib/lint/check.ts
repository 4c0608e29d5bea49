import { resolve } from 'node:path';
import { assetProblem, mediaLibraryIssues } from '../content/files.ts';
import type { ContentIssue } from '../content/issues.ts';
import { loadContent, type ContentSet } from '../content/load.ts';
import { entryId, listContent } from '../content/read.ts';
import { bodyHtmlIssues } from '../markdown/html-report.ts';
import { lintContent } from './index.ts';

/** The result of checking a content folder: the content when it has no error, and every issue. */
export interface CheckResult {
  content?: ContentSet;
  issues: ContentIssue[];
}

/**
 * The content check that `npm run check` and the build share: loadContent (syntax, schemas,
 * integrity), then content lint on every record that passed its schema. Lint rules set to "error"
 * in content/site.yaml make the content fail like any other error.
 */
export function checkContent(contentDir: string, { root = process.cwd() } = {}): CheckResult {
  const { content, partial, issues } = loadContent(contentDir, { root });
  const listing = listContent(contentDir, root);
  const recordIds = {
    releases: new Set(listing.releases.entries.map((file) => entryId(file.file))),
    meetings: new Set(listing.meetings.entries.map((file) => entryId(file.file))),
  };
  // Until site.yaml is valid its lint settings are unknown: lint then runs at its default levels.
  const lint = lintContent({ ...partial, recordIds }, partial.site?.lint ?? {});
  // What the sanitizer would remove from a body; anything that could run script is an error.
  const html = [...partial.releases, ...partial.meetings].flatMap((entry) =>
    bodyHtmlIssues(entry, {
      pictureProblem: (src) => assetProblem(contentDir, resolve(root, entry.file), src, 'picture'),
    }),
  );
  const media = mediaLibraryIssues(root);
  const all = [...issues, ...lint, ...html, ...media];
  if (!content || [...lint, ...html, ...media].some((issue) => issue.severity === 'error')) return { issues: all };
  return { content, issues: all };
}
