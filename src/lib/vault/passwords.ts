import { MAX_SLOTS } from './format.ts';
import { estimateGuesses, MIN_GUESSES } from './strength.ts';
import { DEFAULT_CLEARANCE, isLevel, LEVELS, TOP_LEVEL, type Level } from '../levels.ts';

/** A password that opens the internal section, with whose it is (in the build log; in the keyring only by choice). */
export interface Password {
  label: string;
  password: string;
  /** The highest level it opens; it opens every level below too. */
  clearance: Level;
  /** True when its line named no clearance and got DEFAULT_CLEARANCE: the build log says so. */
  defaulted?: boolean;
}

/**
 * The password of local builds without WARTA_PASSWORDS; announced on the unlock page, never
 * accepted in WARTA_PASSWORDS. It opens every level, so that a local build shows everything.
 */
export const DEVELOPMENT_PASSWORD: Password = {
  label: 'pengembangan',
  password: 'sandi-pengembangan-lokal',
  clearance: TOP_LEVEL,
};

/** What the environment says about passwords. */
export type PasswordSetting = (
  { kind: 'configured'; passwords: Password[] } | { kind: 'development'; passwords: [Password] }
) & {
  /** True with WARTA_SLOT_LABELS=public: the keyring names each slot by its label, for ever. */
  publicLabels: boolean;
};

/** Where a build runs and what it may do, as far as passwords are concerned. */
export interface PasswordContext {
  /** A CI build (CI=true): it publishes, so it needs real passwords and an encrypted section. */
  ci: boolean;
  /** False with WARTA_VAULT=off, which leaves the internal section in plaintext: refused in CI. */
  vault?: boolean;
  /** The site's own words (names of the office, regions, agencies, people), tried first by attackers. */
  siteWords?: readonly string[];
  /** WARTA_SLOT_LABELS as set: "public" publishes the labels in the keyring; unset keeps them out. */
  slotLabels?: string | undefined;
}

/**
 * Reads WARTA_SLOT_LABELS. By default the keyring carries no label, since it is public for ever and
 * labels name who holds a password (usually agencies); "public" is the operator's explicit choice
 * to show them on the unlock page.
 */
export function readSlotLabels(value: string | undefined): boolean {
  const setting = (value ?? '').trim();
  if (setting === '') return false;
  if (setting === 'public') return true;
  throw new Error(
    `WARTA_SLOT_LABELS="${setting}": write "public" to publish each password's label in the keyring and on the unlock page (for ever), or leave it unset to keep labels in the build log only`,
  );
}

/** A label: up to 40 lower-case letters, digits and single hyphens, e.g. "polda" or "kanim-palembang". */
export const LABEL = /^(?=.{1,40}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

const FIX = 'replace it with a passphrase from "npm run password"';

/** The same text once case and separators are set aside, so "Sandi Pengembangan Lokal" is still the development password. */
const bare = (password: string) =>
  password
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** How a line says "label@level:password". */
const SYNTAX = '"label@level:password"';

/**
 * Estimated guesses for a password of this site, as the build rates it: with the site's own words
 * and the development password among an attacker's first guesses. `npm run password` asks the same.
 */
export function passwordGuesses(password: string, siteWords: readonly string[] = []): Promise<number> {
  return estimateGuesses(password, [DEVELOPMENT_PASSWORD.password, ...siteWords]);
}

/**
 * The clearance written after the label ("polda@rahasia"), or why it cannot be read. Only the
 * exact names of LEVELS count: a near miss ("Rahasia", "sangat rahasia") is refused with the name
 * meant, never guessed, since a wrong guess opens or hides classified records.
 */
function readClearance(written: string): { clearance: Level } | { problem: string } {
  if (isLevel(written)) return { clearance: written };
  const names = LEVELS.join(', ');
  if (written.includes('@')) return { problem: `names more than one level; write one of ${names}` };
  const meant = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (isLevel(meant)) return { problem: `the level "${written}" is written "${meant}"` };
  return { problem: `"${written}" is not a level; write one of ${names}` };
}

/**
 * Reads WARTA_PASSWORDS: one `label@level:password` per line (label: lower-case letters, digits
 * and hyphens; level: one of LEVELS, the highest the password opens; the password is everything
 * after the first colon). A line without `@level` opens DEFAULT_CLEARANCE only, least privilege:
 * a forgotten level then hides records instead of showing them to the wrong member, and the build
 * log names each slot's clearance. A password that begins with a level and a colon
 * ("polda:rahasia:…") is refused: it is the clearance written in the wrong place. Every password
 * must need at least MIN_GUESSES guesses by a strength estimate (passwordGuesses), and none may be
 * the development password. In CI a missing password and WARTA_VAULT=off are errors; locally,
 * without passwords, the development password is used. Messages name the line and label, never the
 * password.
 */
export async function readPasswords(
  value: string | undefined,
  { ci, vault = true, siteWords = [], slotLabels }: PasswordContext,
): Promise<PasswordSetting> {
  const publicLabels = readSlotLabels(slotLabels);
  if (ci && !vault)
    throw new Error(
      'WARTA_VAULT=off leaves the internal section unencrypted, and CI builds are published: unset WARTA_VAULT (it is for local tests only)',
    );
  const lines = (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) {
    if (ci)
      throw new Error(
        `WARTA_PASSWORDS is not set: CI builds need at least one password (one ${SYNTAX} per line; "npm run password" prints one)`,
      );
    return { kind: 'development', passwords: [DEVELOPMENT_PASSWORD], publicLabels };
  }
  if (lines.length > MAX_SLOTS)
    throw new Error(
      `WARTA_PASSWORDS has ${lines.length} passwords, but the unlock page opens keyrings of at most ${MAX_SLOTS}; let agencies share passwords`,
    );
  const problems: string[] = [];
  const passwords: Password[] = [];
  for (const [index, line] of lines.entries()) {
    const colon = line.indexOf(':');
    const head = colon < 0 ? '' : line.slice(0, colon).trim();
    const password = colon < 0 ? '' : line.slice(colon + 1);
    const at = head.indexOf('@');
    const label = at < 0 ? head : head.slice(0, at);
    const clearance = at < 0 ? { clearance: DEFAULT_CLEARANCE } : readClearance(head.slice(at + 1));
    passwords.push({
      label,
      password,
      ...('clearance' in clearance ? clearance : { clearance: DEFAULT_CLEARANCE }),
      ...(at < 0 && { defaulted: true }),
    });
    const where = `WARTA_PASSWORDS line ${index + 1}`;
    const misplaced = LEVELS.find((level) => password.startsWith(`${level}:`));
    if (!LABEL.test(label))
      problems.push(
        `${where}: write ${SYNTAX}, the label in at most 40 lower-case letters, digits and hyphens, the level one of ${LEVELS.join(', ')}`,
      );
    else if ('problem' in clearance)
      problems.push(`${where} (${label}): ${clearance.problem}, as in "${label}@${LEVELS[1]}:<password>"`);
    else if (isLevel(label))
      problems.push(
        `${where} (${label}): a level is not a label: write "<label>@${at < 0 ? label : head.slice(at + 1)}:<password>"`,
      );
    else if (at < 0 && misplaced)
      problems.push(
        `${where} (${label}): the level goes before the colon: write "${label}@${misplaced}:<password>" (a password never begins with a level and a colon)`,
      );
    else if (misplaced)
      problems.push(
        `${where} (${label}): the password begins with the level "${misplaced}:"; write one level, before the colon`,
      );
    else if (bare(password) === bare(DEVELOPMENT_PASSWORD.password))
      problems.push(
        `${where} (${label}): this is the development password, printed in the README and on /internal/; ${FIX}`,
      );
    else {
      const guesses = await passwordGuesses(password, siteWords);
      if (guesses < MIN_GUESSES)
        problems.push(
          `${where} (${label}): the password is too easy to guess (about 10^${Math.floor(Math.log10(guesses))} guesses; the public keyring must withstand 10^${Math.log10(MIN_GUESSES)}); ${FIX}`,
        );
    }
  }
  const labels = passwords.map((entry) => entry.label);
  const repeated = labels.filter((label, i) => label && labels.indexOf(label) !== i);
  if (repeated.length > 0)
    problems.push(`WARTA_PASSWORDS: the label ${repeated.map((l) => `"${l}"`).join(', ')} appears twice`);
  // One password in two slots opens whichever the unlock page tries first, so its clearance is a
  // toss-up, and revoking one line leaves it open.
  const first = new Map<string, number>();
  for (const [i, { password }] of passwords.entries()) {
    if (password === '') continue; // a line without a colon, reported above
    const earlier = first.get(password.normalize('NFC'));
    if (earlier === undefined) first.set(password.normalize('NFC'), i);
    else
      problems.push(
        `WARTA_PASSWORDS lines ${earlier + 1} and ${i + 1} (${passwords[earlier]?.label}, ${passwords[i]?.label}) have the same password; give each its own`,
      );
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { kind: 'configured', passwords, publicLabels };
}
