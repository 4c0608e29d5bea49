import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingFolder } from '../../src/integrations/staging.ts';
import { buildSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
/** Minutes of the fixture's meetings start with this: found in a file, it is internal plaintext. */
const MINUTES = 'PENANDA-NOTULEN-';

/** The files of a folder with their contents, by path inside it. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dir, file), readFileSync(file, 'latin1')];
      }),
  );
}

/** The output of an earlier, good build, standing in for the site that is live. */
function previousOutput(outDir: string): Map<string, string> {
  mkdirSync(join(outDir, 'internal', '_v'), { recursive: true });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><title>Build sebelumnya</title><h1>Build sebelumnya</h1>\n',
  );
  writeFileSync(join(outDir, 'internal', 'keyring.json'), '{"format":"warta-vault"}\n');
  writeFileSync(join(outDir, 'internal', '_v', 'blob.bin'), 'sandi\n');
  return snapshot(outDir);
}

/** A copy of the valid fixture with one more public release, whose text is `body`. */
function contentWith(name: string, body: string): string {
  const dir = join(TMP, name, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(
    join(dir, 'press-releases', '2025', '2025-07-01-siaran-uji-kegagalan.md'),
    [
      '---',
      'title: Siaran Uji untuk Build yang Gagal',
      'summary: Siaran ini hanya ada untuk menguji build yang gagal di tengah jalan.',
      'dateline: Palembang',
      'publishedAt: 2025-07-01T09:00:00+07:00',
      'author: Tim Humas Kanwil',
      'organizations:',
      '  - kanwil-imigrasi-sumsel',
      'regions:',
      "  - '16.71'",
      '---',
      '',
      body,
      '',
    ].join('\n'),
  );
  return dir;
}

/** Every file the build could have written: the test's folder without the content and Astro's cache. */
function writtenFiles(name: string): string[] {
  const folder = join(TMP, name);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('content/') && !path.startsWith('cache/'));
}

/** What a failed build must leave: the previous output as it was, and nothing else. */
function expectNothingLeftBehind(name: string, outDir: string, previous: Map<string, string>): void {
  for (const path of writtenFiles(name)) {
    expect(readFileSync(join(TMP, name, path), 'latin1'), `internal plaintext in ${path}`).not.toContain(MINUTES);
  }
  expect(existsSync(stagingFolder(outDir)), 'the staging folder').toBe(false);
  expect(readdirSync(join(TMP, name)).filter((entry) => !['cache', 'content', 'dist'].includes(entry))).toEqual([]);
  expect(snapshot(outDir)).toEqual(previous);
}

/** Makes a build step fail, by tests/support/build-fault.ts. */
const fault = (kind: 'links' | 'vault' | 'leak') => ({
  BUILD_FAULT: kind,
  NODE_OPTIONS: `--import=${join(ROOT, 'tests/support/build-fault.ts')}`,
});

describe('a build that fails', () => {
  it.each([
    {
      step: 'the link check',
      name: 'failed-links',
      content: () =>
        contentWith('failed-links', 'Rincian ada di [halaman kegiatan](/kegiatan/halaman-yang-tidak-ada/).'),
      env: {},
      message:
        /link check: 1 broken link\(s\):\n\S*press-releases\/2025\/2025-07-01-siaran-uji-kegagalan\.md, line 13 \(page \/siaran-pers\/2025-07-01-siaran-uji-kegagalan\/\): \/kegiatan\/halaman-yang-tidak-ada\/ \(no such page or file\)/,
    },
    {
      step: 'the link reading, while Pagefind indexes the public pages',
      name: 'failed-reading',
      content: () => FIXTURE,
      env: fault('links'),
      message: /build fault: a page could not be read/,
    },
    {
      step: 'the vault, half-way through encryption',
      name: 'failed-vault',
      content: () => FIXTURE,
      env: fault('vault'),
      message: /build fault: encryption failed half-way/,
    },
    {
      step: 'the leak scan',
      name: 'failed-leak',
      content: () => FIXTURE,
      env: fault('leak'),
      message:
        /leak scan: internal content in public files; nothing may be deployed:\n\/siaran-pers\/index\.html: contains internal text from \S+2024-11-22-rakor-tim-pora-pagaralam\.md: minutes/,
    },
    {
      step: 'the leak scan of a split build, after the internal site was split off',
      name: 'failed-split',
      content: () => FIXTURE,
      env: { ...fault('leak'), INTERNAL_URL: 'https://intern.warta-uji.example.org' },
      message: /split: the internal site is in [\s\S]*leak scan: internal content in public files/,
    },
  ])(
    'in $step leaves no internal plaintext, nothing deployable, and the previous output as it was',
    ({ name, content, env, message }) => {
      rmSync(join(TMP, name), { recursive: true, force: true });
      const outDir = join(TMP, name, 'dist');
      const previous = previousOutput(outDir);
      const result = buildSite(name, content(), NOW, env);
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(message);
      expectNothingLeftBehind(name, outDir, previous);
    },
  );

  it('with its output folder outside the project, leaves no page bundle in ./.astro/ either', () => {
    // Astro bundles the pages, minutes included, into ./.astro/.prerender/ when the output folder is elsewhere.
    const name = 'failed-outside';
    rmSync(join(TMP, name), { recursive: true, force: true });
    const outside = mkdtempSync(join(tmpdir(), 'warta-out-'));
    try {
      const content = contentWith(name, 'Rincian ada di [halaman kegiatan](/kegiatan/halaman-yang-tidak-ada/).');
      const result = buildSite(name, content, NOW, { WARTA_OUT: join(outside, 'dist') });
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(/link check: 1 broken link/);
      expect(existsSync(join(ROOT, '.astro', '.prerender')), './.astro/.prerender').toBe(false);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('when stopped with SIGTERM while pages are written, deletes what it wrote and leaves the previous output', async () => {
    const name = 'failed-signal';
    rmSync(join(TMP, name), { recursive: true, force: true });
    const outDir = join(TMP, name, 'dist');
    const previous = previousOutput(outDir);
    const staging = stagingFolder(outDir);
    const build = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        WARTA_CONTENT: FIXTURE,
        WARTA_OUT: outDir,
        WARTA_CACHE: join(TMP, name, 'cache'),
        WARTA_NOW: NOW,
        WARTA_PASSWORDS: TEST_PASSWORDS.map(({ label, password }) => `${label}:${password}`).join('\n'),
      },
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => build.on('exit', (_code, signal) => resolve(signal)));
    // Stop it as soon as it has written something, in the staging folder or (without one) the output folder.
    const written = () =>
      (existsSync(staging) && readdirSync(staging).length > 0) || !existsSync(join(outDir, 'index.html'));
    while (!written()) {
      if (build.exitCode !== null) throw new Error('the build ended before it wrote anything');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    build.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expectNothingLeftBehind(name, outDir, previous);
  });
});
