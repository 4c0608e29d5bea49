import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { must } from '../support/must.ts';
import { buildSite, readSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const ID = '2024-12-03-catatan-teknis-aplikasi';
const RELEASE = `press-releases/2024/${ID}`;
const FRONTMATTER = [
  '---',
  'title: Catatan Teknis Aplikasi Pelaporan Orang Asing',
  'summary: Petugas menjelaskan cara kerja aplikasi pelaporan kepada pengelola penginapan.',
  'dateline: Palembang',
  'publishedAt: 2024-12-03T10:00:00+07:00',
  'author: Tim Humas Kanwil',
  'organizations:',
  '  - kanwil-imigrasi-sumsel',
  '---',
  '',
].join('\n');

/** A copy of the valid fixture with one more public release, whose body (line 11) is `body`. */
function contentWith(name: string, extension: '.md' | '.mdx', body: string): string {
  rmSync(join(TMP, name), { recursive: true, force: true });
  const dir = join(TMP, name, 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, `${RELEASE}${extension}`), `${FRONTMATTER}\n${body}\n`);
  return dir;
}

/** The public files of a build that contain `text`, gzip undone; none when nothing was built. */
const filesWith = (outDir: string, text: string) =>
  existsSync(outDir) ? [...readSite(outDir)].filter(([, file]) => file.includes(text)).map(([path]) => path) : [];

describe('the site configuration', () => {
  it('takes the secrets out of the environment before Astro starts, and has Vite read no .env file', () => {
    const script = [
      "const { default: config } = await import('./astro.config.mjs');",
      'console.log(JSON.stringify({ names: Object.keys(process.env), envDir: config.vite?.envDir }));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        WARTA_CONTENT: FIXTURE,
        WARTA_PASSWORDS: 'imigrasi:kunci-uji-imigrasi-panjang',
        GITHUB_TOKEN: 'ghp_bukan-token-sungguhan',
        WARTA_NOW: NOW,
      },
    });
    expect(result.status, result.stderr).toBe(0);
    const { names, envDir } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
      names: string[];
      envDir: unknown;
    };
    expect(names).toContain('WARTA_NOW');
    expect(names).not.toContain('WARTA_PASSWORDS');
    expect(names).not.toContain('GITHUB_TOKEN');
    expect(envDir).toBe(false); // Astro would copy a .env file into process.env and import.meta.env
  });
});

describe('a release in MDX that reads the environment', () => {
  it.each(['process.env', 'import.meta.env'])('is refused, and {%s.WARTA_PASSWORDS} published nowhere', (env) => {
    const content = contentWith(`secrets-${env}`, '.mdx', `Catatan teknis: {${env}.WARTA_PASSWORDS}`);
    const result = buildSite(`secrets-${env}`, content, NOW);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      `${RELEASE}.mdx:11:17: {${env}.WARTA_PASSWORDS} is code, which content may not hold: delete it`,
    );
    for (const { password } of TEST_PASSWORDS) expect(filesWith(result.outDir, password)).toEqual([]);
  });
});

describe('the development server', () => {
  it('refuses an .mdx file that starts reading the environment while it runs', async () => {
    const marker = 'penanda-lingkungan-server-dev';
    const content = contentWith('secrets-dev', '.mdx', 'Catatan teknis tanpa kode.');
    const server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4700'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          VITEST: '', // Astro serves no pages under Vitest
          WARTA_CONTENT: content,
          WARTA_CACHE: join(TMP, 'secrets-dev', 'cache'),
          WARTA_NOW: NOW,
          WARTA_TEST_MARKER: marker, // not a secret: only the guard keeps it out of the page
        },
      },
    );
    let output = '';
    // Without colours: in CI (CI=true) Astro colours its output, "Local" included.
    server.stdout.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
    server.stderr.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
    try {
      // The page is rendered once, then its file changes: the guard must see the new text.
      await until(
        async () => /Local\s+http:\/\/127\.0\.0\.1:\d+\//.test(output),
        120_000,
        () => output,
      );
      const origin = must(/Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1], 'the address'); // the next free port
      const url = `${origin}/siaran-pers/${ID}/`;
      await until(
        async () => (await get(url))?.status === 200,
        120_000,
        () => output,
      );
      writeFileSync(join(content, `${RELEASE}.mdx`), `${FRONTMATTER}\nPenanda: {process.env.WARTA_TEST_MARKER}\n`);
      let page = '';
      await until(
        async () => {
          const response = await get(url);
          page = response?.text ?? '';
          return response?.status === 500;
        },
        60_000,
        () => output,
      );
      expect(page).not.toContain(marker);
      expect(output).toContain(`${RELEASE}.mdx:11:10: {process.env.WARTA_TEST_MARKER} is code`);
    } finally {
      server.kill();
    }
  });
});

describe('the leak scan', () => {
  it('fails a build whose public page carries a password, naming whose and where, never the password', () => {
    const polda = must(TEST_PASSWORDS[1], 'a second password');
    const pasted = `Petugas mencatat ${polda.password} di papan pengumuman.`;
    const result = buildSite('secrets-pasted', contentWith('secrets-pasted', '.md', pasted), NOW);
    expect(result.status, result.output).not.toBe(0);
    const lines = result.output.split('\n').filter((line) => line.includes('the password labelled'));
    expect(lines).toContain(
      `/siaran-pers/${ID}/index.html: contains internal text from WARTA_PASSWORDS: the password labelled "polda"`,
    );
    // Pagefind's files are gzip: found there too, decompressed.
    expect(lines.some((line) => line.startsWith('/pagefind/') && line.endsWith('"polda"'))).toBe(true);
    expect(lines.every((line) => line.endsWith('"polda"'))).toBe(true);
    for (const { password } of TEST_PASSWORDS) expect(result.output).not.toContain(password);
  });

  it('fails a build whose public page carries another credential of its environment, never printing it', () => {
    // Gone from process.env, but still in /proc/self/environ: whatever reaches a page is found.
    const token = 'ghp_ContohTokenUjiBocor2026';
    const pasted = `Token ${token} tertempel di siaran ini.`;
    const result = buildSite('secrets-token', contentWith('secrets-token', '.md', pasted), NOW, {
      GITHUB_TOKEN: token,
    });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      `/siaran-pers/${ID}/index.html: contains internal text from the environment variable GITHUB_TOKEN`,
    );
    expect(result.output).not.toContain(token);
  });
});

/** A page from the development server, or undefined while it is not answering. */
async function get(url: string): Promise<{ status: number; text: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, text: await response.text() };
  } catch {
    return undefined;
  }
}

/** Waits until `ready` holds, or fails after `ms` with what `log` says. */
async function until(ready: () => Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out; the server said:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
