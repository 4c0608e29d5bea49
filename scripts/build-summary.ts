// Prints a build's report (dist/build.json) as Markdown, e.g. for the CI job summary:
//   node scripts/build-summary.ts dist/build.json >> "$GITHUB_STEP_SUMMARY"
import { readFileSync } from 'node:fs';
import { formatReport, type BuildReport } from '../src/lib/build-report.ts';

const file = process.argv[2] ?? 'dist/build.json';
process.stdout.write(formatReport(JSON.parse(readFileSync(file, 'utf8')) as BuildReport));
