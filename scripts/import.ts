// Turns a wire-style plain-text release into a draft press release.
// Usage: npm run import -- naskah.txt [--date YYYY-MM-DD] [--title "..."] [--source ANTARA] [--url ...] [--stdout]
//        npm run import < naskah.txt
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importWire, report, writeDraft } from './lib/import/index.ts';
import { NewRecordError } from './lib/new.ts';
import { commandLine, exitWith } from './lib/cli.ts';

const USAGE = `Usage: npm run import -- naskah.txt [options]
       npm run import -- [options] < naskah.txt

Turns a news text pasted from a wire or news page (a dateline such as "Palembang (ANTARA) -",
"PALEMBANG -", "SRIPOKU.COM, PALEMBANG --" or "Palembang, 12 Maret 2025 -", paragraphs, quotations)
into content/press-releases/YYYY/YYYY-MM-DD-judul.md, as a draft. Captions, bylines, date stamps,
"Baca juga", share rows, footers and a second pasted copy are left out. Afterwards it prints which
field came from which sentence, then what is still TODO (npm run check points at each TODO too).

Options:
  --date YYYY-MM-DD   reference day for day names such as "Sabtu" (default: today, WIB)
  --title "..."       headline, when the text has none
  --source NAME       source of the text (default: the outlet in the dateline, e.g. ANTARA)
  --url ADDRESS       address of the original text
  --stdout            print the draft instead of writing a file (even when the file exists)
  --content FOLDER    content folder (default: content, or WARTA_CONTENT)`;

function fail(message: string, code = 1): never {
  return exitWith(USAGE, message, code);
}

const args = commandLine(USAGE, {
  date: { type: 'string' },
  title: { type: 'string' },
  source: { type: 'string' },
  url: { type: 'string' },
  stdout: { type: 'boolean', default: false },
  content: { type: 'string' },
});
if (args.positionals.length > 1) fail('give one text file (or none, to read standard input)', 2);
const [input] = args.positionals;
if (input === undefined && process.stdin.isTTY) fail('give a text file, or pipe the text in', 2);

let text: string;
try {
  text = readFileSync(input === undefined || input === '-' ? 0 : input, 'utf8');
} catch (error) {
  fail(`cannot read ${input}: ${(error as Error).message}`);
}

try {
  const result = importWire(text, {
    contentDir: resolve(args.values.content ?? (process.env['WARTA_CONTENT'] || 'content')),
    reference: args.values.date,
    title: args.values.title,
    source: args.values.source,
    url: args.values.url,
  });
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (result.release.notWire)
    console.error(
      `warning: this does not look like wire copy (${result.release.notWire}); the draft says so in a # PERINGATAN line: decide whether to keep it`,
    );
  if (args.values.stdout) process.stdout.write(result.text);
  else {
    writeDraft(result);
    console.log(`Created ${result.file} (draft: true).`);
  }
  console.error(report(result));
  console.error('Next: compare the draft with the original, replace every TODO, then run npm run check.');
} catch (error) {
  if (error instanceof NewRecordError) fail(error.message);
  throw error;
}
