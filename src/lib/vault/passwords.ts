/** A password that opens the internal section, with whose it is. */
export interface Password {
  label: string;
  password: string;
}

/** Shortest password accepted: the keyring is public, so a password must resist offline guessing. */
export const MIN_PASSWORD_LENGTH = 16;

/** The password of local builds without WARTA_PASSWORDS; announced on the unlock page, refused in CI. */
export const DEVELOPMENT_PASSWORD: Password = { label: 'pengembangan', password: 'sandi-pengembangan-lokal' };

/** What the environment says about passwords. */
export type PasswordSetting =
  { kind: 'configured'; passwords: Password[] } | { kind: 'development'; passwords: [Password] };

/**
 * Reads WARTA_PASSWORDS: one `label:password` per line (label: lower-case letters, digits and
 * hyphens; the password is everything after the first colon). In CI a missing or weak password
 * is an error; locally, without passwords, the development password is used.
 */
export function readPasswords(value: string | undefined, { ci }: { ci: boolean }): PasswordSetting {
  const lines = (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) {
    if (ci)
      throw new Error(
        'WARTA_PASSWORDS is not set: CI builds need at least one password (one "label:password" per line)',
      );
    return { kind: 'development', passwords: [DEVELOPMENT_PASSWORD] };
  }
  const problems: string[] = [];
  const passwords = lines.map((line, index) => {
    const colon = line.indexOf(':');
    const label = colon < 0 ? '' : line.slice(0, colon).trim();
    const password = colon < 0 ? '' : line.slice(colon + 1);
    const where = `WARTA_PASSWORDS line ${index + 1}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(label))
      problems.push(`${where}: write "label:password", the label in lower-case letters, digits and hyphens`);
    else if (password.length < MIN_PASSWORD_LENGTH)
      problems.push(
        `${where} (${label}): the password has ${password.length} characters; use at least ${MIN_PASSWORD_LENGTH}, e.g. four random words`,
      );
    else if (new Set(password).size < 6)
      problems.push(`${where} (${label}): the password repeats too few characters to be safe`);
    return { label, password };
  });
  const labels = passwords.map((entry) => entry.label);
  const repeated = labels.filter((label, i) => label && labels.indexOf(label) !== i);
  if (repeated.length > 0)
    problems.push(`WARTA_PASSWORDS: the label ${repeated.map((l) => `"${l}"`).join(', ')} appears twice`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { kind: 'configured', passwords };
}
