import { beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_PASSWORD, readPasswords } from '../../src/lib/vault/passwords.ts';
import { estimateGuesses, MIN_GUESSES, siteWords } from '../../src/lib/vault/strength.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { ROOT, TEST_PASSWORDS, TEST_PASSWORDS_VARIABLE } from '../support/site.ts';

// Generated with `npm run password` for these tests only.
const STRONG = 'serumah terendam kantormu jarinya layang latar';
const OTHER = 'lumbung sepagi kidal toserba akut nanas';
const { content } = loadContentOrThrow(`${ROOT}/tests/fixtures/valid`, { root: ROOT });
const SITE = { ci: true, siteWords: siteWords(content) };

// Loading the estimator's dictionaries takes seconds on a busy machine: once, before the tests.
beforeAll(() => estimateGuesses(''), 60_000);

describe('readPasswords', () => {
  it('reads one "label@level:password" per line, ignoring blank lines and comments', async () => {
    const setting = await readPasswords(
      `# sandi per instansi\nimigrasi@sangat-rahasia:${STRONG}\n\npolda@terbatas:${OTHER}\n`,
      SITE,
    );
    expect(setting).toEqual({
      kind: 'configured',
      passwords: [
        { label: 'imigrasi', password: STRONG, clearance: 'sangat-rahasia' },
        { label: 'polda', password: OTHER, clearance: 'terbatas' },
      ],
      publicLabels: false,
    });
  });

  it('gives a line without a level the lowest clearance, biasa, and marks it as a default', async () => {
    const setting = await readPasswords(`polda:${STRONG}`, SITE);
    expect(setting.passwords).toEqual([{ label: 'polda', password: STRONG, clearance: 'biasa', defaulted: true }]);
  });

  it('gives the development password every level', async () => {
    expect((await readPasswords(undefined, { ci: false })).passwords[0].clearance).toBe('sangat-rahasia');
  });

  it.each([
    [
      'an unknown level',
      `polda@rahasa:${STRONG}`,
      'line 1 (polda): "rahasa" is not a level; write one of biasa, terbatas, rahasia, sangat-rahasia',
    ],
    ['a level in capitals', `polda@Rahasia:${STRONG}`, 'line 1 (polda): the level "Rahasia" is written "rahasia"'],
    [
      'a level with a space',
      `polda@sangat rahasia:${STRONG}`,
      'the level "sangat rahasia" is written "sangat-rahasia"',
    ],
    ['two levels', `polda@terbatas@rahasia:${STRONG}`, 'line 1 (polda): names more than one level'],
    ['an empty level', `polda@:${STRONG}`, 'line 1 (polda): "" is not a level'],
    [
      'a level after the colon',
      `polda:rahasia:${STRONG}`,
      'line 1 (polda): the level goes before the colon: write "polda@rahasia:<password>"',
    ],
    [
      'a level written as the label',
      `rahasia:${STRONG}`,
      'line 1 (rahasia): a level is not a label: write "<label>@rahasia:<password>"',
    ],
    [
      'a level written as the label, with a level',
      `rahasia@biasa:${STRONG}`,
      'line 1 (rahasia): a level is not a label: write "<label>@biasa:<password>"',
    ],
    [
      'a level both before the colon and at the start of the password',
      `polda@terbatas:rahasia:${STRONG}`,
      'line 1 (polda): the password begins with the level "rahasia:"; write one level, before the colon',
    ],
  ])('refuses %s, naming the line, the label and the fix but never the password', async (_, line, message) => {
    const attempt = readPasswords(line, SITE);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.not.toThrow(STRONG);
  });

  it('keeps colons and at signs after the first colon as part of the password', async () => {
    const password = STRONG.replaceAll(' ', ':').replace(':', '@');
    const setting = await readPasswords(`polda@rahasia:${password}`, SITE);
    expect(setting.passwords[0]).toMatchObject({ password, clearance: 'rahasia' });
  });

  it('uses the announced development password locally when none is set', async () => {
    expect(await readPasswords(undefined, { ci: false })).toEqual({
      kind: 'development',
      passwords: [DEVELOPMENT_PASSWORD],
      publicLabels: false,
    });
    expect((await readPasswords('  \n', { ci: false })).kind).toBe('development');
  });

  it('fails in CI when no password is set', async () => {
    await expect(readPasswords(undefined, { ci: true })).rejects.toThrow('WARTA_PASSWORDS is not set');
  });

  it('refuses WARTA_VAULT=off in CI, and allows it locally', async () => {
    await expect(
      readPasswords(`polda:${STRONG}`, { ...SITE, vault: false }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: WARTA_VAULT=off leaves the internal section unencrypted, and CI builds are published: unset WARTA_VAULT (it is for local tests only)]`,
    );
    expect((await readPasswords(undefined, { ci: false, vault: false })).kind).toBe('development');
  });

  it.each([
    ['the development password', 'imigrasi:sandi-pengembangan-lokal'],
    ['the development password under another label', 'polda:sandi-pengembangan-lokal'],
    ['the development password in other case and spacing', 'polda:Sandi Pengembangan  Lokal'],
  ])('refuses %s, in CI and locally', async (_, line) => {
    for (const ci of [true, false])
      await expect(readPasswords(line, { ...SITE, ci })).rejects.toThrow('this is the development password');
  });

  it.each([
    ['a word repeated', 'passwordpassword'],
    ['a keyboard row', 'qwertyuiopasdfgh'],
    ["the site's own words and a year", 'timporasumsel2026'],
    ['the development password with a digit', 'sandi-pengembangan-lokal-1'],
    ['a famous passphrase', 'correct horse battery staple'],
    ['four common Indonesian words', 'rahasia negara jangan dibuka'],
    ['an Indonesian sentence', 'saya suka makan nasi goreng'],
    ['a long password of sixteen characters', 'Palembang2026!!!'],
    ['the old test password', 'kunci-uji-imigrasi-panjang'],
    ['a famous passphrase between equals signs', 'correct=horse=battery=staple'],
    ['common words between other symbols', 'kuda#baterai\u2014staples&benar'],
    ['common words between digits', 'kuda1baterai2staples3benar'],
    ['the development password and a phrase of common words', 'sandi-pengembangan-lokal kuda baterai staples benar'],
  ])('refuses %s as too easy to guess, naming the line and label but never the password', async (_, password) => {
    const attempt = readPasswords(`imigrasi:${STRONG}\npolda:${password}`, SITE);
    await expect(attempt).rejects.toThrow(/^WARTA_PASSWORDS line 2 \(polda\): the password is too easy to guess/);
    await expect(attempt).rejects.toThrow('npm run password');
    await expect(attempt).rejects.not.toThrow(password);
  });

  it('says how many guesses a weak password needs against how many are required', async () => {
    await expect(readPasswords('polda:timporasumsel2026', SITE)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: WARTA_PASSWORDS line 1 (polda): the password is too easy to guess (about 10^8 guesses; the public keyring must withstand 10^18); replace it with a passphrase from "npm run password"]`,
    );
  });

  it('refuses bad labels and repeated labels, naming the line', async () => {
    await expect(readPasswords(`Imigrasi Sumsel:${STRONG}`, { ci: false })).rejects.toThrow(
      'line 1: write "label@level:password"',
    );
    await expect(readPasswords(`a:${STRONG}\na:${OTHER}`, { ci: false })).rejects.toThrow(
      'the label "a" appears twice',
    );
  });

  it('refuses the same password on two lines, whose clearance would depend on the slot tried first', async () => {
    const attempt = readPasswords(`polda@terbatas:${STRONG}\nbinda@rahasia:${STRONG.normalize('NFD')}`, SITE);
    await expect(attempt).rejects.toThrow(
      'WARTA_PASSWORDS lines 1 and 2 (polda, binda) have the same password; give each its own',
    );
    await expect(attempt).rejects.not.toThrow(STRONG);
  });

  it('refuses more passwords than the unlock page accepts slots', async () => {
    const lines = Array.from({ length: 65 }, (_, i) => `agensi-${i}:${STRONG}`);
    await expect(readPasswords(lines.join('\n'), SITE)).rejects.toThrow(
      'WARTA_PASSWORDS has 65 passwords, but the unlock page opens keyrings of at most 64',
    );
  });

  it('publishes the labels only when WARTA_SLOT_LABELS is "public", and names the variable otherwise', async () => {
    const line = `imigrasi:${STRONG}`;
    expect((await readPasswords(line, { ...SITE, slotLabels: 'public' })).publicLabels).toBe(true);
    expect((await readPasswords(line, { ...SITE, slotLabels: '' })).publicLabels).toBe(false);
    await expect(readPasswords(line, { ...SITE, slotLabels: 'yes' })).rejects.toThrow(
      'WARTA_SLOT_LABELS="yes": write "public"',
    );
  });

  it('accepts the passwords of the test builds', async () => {
    expect((await readPasswords(TEST_PASSWORDS_VARIABLE, SITE)).passwords).toEqual(TEST_PASSWORDS);
  });
});

describe('estimateGuesses', () => {
  it("rates a word of the site's content as one of the first guesses", async () => {
    const words = siteWords(content);
    expect(words).toEqual(expect.arrayContaining(['sumsel', 'palembang', 'timpora', 'pagaralam']));
    expect(await estimateGuesses('pagaralamtimpora', words)).toBeLessThan(await estimateGuesses('pagaralamtimpora'));
  });

  it("counts a regency's capital, the city its releases are datelined from, as a word of the site", async () => {
    const capital = content.regions.find((region) => region.capital)?.capital?.toLowerCase();
    expect(capital).toBeDefined();
    const words = siteWords(content);
    expect(words).toContain(capital);
    const password = `${capital}timpora2026`;
    expect(await estimateGuesses(password, words)).toBeLessThan(await estimateGuesses(password));
  });

  it('reads a passphrase without its separators too, so spaces do not inflate the estimate', async () => {
    expect(await estimateGuesses('kuda baterai staples benar')).toBeLessThan(1e14);
    expect(await estimateGuesses(STRONG)).toBeGreaterThanOrEqual(MIN_GUESSES);
  });
});
