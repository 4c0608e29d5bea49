import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCi, readSettings } from '../../src/integrations/settings.ts';
import { outputFolders } from '../../src/lib/output-folders.ts';

describe('isCi', () => {
  it.each([{ CI: 'true' }, { CI: '1' }, { CI: 'True' }, { CI: 'yes' }, { TF_BUILD: 'True' }])(
    'takes %o for CI, where weak passwords are refused',
    (env) => {
      expect(isCi(env)).toBe(true);
    },
  );

  it.each([{}, { CI: '' }, { CI: '0' }, { CI: 'false' }, { CI: 'FALSE' }])('takes %o for a local build', (env) => {
    expect(isCi(env)).toBe(false);
  });
});

describe('readSettings: the internal address', () => {
  const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');
  const env = (extra: Record<string, string>) => ({ WARTA_CONTENT: FIXTURE, WARTA_PASSWORDS: '', ...extra });

  it('splits the build when INTERNAL_URL names another origin, and writes the internal site beside the output', () => {
    const settings = readSettings(
      env({ INTERNAL_URL: 'https://intern.warta-uji.example.org/', WARTA_OUT: '/tmp/situs/dist' }),
    );
    expect(settings.origins.internal).toBe('https://intern.warta-uji.example.org');
    expect(settings.internalOutDir).toBe('/tmp/situs/dist-internal');
  });

  it('keeps one origin without it', () => {
    expect(readSettings(env({})).origins.internal).toBeUndefined();
  });

  it('refuses an INTERNAL_URL on the public origin, naming the variable', () => {
    expect(() =>
      readSettings(env({ SITE_URL: 'https://warta.example.org', INTERNAL_URL: 'https://warta.example.org' })),
    ).toThrow(/^INTERNAL_URL: "https:\/\/warta\.example\.org" must be another origin than the public url/);
  });
});

describe('readSettings: the content check', () => {
  const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

  it('checks the content on another thread, giving the validated content and what is derived from it', async () => {
    const settings = readSettings({ WARTA_CONTENT: join(FIXTURES, 'valid'), WARTA_NOW: '2026-06-01T00:00:00+07:00' });
    const { content, issues, publicRecords, lastModified } = await settings.checked;
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(content?.releases.length).toBeGreaterThan(0);
    expect(publicRecords).toBeGreaterThan(0);
    expect(publicRecords).toBeLessThanOrEqual((content?.releases.length ?? 0) + (content?.meetings.length ?? 0));
    expect(lastModified.size).toBe(publicRecords);
  });

  it('gives no content for a folder with errors, and every error, each with its file', async () => {
    const { content, issues } = await readSettings({ WARTA_CONTENT: join(FIXTURES, 'invalid') }).checked;
    expect(content).toBeUndefined();
    expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
    expect(issues.every((issue) => issue.file.length > 0)).toBe(true);
  });
});

// The first strength estimate loads its dictionaries, a few seconds on a busy machine.
describe('readSettings: the .env file', { timeout: 30_000 }, () => {
  const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');
  const PASSWORD = 'menang perak sepiring unjuk spesifik dirinya';

  /** A project folder holding only a .env file with `text`. */
  function projectWith(text: string): string {
    const root = mkdtempSync(join(tmpdir(), 'warta-env-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    writeFileSync(join(root, '.env'), text);
    return root;
  }

  it('takes the passwords and settings from it, leaving the environment as it was', async () => {
    const root = projectWith(`WARTA_PASSWORDS="imigrasi@rahasia:${PASSWORD}"\nWARTA_OUT=keluaran\n`);
    const env: NodeJS.ProcessEnv = { WARTA_CONTENT: FIXTURE };
    const settings = readSettings(env, root);
    expect((await settings.passwords()).passwords).toEqual([
      { label: 'imigrasi', password: PASSWORD, clearance: 'rahasia' },
    ]);
    expect(settings.outDir).toBe(join(root, 'keluaran'));
    expect(env).toEqual({ WARTA_CONTENT: FIXTURE });
  });

  it('gives way to the environment', async () => {
    const root = projectWith(`WARTA_PASSWORDS="imigrasi@rahasia:${PASSWORD}"\nWARTA_OUT=keluaran\n`);
    const settings = readSettings(
      { WARTA_CONTENT: FIXTURE, WARTA_OUT: '/tmp/situs/dist', WARTA_PASSWORDS: `polda@terbatas:${PASSWORD}` },
      root,
    );
    expect((await settings.passwords()).passwords).toEqual([
      { label: 'polda', password: PASSWORD, clearance: 'terbatas' },
    ]);
    expect(settings.outDir).toBe('/tmp/situs/dist');
  });

  it('names the .env file when its passwords are refused', async () => {
    const root = projectWith('WARTA_PASSWORDS=imigrasi:pendek\n');
    await expect(readSettings({ WARTA_CONTENT: FIXTURE }, root).passwords()).rejects.toThrow(
      `${join(root, '.env')}: WARTA_PASSWORDS line 1 (imigrasi): the password is too easy to guess`,
    );
  });

  it('refuses a variable that is not a Warta setting, naming the file, line and fix', () => {
    const root = projectWith('# lokal\nWARTA_NOW=2026-06-01T00:00:00+07:00\nGITHUB_TOKEN=ghp_bukan-token\n');
    expect(() => readSettings({ WARTA_CONTENT: FIXTURE }, root)).toThrow(
      `${join(root, '.env')}:3: GITHUB_TOKEN is not a Warta setting: .env holds only WARTA_* settings, SITE_URL and INTERNAL_URL; set GITHUB_TOKEN in the environment instead, or delete the line`,
    );
  });
});

describe('outputFolders', () => {
  it('puts the internal site beside the public one unless told otherwise', () => {
    expect(outputFolders({ WARTA_OUT: 'keluaran' }, '/situs')).toEqual({
      outDir: '/situs/keluaran',
      internalOutDir: '/situs/keluaran-internal',
    });
    expect(outputFolders({ WARTA_INTERNAL_OUT: '../intern' }, '/situs').internalOutDir).toBe('/intern');
  });

  it('refuses an internal folder that is the public one, inside it or around it, which a build would delete', () => {
    for (const internal of ['dist', 'dist/', 'dist/internal', '.', '/situs'])
      expect(() => outputFolders({ WARTA_INTERNAL_OUT: internal }, '/situs'), internal).toThrow(
        'are the same folder or one holds the other',
      );
    // A name that only begins alike is another folder.
    expect(outputFolders({ WARTA_INTERNAL_OUT: 'dist2' }, '/situs').internalOutDir).toBe('/situs/dist2');
  });
});
