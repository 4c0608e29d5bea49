// Regenerates scripts/lib/passphrase/words.txt, the word list of `npm run password`, from the
// dictionaries of @zxcvbn-ts/language-id and language-common (a test fails if the two drift apart).
// Usage: npm run password:words
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_LIST_FILE } from './lib/passphrase/generate.ts';
import { deriveWordList, wordSources } from './lib/passphrase/word-list.ts';

const words = deriveWordList(await wordSources());
writeFileSync(WORD_LIST_FILE, `${words.join('\n')}\n`);
console.log(`Wrote ${words.length} words to ${fileURLToPath(WORD_LIST_FILE)}.`);
