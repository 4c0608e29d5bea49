import { linkSync, mkdirSync, rmSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { LEVEL_PAGES, recordPagesByLevel } from '../lib/internal/search-levels.ts';
import { LEVELS, type Level } from '../lib/levels.ts';

/** One file of a Pagefind bundle, by its path inside the bundle ("pagefind.js", "fragment/x.pf_fragment"). */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** Pagefind's ready-made interfaces and highlighter: the search pages use pagefind.js directly. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The part of pagefind-entry.json that says what was indexed. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** How many pages a bundle's pagefind-entry.json says were indexed. */
function pageCount(entryFile: Uint8Array | undefined): number {
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(new TextDecoder().decode(entryFile)) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Throws with context when a Pagefind call reports errors (its API returns them instead of throwing). */
function assertOk(step: string, result: { errors: string[] }): void {
  if (result.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${result.errors.join('\n')}`);
}

/** True inside `withPagefind`, which ends Pagefind's process when it returns or fails. */
let running = false;

/**
 * Runs `work`, which indexes with the functions below, then ends Pagefind's process, which keeps
 * its memory until it ends. Pagefind answers one call at a time, in order: indexes started
 * meanwhile wait their turn in the same process, with no new process to start. When `work` fails,
 * the process ends at once and what was still indexing stops (a later call would start a new one).
 */
export async function withPagefind<T>(work: () => Promise<T>): Promise<T> {
  running = true;
  try {
    return await work();
  } finally {
    running = false;
    await pagefind.close();
  }
}

/**
 * Sends one call to Pagefind, inside `withPagefind` only: once it has ended Pagefind's process, an
 * index still being built must not send its next call, which would start a new process.
 */
function send<T>(call: () => Promise<T>): Promise<T> {
  if (!running)
    throw new Error('Pagefind is not running: it indexes inside withPagefind, which ends it when a step fails');
  return call();
}

/**
 * Indexes the pages of `site` matched by `glob` that carry data-pagefind-body. The bundle is written
 * to `output`, or with no `output` returned in memory (the internal ones go straight to encryption,
 * never to disk). Also returns how many pages were indexed. The index is deleted once its files
 * are out.
 */
export async function buildSearchIndex(
  site: string,
  glob: string,
  output?: string,
): Promise<{ pages: number; files: BundleFile[] }> {
  const created = await send(() => pagefind.createIndex({ forceLanguage: 'id' }));
  assertOk('createIndex', created);
  const { index } = created;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let files: BundleFile[] = [];
  try {
    assertOk(`indexing ${site}`, await send(() => index.addDirectory({ path: site, glob })));
    if (output) {
      assertOk('writing the index', await send(() => index.writeFiles({ outputPath: output })));
      for (const name of await readdir(output)) if (UNUSED.test(name)) await rm(join(output, name));
    } else {
      const bundle = await send(() => index.getFiles());
      assertOk('building the index', bundle);
      files = bundle.files.filter((file) => !UNUSED.test(file.path));
    }
  } finally {
    if (running) await index.deleteIndex(); // else gone with the process
  }
  // addDirectory counts every HTML file it read; the entry file counts what was indexed.
  const entryFile = output
    ? await readFile(join(output, 'pagefind-entry.json'))
    : files.find((file) => file.path === 'pagefind-entry.json')?.content;
  return { pages: pageCount(entryFile), files };
}

/** The internal search: per level, its bundle (in memory) and how many pages it holds. */
export type LevelIndexes = Map<Level, { pages: number; files: BundleFile[] }>;

/**
 * Indexes each internal record page into the bundle of its level (its `<html data-level>`, as read
 * into `pages`), in memory. Public pages are not indexed again: the search merges the public
 * bundle in the browser. Each level's pages are hard-linked into a folder of their own, which
 * Pagefind reads as it reads a site (handing it each page through its API took a third longer),
 * one level at a time, each index deleted once its files are out; the folder (LEVEL_PAGES), which
 * the site scan's listings skip, goes once the bundles are in memory. Runs inside
 * `withPagefind`. A level with no record gets no bundle (Pagefind writes no searchable index without a
 * page).
 */
export async function buildLevelIndexes(
  site: string,
  pages: ReadonlyMap<string, { level?: string }>,
): Promise<LevelIndexes> {
  const byLevel = recordPagesByLevel(pages);
  const folder = join(site, LEVEL_PAGES);
  const bundles: LevelIndexes = new Map();
  try {
    for (const level of LEVELS) {
      const paths = byLevel.get(level);
      if (!paths) continue;
      // At once: Pagefind waits for these.
      for (const path of paths) {
        const linked = join(folder, level, path);
        mkdirSync(dirname(linked), { recursive: true });
        linkSync(join(site, path), linked);
      }
      bundles.set(level, await buildSearchIndex(join(folder, level), '**/*.html'));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return bundles;
}
