// Validates everything under content/ with the build's own schemas and integrity checks,
// without building pages. Usage: npm run check [-- <content folder>]
import { resolve } from 'node:path';
import { formatIssue, sortIssues } from '../src/lib/content/issues.ts';
import { loadContent } from '../src/lib/content/load.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const { content, issues } = loadContent(contentDir);
for (const issue of sortIssues(issues)) console.error(formatIssue(issue));
const errors = issues.filter((issue) => issue.severity === 'error').length;
if (content) {
  console.log(`Content OK: ${content.releases.length} press releases, ${content.meetings.length} meeting records.`);
} else {
  console.error(`\n${errors} error${errors === 1 ? '' : 's'}: fix them and run npm run check again.`);
  process.exitCode = 1;
}
