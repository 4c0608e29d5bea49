// Checks all content with the build's own schemas, integrity checks and content lint, without
// building pages. Usage: npm run check [-- <content folder>] [--format text|json]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/lint/check.ts';
import { commandLine, exitWith } from './lib/cli.ts';
import { FORMATS, formatJson, formatText, summarize, type Format } from './lib/check-report.ts';

const USAGE = `Usage: npm run check [-- <content folder>] [--format text|json]

Checks every record and registry in the content folder (default: content, or WARTA_CONTENT)
and prints each problem as file:line:column: message. Exits 1 when there is an error.`;

function fail(message: string): never {
  return exitWith(USAGE, message, 2);
}

const args = commandLine(USAGE, { format: { type: 'string', default: 'text' } });
const format = args.values.format as Format;
if (!FORMATS.includes(format)) fail(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
if (args.positionals.length > 1) fail(`give one content folder, not ${args.positionals.length}`);

const contentDir = resolve(args.positionals[0] ?? (process.env['WARTA_CONTENT'] || 'content'));
if (!existsSync(contentDir)) fail(`content folder ${contentDir} does not exist`);

const { content, issues } = checkContent(contentDir);
const report = summarize(
  issues,
  content ? { releases: content.releases.length, meetings: content.meetings.length } : undefined,
);
if (format === 'json') console.log(formatJson(report));
else if (report.ok) console.log(formatText(report));
else console.error(formatText(report));
process.exitCode = report.ok ? 0 : 1;
