// Local passwords in an ignored .env file: the settings layer reads them, nothing else sees them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelKeysOf, type ReferenceKeyring } from '../support/vault-reference.ts';
import { ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
/** From `npm run password -- kantor rahasia`, written only into the .env files of these tests. */
const LOCAL = { label: 'kantor', clearance: 'rahasia', password: 'stempel opsi baiklah bertopi duk itukah' };
const ENV_FILE = `# local builds only\nWARTA_PASSWORDS="${LOCAL.label}@${LOCAL.clearance}:${LOCAL.password}"\nWARTA_NOW=${NOW}\n`;

/** What a project needs to build: a copy of it beside its own .env, sharing node_modules. */
const PROJECT = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public'];

/** `astro build` of a copy of the project whose .env holds the passwords; none in its environment. */
function buildWithEnvFile(name: string, content: string) {
  const dir = join(TMP, name, 'project');
  for (const path of PROJECT) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, '.env'), ENV_FILE);
  const outDir = join(TMP, name, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '', WARTA_CONTENT: content, WARTA_OUT: outDir };
  delete env['WARTA_PASSWORDS'];
  delete env['WARTA_NOW'];
  env['WARTA_CACHE'] = join(TMP, name, 'cache');
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('a local build with passwords in .env', () => {
  it('locks the internal section with them, each at its level, and takes the build clock from .env too', () => {
    rmSync(join(TMP, 'env-file'), { recursive: true, force: true });
    const result = buildWithEnvFile('env-file', FIXTURE);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('keyring: slot 1 kantor up to rahasia;');
    expect(result.output).not.toContain('DEVELOPMENT password');
    const keyring = JSON.parse(readFileSync(join(result.outDir, 'internal/keyring.json'), 'utf8')) as ReferenceKeyring;
    expect(keyring.slots).toHaveLength(1);
    expect(levelKeysOf(keyring, LOCAL.password)).toHaveLength(3); // biasa, terbatas, rahasia
    const build = JSON.parse(readFileSync(join(result.outDir, 'build.json'), 'utf8')) as { builtAt: string };
    expect(new Date(build.builtAt).toISOString()).toBe(new Date(NOW).toISOString());
  });

  it('fails when a public page carries one of them: the leak scan looks for them', () => {
    rmSync(join(TMP, 'env-file-leak'), { recursive: true, force: true });
    const content = join(TMP, 'env-file-leak', 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const release = '2024-12-04-catatan-sandi-lokal';
    writeFileSync(
      join(content, `press-releases/2024/${release}.md`),
      [
        '---',
        'title: Catatan Sandi Lokal yang Tertempel',
        'summary: Petugas menempelkan catatan ke naskah yang salah.',
        'dateline: Palembang',
        'publishedAt: 2024-12-04T10:00:00+07:00',
        'author: Tim Humas Kanwil',
        'organizations:',
        '  - kanwil-imigrasi-sumsel',
        '---',
        '',
        `Catatan rapat: ${LOCAL.password}.`,
        '',
      ].join('\n'),
    );
    const result = buildWithEnvFile('env-file-leak', content);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `/siaran-pers/${release}/index.html: contains internal text from WARTA_PASSWORDS: the password labelled "kantor"`,
    );
    expect(result.output).not.toContain(LOCAL.password);
    expect(existsSync(result.outDir)).toBe(false);
    for (const { password } of TEST_PASSWORDS) expect(result.output).not.toContain(password);
  });
});

describe('the site configuration, run beside a .env file', () => {
  it('puts none of its values into process.env, where content and import.meta.env could read them', () => {
    const dir = join(TMP, 'env-file-config');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.env'), ENV_FILE);
    const script = [
      `const { default: config } = await import(${JSON.stringify(join(ROOT, 'astro.config.mjs'))});`,
      'console.log(JSON.stringify({ env: process.env, envDir: config.vite?.envDir }));',
    ].join('\n');
    const env: NodeJS.ProcessEnv = { ...process.env, WARTA_CONTENT: FIXTURE };
    delete env['WARTA_PASSWORDS'];
    delete env['WARTA_NOW'];
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(result.status, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
      env: Record<string, string>;
      envDir: unknown;
    };
    expect(seen.env['WARTA_PASSWORDS']).toBeUndefined();
    expect(seen.env['WARTA_NOW']).toBeUndefined();
    expect(JSON.stringify(seen.env)).not.toContain(LOCAL.password);
    expect(seen.envDir).toBe(false);
  });
});
