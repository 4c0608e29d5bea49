// Prints a random passphrase for the internal section and the WARTA_PASSWORDS line to paste.
// Usage: npm run password [-- label]
import { commandLine, exitWith } from './lib/cli.ts';
import { passphraseBits, PASSPHRASE_WORDS, readWordList, strongPassphrase } from './lib/passphrase/generate.ts';
import { LABEL } from '../src/lib/vault/passwords.ts';
import { estimateGuesses, MIN_GUESSES } from '../src/lib/vault/strength.ts';

const USAGE = `Usage: npm run password [-- label]

Prints a passphrase of ${PASSPHRASE_WORDS} random Indonesian words for the internal section, and the line
"label:passphrase" for WARTA_PASSWORDS (label: the agency, e.g. polda; default "label").`;

const args = commandLine(USAGE, {});
const label = args.positionals[0] ?? 'label';
if (!LABEL.test(label) || args.positionals.length > 1)
  exitWith(USAGE, `"${args.positionals.join(' ')}" is not a label: use lower-case letters, digits and hyphens`, 2);

const words = readWordList();
const passphrase = await strongPassphrase(words, async (text) => (await estimateGuesses(text)) >= MIN_GUESSES);
console.log(`${passphrase}

The line for WARTA_PASSWORDS (one line per password):
${label}:${passphrase}

${PASSPHRASE_WORDS} words drawn at random from a list of ${words.length}: ${passphraseBits(words.length).toFixed(1)} bits.
Keep it in the team's password manager; give it to members in person or by another channel than the site's address.`);
