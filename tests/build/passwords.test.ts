// CI builds refuse guessable passwords and unencrypted output before Astro writes anything.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';

/** A CI build that must stop at its start: its output, its status and whether it wrote anything. */
function ciBuild(name: string, env: Record<string, string>) {
  rmSync(join(TMP, name), { recursive: true, force: true });
  const result = buildSite(name, FIXTURE, NOW, { CI: 'true', ...env });
  return { ...result, wrote: existsSync(result.outDir) };
}

describe('a CI build', () => {
  it('refuses the development password under any label and every guessable password, naming each line', () => {
    const weak = ['sandi-pengembangan-lokal', 'passwordpassword', 'qwertyuiopasdfgh', 'timporasumsel2026'];
    const lines = ['imigrasi:sandi-pengembangan-lokal', ...weak.map((password, i) => `agensi-${i}:${password}`)];
    const result = ciBuild('passwords-weak', { WARTA_PASSWORDS: lines.join('\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('WARTA_PASSWORDS line 1 (imigrasi): this is the development password');
    expect(result.output).toContain('WARTA_PASSWORDS line 2 (agensi-0): this is the development password');
    for (const line of [3, 4, 5])
      expect(result.output).toContain(`WARTA_PASSWORDS line ${line} (agensi-${line - 2}): the password is too easy`);
    for (const password of weak.slice(1)) expect(result.output).not.toContain(password);
    expect(result.wrote).toBe(false);
  });

  it('refuses WARTA_VAULT=off, even with strong passwords (those of the test builds)', () => {
    const result = ciBuild('passwords-vault-off', { WARTA_VAULT: 'off' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('WARTA_VAULT=off leaves the internal section unencrypted');
    expect(result.wrote).toBe(false);
  });
});
