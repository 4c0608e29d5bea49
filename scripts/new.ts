// Creates a press release or meeting record from its template, dated today in the site's zone.
// Usage: npm run new -- release "Judul" | npm run new -- meeting "Judul" [--date YYYY-MM-DD] [--slug kata-kata]
import { resolve } from 'node:path';
import { commandLine, exitWith } from './lib/cli.ts';
import { createRecord, NewRecordError, recordKind, writeRecord } from './lib/new.ts';

const USAGE = `Usage: npm run new -- release "Judul siaran pers"
       npm run new -- meeting "Judul rapat" [--date 2026-03-12] [--slug kata-kata-singkat]

Creates content/press-releases/YYYY/YYYY-MM-DD-judul.md or content/meetings/YYYY/YYYY-MM-DD-judul.md
from the collection's _template.md, as a draft dated today (WIB). Never overwrites a file.
--content FOLDER picks another content folder (default: content, or WARTA_CONTENT).`;

function fail(message: string, code = 1): never {
  return exitWith(USAGE, message, code);
}

const args = commandLine(USAGE, {
  date: { type: 'string' },
  slug: { type: 'string' },
  content: { type: 'string' },
});
const [kindWord, ...titleWords] = args.positionals;
const kind = kindWord === undefined ? undefined : recordKind(kindWord);
if (!kind) fail(kindWord ? `"${kindWord}" is not a kind of record: use release or meeting` : 'say what to create', 2);
if (titleWords.length === 0) fail('give the title in quotes', 2);

try {
  const record = createRecord({
    kind,
    title: titleWords.join(' '),
    contentDir: resolve(args.values.content ?? (process.env['WARTA_CONTENT'] || 'content')),
    day: args.values.date,
    slug: args.values.slug,
  });
  writeRecord(record);
  console.log(`Created ${record.file} (draft: true).
Next: fill in every TODO, then run npm run check; set draft: false when it is approved.`);
} catch (error) {
  if (error instanceof NewRecordError) fail(error.message);
  throw error;
}
