// Prints a random passphrase for the internal section and the WARTA_PASSWORDS line to paste.
// Usage: npm run password [-- label [level]]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { commandLine, exitWith } from './lib/cli.ts';
import { passphraseBits, PASSPHRASE_WORDS, readWordList, sitePassphrase } from './lib/passphrase/generate.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { DEFAULT_CLEARANCE, isLevel, LEVELS } from '../src/lib/levels.ts';
import { LABEL } from '../src/lib/vault/passwords.ts';
import { siteWords } from '../src/lib/vault/strength.ts';

const USAGE = `Usage: npm run password [-- label [level]]

Prints a passphrase of ${PASSPHRASE_WORDS} random Indonesian words for the internal section, and the line
"label@level:passphrase" for WARTA_PASSWORDS (label: the agency, e.g. polda; default "label"; level: the
highest class the password opens, one of ${LEVELS.join(', ')}; default ${DEFAULT_CLEARANCE}). The passphrase
passes the build's strength check for the site in content/ (or WARTA_CONTENT), its own words included.`;

const args = commandLine(USAGE, {});
const [label = 'label', level = DEFAULT_CLEARANCE] = args.positionals;
if (!LABEL.test(label) || args.positionals.length > 2)
  exitWith(USAGE, `"${args.positionals.join(' ')}" is not a label: use lower-case letters, digits and hyphens`, 2);
if (isLevel(label))
  exitWith(USAGE, `"${label}" is a level: give the label first, as in "npm run password -- polda ${label}"`, 2);
if (!isLevel(level)) exitWith(USAGE, `"${level}" is not a level: write one of ${LEVELS.join(', ')}`, 2);

const words = readWordList();
// Rated as the build rates it, with the words of this site's content (those that validate).
const contentDir = resolve(process.env['WARTA_CONTENT'] || 'content');
if (!existsSync(contentDir))
  exitWith(
    USAGE,
    `content folder ${contentDir} does not exist: run this in the project's folder, or set WARTA_CONTENT`,
  );
const passphrase = await sitePassphrase(words, siteWords(loadContent(contentDir, { root: process.cwd() }).partial));
console.log(`${passphrase}

The line for WARTA_PASSWORDS (one line per password), opening ${level} and every level below it:
${label}@${level}:${passphrase}

${PASSPHRASE_WORDS} words drawn at random from a list of ${words.length}: ${passphraseBits(words.length).toFixed(1)} bits.
Keep it in the team's password manager; give it to members in person or by another channel than the site's address.`);
