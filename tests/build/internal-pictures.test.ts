import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLeaks, SiteScan } from '../../src/integrations/site-scan.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import {
  CLOSED_MEETING,
  contentWithInternalPictures,
  EMBARGOED_RELEASE,
  INTERNAL_RELEASE,
  PICTURES,
} from '../support/internal-pictures.ts';
import { DEVELOPMENT_PASSWORD, type Password } from '../../src/lib/vault/passwords.ts';
import { createVault } from '../../src/lib/vault/seal.ts';
import { must } from '../support/must.ts';
import { workflowScript } from '../support/workflow.ts';
import { buildSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';
import { decryptResource } from '../support/vault-reference.ts';

const NOW = '2026-06-01T00:00:00+07:00';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let contentDir: string;
let dist: string;
let output: string;

beforeAll(() => {
  contentDir = contentWithInternalPictures('internal-pictures');
  const result = buildSite('internal-pictures', contentDir, NOW);
  expect(result.status, result.output).toBe(0);
  ({ outDir: dist, output } = result);
});

/** Every file a visitor without a password can read as it is: all but the encrypted blobs. */
function publicFiles(): { path: string; bytes: Buffer }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ path: file.slice(dist.length), bytes: readFileSync(file) }))
    .filter(({ path }) => !path.startsWith('/internal/_v/'));
}

/** Decrypts one resource of the built site with the reference implementation. */
function decrypt(path: string): { type: string; body: Buffer } {
  return decryptResource(join(dist, 'internal'), must(TEST_PASSWORDS[0], 'a password').password, path);
}

/** The pictures an internal page shows, each decrypted from the vault. */
function picturesOf(page: string, source: string): { src: string; type: string; body: Buffer }[] {
  const html = decrypt(page).body.toString('utf8');
  const stem = source.replace(/\.png$/, '');
  const srcs = [...html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map(([, src = '']) => src);
  return srcs
    .filter((src) => src.includes(`/${stem}.`))
    .map((src) => ({ src, ...decrypt(decodeURIComponent(new URL(src, 'https://x.invalid').pathname)) }));
}

const RELEASE_PAGE = `/internal/siaran/${INTERNAL_RELEASE}/index.html`;
const MEETING_PAGE = `/internal/rapat/${CLOSED_MEETING}/index.html`;
const EMBARGOED_PAGE = `/internal/siaran/${EMBARGOED_RELEASE}/index.html`;

describe('pictures of internal records', () => {
  it('are shown by the decrypted internal pages from the vault, as pictures no public file holds', () => {
    const published = new Set(publicFiles().map(({ bytes }) => sha256(bytes)));
    for (const [page, picture] of [
      [RELEASE_PAGE, PICTURES.release],
      [MEETING_PAGE, PICTURES.meeting],
      [EMBARGOED_PAGE, PICTURES.embargoed],
    ] as const) {
      const shown = picturesOf(page, picture.name);
      expect(shown.length, `${page} shows ${picture.name}`).toBe(1);
      for (const { src, type, body } of shown) {
        expect(src).toMatch(/^\/internal\/_astro\//);
        expect(type).toBe('image/webp');
        expect(body.subarray(8, 12).toString('latin1')).toBe('WEBP');
        expect(published.has(sha256(body)), `a public file holds ${src}`).toBe(false);
      }
    }
  });

  it('leave no public file with their source bytes, no file named after them, and no picture no public page shows', () => {
    const sources = new Map(Object.values(PICTURES).map((picture) => [sha256(picture.bytes), picture.name]));
    const stems = Object.values(PICTURES).map((picture) => picture.name.replace(/\.png$/, ''));
    const files = publicFiles();
    const pages = files.filter(({ path }) => path.endsWith('.html')).map(({ bytes }) => bytes.toString('utf8'));
    for (const { path, bytes } of files) {
      expect(sources.get(sha256(bytes)), `${path} holds the bytes of`).toBeUndefined();
      for (const stem of stems) expect(path).not.toContain(stem);
      if (/^\/_astro\/.*\.(?:png|jpe?g|webp|avif|gif)$/.test(path)) {
        expect(
          pages.some((html) => html.includes(path)),
          `a public page shows ${path}`,
        ).toBe(true);
      }
    }
  });

  it('are reported in the build log: moved into the vault, or removed when no page shows them', () => {
    expect(output).toMatch(/pictures: 3 moved into the vault, 1 shown by no page removed/);
  });

  it('keep a picture that a public page shows public', () => {
    const posko = publicFiles().filter(({ path }) => /^\/_astro\/2024-12-10-posko-pengawasan\.[^/]+\.webp$/.test(path));
    expect(posko.length).toBeGreaterThan(0);
  });
});

describe('the leak scan', () => {
  it('fails on a public copy of a picture that only internal pages show', async () => {
    const [picture] = picturesOf(MEETING_PAGE, PICTURES.meeting.name);
    const { body } = must(picture, 'the meeting picture');
    const copy = join(TMP, 'internal-pictures', 'copy');
    cpSync(dist, copy, { recursive: true });
    try {
      writeFileSync(join(copy, 'favicon-besar.webp'), body);
      const { content } = loadContentOrThrow(contentDir, { root: ROOT });
      const withheld = [
        {
          path: '/_astro/foto-rapat-tertutup.x.webp',
          sha256: sha256(body),
          size: body.length,
          fate: 'sealed' as const,
          alsoPublic: false,
        },
      ];
      const leaks = new SiteScan(copy, content, new Date(NOW)).finish(withheld);
      expect(formatLeaks(leaks)).toBe(
        '/favicon-besar.webp: is a copy of /_astro/foto-rapat-tertutup.x.webp (shown by internal pages only)',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("the publish workflow's guard", () => {
  const guard = workflowScript('Guard the internal section');
  /** Runs the guard as GitHub's runner does (bash -e) in a folder holding `dist`. */
  const runGuard = (site: string) => spawnSync('bash', ['-e', '-c', guard], { cwd: site, encoding: 'utf8' });

  it('lets this build through, and stops one with a picture no public page shows', () => {
    const site = join(TMP, 'internal-pictures', 'guarded');
    rmSync(site, { recursive: true, force: true });
    cpSync(dist, join(site, 'dist'), { recursive: true });
    try {
      const passed = runGuard(site);
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      writeFileSync(join(site, 'dist/_astro/foto-rapat-tertutup.Ab12_Cd34.webp'), PICTURES.meeting.bytes);
      const stopped = runGuard(site);
      expect(stopped.status).not.toBe(0);
      expect(stopped.stdout).toContain('foto-rapat-tertutup.Ab12_Cd34.webp');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('stops a build made with the development password, though no slot names it', async () => {
    const site = join(TMP, 'internal-pictures', 'guarded-development');
    rmSync(site, { recursive: true, force: true });
    cpSync(dist, join(site, 'dist'), { recursive: true });
    try {
      const { keyring } = await createVault([TEST_PASSWORDS[0] as Password, DEVELOPMENT_PASSWORD]);
      const slots = keyring.slots.map(({ salt, keys }) => ({ salt, keys })); // no label
      writeFileSync(join(site, 'dist/internal/keyring.json'), JSON.stringify({ ...keyring, slots }));
      const stopped = runGuard(site);
      expect(stopped.status).not.toBe(0);
      expect(stopped.stdout).toContain('built with the development password');
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
