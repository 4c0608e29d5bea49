// Prints a build's report as Markdown for the CI job summary, with when the next embargo lifts,
// read from the content (the public build.json must not say it):
//   npm run --silent build-summary -- dist/build.json >> "$GITHUB_STEP_SUMMARY"
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, nextPublication, type BuildReport } from '../src/lib/build-report.ts';
import { loadContent } from '../src/lib/content/load.ts';

const file = process.argv[2] ?? 'dist/build.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as BuildReport;
const { content } = loadContent(resolve(process.env['WARTA_CONTENT'] || 'content'));
const next = content ? nextPublication(content, new Date(report.builtAt)) : null;
process.stdout.write(formatReport(report, next));
