// Builds a content folder into a throw-away output folder with a fixed clock, as CI would.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Level } from '../../src/lib/levels.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = join(ROOT, 'tests/.tmp');

/**
 * The internal section's passwords in test builds, from `npm run password` (CI refuses weak ones),
 * with their clearances: the first two open every level, the others one level each.
 */
export const TEST_PASSWORDS: readonly { label: string; password: string; clearance: Level }[] = [
  { label: 'imigrasi', password: 'menang perak sepiring unjuk spesifik dirinya', clearance: 'sangat-rahasia' },
  { label: 'polda', password: 'frustasi melapor negeri meleleh alibinya kev', clearance: 'sangat-rahasia' },
  { label: 'pemkot', password: 'cuti ciptakan sejatiku derita bernafas buatan', clearance: 'terbatas' },
  { label: 'kodim', password: 'hokage terapi tugasku diakses repot cacat', clearance: 'rahasia' },
];

/** A test password by its label. */
export const testPassword = (label: string) =>
  TEST_PASSWORDS.find((entry) => entry.label === label) as (typeof TEST_PASSWORDS)[number];

/** WARTA_PASSWORDS of the test builds. */
export const TEST_PASSWORDS_VARIABLE = TEST_PASSWORDS.map(
  ({ label, password, clearance }) => `${label}@${clearance}:${password}`,
).join('\n');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs `astro build` on a content folder; `name` keeps each build's output and cache apart. A
 * build with WARTA_VAULT=off runs as a local build, since CI refuses it, unless `env` sets CI.
 */
export function buildSite(
  name: string,
  contentDir: string,
  now: string,
  env: Record<string, string> = {},
): BuildResult {
  const outDir = join(TMP, name, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      WARTA_CONTENT: contentDir,
      WARTA_OUT: outDir,
      WARTA_CACHE: join(TMP, name, 'cache'),
      WARTA_NOW: now,
      WARTA_PASSWORDS: TEST_PASSWORDS_VARIABLE,
      ...(env['WARTA_VAULT'] === 'off' ? { CI: '' } : {}),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** The HTML of the page at `path` ("/kegiatan/") in a site read by `readSite`; throws when it was not built. */
export function builtPage(site: ReadonlyMap<string, string>, path: string): string {
  const html = site.get(`${path}index.html`);
  if (html === undefined) throw new Error(`${path} was not built`);
  return html;
}

/** Every file of a built site as text, gzip files decompressed, keyed by path from the site root. */
export function readSite(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        // Pagefind's index files are gzip whatever their extension: read them as a browser would.
        const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
        files.set(`/${relative(outDir, path)}`, text.toString('utf8'));
      }
    }
  };
  walk(outDir);
  return files;
}
