import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generatePassphrase,
  passphraseBits,
  readWordList,
  sitePassphrase,
  strongPassphrase,
  WORD_LIST_FILE,
} from '../../scripts/lib/passphrase/generate.ts';
import { deriveWordList, WORD_COUNT, wordSources } from '../../scripts/lib/passphrase/word-list.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { readPasswords } from '../../src/lib/vault/passwords.ts';
import { estimateGuesses, siteWords } from '../../src/lib/vault/strength.ts';
import { ROOT } from '../support/site.ts';

const words = readWordList();

// Loading the estimator's dictionaries takes seconds on a busy machine: once, before the tests.
beforeAll(() => estimateGuesses(''), 60_000);

describe('the committed word list', () => {
  it('is what npm run password:words derives from the installed dictionaries', async () => {
    expect(readFileSync(WORD_LIST_FILE, 'utf8')).toBe(`${deriveWordList(await wordSources()).join('\n')}\n`);
  });

  it('has 7 776 distinct words of 3 to 8 letters a–z, so six of them carry 77.5 bits', () => {
    expect(words).toHaveLength(WORD_COUNT);
    expect(new Set(words).size).toBe(WORD_COUNT);
    for (const word of words) expect(word).toMatch(/^[a-z]{3,8}$/);
    expect(passphraseBits(words.length)).toBeCloseTo(77.55, 2);
  });
});

describe('deriveWordList', () => {
  // Distinct made-up words such as "daliredo" that pass every filter and contain no offensive stem.
  const syllables = [...'dlr'].flatMap((consonant) => [...'aeiou'].map((vowel) => consonant + vowel));
  const filler = syllables
    .flatMap((a) => syllables.flatMap((b) => syllables.flatMap((c) => syllables.map((d) => a + b + c + d))))
    .slice(0, WORD_COUNT + 10);
  const list = (indonesian: string[], extra: Partial<Parameters<typeof deriveWordList>[0]> = {}) =>
    deriveWordList({ indonesian, names: [], excluded: [], ...extra });

  it('keeps the most frequent words, in order', () => {
    expect(list(filler)).toEqual(filler.slice(0, WORD_COUNT));
  });

  it.each([
    ['too short or too long', ['ya', 'berkepanjangan']],
    ['not lower-case a–z', ['Jakarta', 'café', 'kata2']],
    ['spelled the English way', ['the', 'fresh', 'cookie', 'happy', 'quiz']],
    ['a given name or an excluded word', ['budi', 'password']],
    ['offensive, with or without affixes', ['bangsat', 'dibunuh', 'bodohnya']],
  ])('drops words that are %s', (_, dropped) => {
    const result = list([...dropped, ...filler], { names: ['budi'], excluded: ['password'] });
    for (const word of dropped) expect(result).not.toContain(word);
  });

  it('keeps ordinary words that merely contain an offensive stem', () => {
    expect(list(['pantai', 'santai', 'sosial', ...filler]).slice(0, 3)).toEqual(['pantai', 'santai', 'sosial']);
  });

  it('fails when the source has too few usable words', () => {
    expect(() => list(['kata', 'meja'])).toThrow('only 2 words qualify');
  });
});

describe('generatePassphrase', () => {
  it('joins six words drawn by index with spaces', () => {
    const picks = [0, 1, 2, 3, 4, 7775];
    expect(generatePassphrase(words, { pick: () => picks.shift() ?? 0 })).toBe(
      [words[0], words[1], words[2], words[3], words[4], words[7775]].join(' '),
    );
  });

  it('asks for an index below the list length, which randomInt draws without bias', () => {
    const bounds: number[] = [];
    generatePassphrase(words, { count: 3, pick: (n) => (bounds.push(n), 0) });
    expect(bounds).toEqual([WORD_COUNT, WORD_COUNT, WORD_COUNT]);
  });

  it('draws only words of the list by default', () => {
    for (const word of generatePassphrase(words).split(' ')) expect(words).toContain(word);
  });
});

describe('strongPassphrase', () => {
  it('draws again until the strength estimate accepts', async () => {
    let calls = 0;
    const passphrase = await strongPassphrase(words, async () => ++calls === 3);
    expect(calls).toBe(3);
    expect(passphrase.split(' ')).toHaveLength(6);
  });
});

describe('passphrases from npm run password', () => {
  const { content } = loadContentOrThrow(`${ROOT}/tests/fixtures/valid`, { root: ROOT });
  const context = { ci: true, siteWords: siteWords(content) };
  /** Draws these words, in this order, and no more. */
  const drawing = (...drawn: string[]) => ({
    pick: () => {
      const word = drawn.shift();
      if (word === undefined) throw new Error('drew more words than the test gave');
      return words.indexOf(word);
    },
  });

  it('are drawn again when six common words rate below the bound', async () => {
    const weak = ['ponsel', 'dangkal', 'menyapa', 'kecil', 'pagi', 'selesai'];
    await expect(readPasswords(`agensi:${weak.join(' ')}`, context)).rejects.toThrow('too easy to guess');
    const strong = ['ponsel', 'dangkal', 'menyapa', 'kabut', 'lumbung', 'sepagi'];
    expect(await sitePassphrase(words, context.siteWords, drawing(...weak, ...strong))).toBe(strong.join(' '));
  });

  it("are rated with the site's words, as the build rates them: a draw of its agencies' words is drawn again", async () => {
    const ofTheSite = ['kesatuan', 'bangsa', 'politik', 'ponsel', 'dangkal', 'kabut'];
    const passphrase = ofTheSite.join(' ');
    expect(await estimateGuesses(passphrase)).toBeGreaterThan(1e20);
    await expect(readPasswords(`agensi:${passphrase}`, context)).rejects.toThrow('too easy to guess');
    const strong = ['ponsel', 'dangkal', 'menyapa', 'kabut', 'lumbung', 'sepagi'];
    expect(await sitePassphrase(words, context.siteWords, drawing(...ofTheSite, ...strong))).toBe(strong.join(' '));
  });

  it('are accepted by the build, 200 of them in a row, against the words of a site', async () => {
    for (let i = 0; i < 200; i++) {
      const passphrase = await sitePassphrase(words, context.siteWords);
      expect((await readPasswords(`agensi@rahasia:${passphrase}`, context)).passwords).toEqual([
        { label: 'agensi', password: passphrase, clearance: 'rahasia' },
      ]);
    }
  }, 120_000);
});

describe('npm run password', () => {
  /** Runs the command the way npm does: node on scripts/password.ts. */
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/password.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints six words of the list and the same passphrase as a line for WARTA_PASSWORDS, with its level', () => {
    const { status, stdout } = run('polda', 'terbatas');
    expect(status).toBe(0);
    const [passphrase = ''] = stdout.split('\n');
    expect(passphrase.split(' ').filter((word) => words.includes(word))).toHaveLength(6);
    expect(stdout).toContain(`\npolda@terbatas:${passphrase}\n`);
    expect(stdout).toContain('6 words drawn at random from a list of 7776: 77.5 bits.');
  }, 60_000);

  it('writes the lowest level when none is given, and refuses an unknown one', () => {
    expect(run('polda').stdout).toMatch(/\npolda@biasa:/);
    const { status, stderr } = run('polda', 'rahasa');
    expect(status).toBe(2);
    expect(stderr).toContain('"rahasa" is not a level');
  }, 60_000);

  it('refuses a label that WARTA_PASSWORDS would refuse', () => {
    const { status, stderr } = run('Polda Sumsel');
    expect(status).toBe(2);
    expect(stderr).toContain('"Polda Sumsel" is not a label');
  });

  it('refuses a level given as the label, which would print a biasa line labelled with it', () => {
    const { status, stderr } = run('rahasia');
    expect(status).toBe(2);
    expect(stderr).toContain('"rahasia" is a level: give the label first, as in "npm run password -- polda rahasia"');
  });
});
