// Measures the internal section in Chromium on a built site: key derivation, time from submitting
// the password to the first internal page painted, the extra time an internal page takes over a
// public page, and the internal search's first query (time to the first result, and what the page
// and the service worker download for it). Usage:
//   npm run build && node scripts/bench/internal.ts [dist] [password] [runs] [--query WORD] [--internal-dir DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { argon2id as Argon2id } from 'hash-wasm';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { KDF } from '../../src/lib/vault/format.ts';
import { DEVELOPMENT_PASSWORD } from '../../src/lib/vault/passwords.ts';
import { wireBytes } from './search.ts';
import { serve } from '../lib/serve.ts';

/** hash-wasm's Argon2 alone, as a script that defines `hashwasm` (evaluated by DevTools, so the page's policy allows it). */
const ARGON2_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('hash-wasm/dist/argon2.umd.min.js'), 'utf8');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Epoch milliseconds at which the current page first painted content. */
async function paintedAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const report = (entries: PerformanceEntryList) => {
          const paint = entries.find((entry) => entry.name === 'first-contentful-paint');
          if (paint) done(performance.timeOrigin + paint.startTime);
        };
        report(performance.getEntriesByType('paint'));
        new PerformanceObserver((list) => report(list.getEntries())).observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * Marks every `<h1>` for the Element Timing API as it enters a document, before it is painted (a
 * mutation observer runs before the next frame): the unlock page shows the page it opens in its
 * own document, whose first contentful paint was the unlock page's.
 */
function markHeadings(): void {
  new MutationObserver(() => {
    for (const heading of document.querySelectorAll('h1:not([elementtiming])'))
      heading.setAttribute('elementtiming', 'heading');
  }).observe(document, { childList: true, subtree: true });
}

/** Epoch milliseconds at which a page's `<h1>` (marked by `markHeadings`) was first painted after `after`. */
async function headingPaintedAt(page: Page, after: number): Promise<number> {
  return page.evaluate(
    (after) =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
            const at = performance.timeOrigin + entry.renderTime;
            if (entry.identifier === 'heading' && at > after) done(at);
          }
        }).observe({ type: 'element', buffered: true });
      }),
    after,
  );
}

/** One request that crossed the network: who made it (the page or the service worker) and its bytes. */
export interface Transfer {
  path: string;
  by: 'page' | 'worker';
  bytes: number;
}

/** The internal search's first query in one profile. */
export interface InternalQuery {
  /** Navigation to /internal/cari/?q=… until the first result is shown. */
  firstResultMs: number;
  /** Requests on the wire: the page's own (public assets) and the worker's (blobs, keyring). */
  transfers: Transfer[];
  /** Paths the worker answered (decrypted) for the page and Pagefind: no bytes of their own on the wire. */
  decrypted: string[];
}

/** Times of the internal section in milliseconds, one value per cold browser profile. */
export interface InternalTimes {
  kdf: number[];
  /** From the form's submit event to the first paint of the overview's heading. */
  unlock: number[];
  /** The same from before the harness's click, as runs before 2026-11-30 measured it. */
  unlockFromClick: number[];
  internalPaint: number[];
  publicPaint: number[];
  /** One public meeting's record: its internal page and its public page. */
  recordPaint: number[];
  publicRecordPaint: number[];
  search: InternalQuery[];
}

export interface InternalOptions {
  /** A word the archive contains; the public search's measure uses the same one. */
  query?: string;
  /**
   * Split deploy: the internal site's own folder (built beside `dist`), served on a second loopback
   * origin while `dist` serves the public pages. Its pages keep their /internal/ paths; the links
   * between the two sites name the origins the build was made for, and this measure follows none.
   */
  internalDist?: string | undefined;
}

/** The first public meeting of a built site, whose record has an internal page too. */
function publicMeeting(dist: string): string {
  const name = readdirSync(join(dist, 'kegiatan'))
    .sort()
    .find((entry) => /^\d{4}-/.test(entry));
  if (!name) throw new Error(`${dist}/kegiatan/ holds no meeting page: is it a built site?`);
  return name;
}

/** Runs the internal search's first query and counts what crosses the network for it. */
async function firstInternalQuery(
  context: BrowserContext,
  page: Page,
  url: string,
  sent: (request: Request) => Map<string, number>,
): Promise<InternalQuery> {
  // Context-wide, so the service worker's own fetches of blobs are seen too.
  const pending: Promise<Transfer | string>[] = [];
  const finished = (request: Request) =>
    pending.push(
      (async () => {
        const path = new URL(request.url()).pathname;
        if ((await request.response())?.fromServiceWorker()) return path;
        const by = request.serviceWorker() ? 'worker' : 'page';
        return { path, by, bytes: await wireBytes(request, sent(request)) };
      })(),
    );
  context.on('requestfinished', finished);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('.search-result__title a');
    const firstResultMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const rows = await Promise.all(pending);
    return {
      firstResultMs,
      transfers: rows.filter((row) => typeof row !== 'string'),
      decrypted: rows.filter((row) => typeof row === 'string'),
    };
  } finally {
    context.off('requestfinished', finished);
  }
}

/** Unlocks the internal section of a built site `runs` times, each in a fresh browser profile. */
export async function measureInternal(
  dist: string,
  password: string,
  runs: number,
  { query = 'pengawasan', internalDist }: InternalOptions = {},
): Promise<InternalTimes> {
  const site = await serve(dist);
  const internalSite = internalDist ? await serve(internalDist) : site;
  const sent = (request: Request) => (request.url().startsWith(internalSite.url) ? internalSite : site).sent;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times: InternalTimes = {
      kdf: [],
      unlock: [],
      unlockFromClick: [],
      internalPaint: [],
      publicPaint: [],
      recordPaint: [],
      publicRecordPaint: [],
      search: [],
    };
    const meeting = publicMeeting(dist);
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      await context.addInitScript(markHeadings);
      const page = await context.newPage();
      await page.goto(`${internalSite.url}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
      // A first visit installs the vault's worker and reloads once through it before showing the form.
      await page.waitForSelector('#sandi', { state: 'visible' });
      // The build's Argon2id, by the library the unlock page bundles, in this page: what one slot costs.
      await page.evaluate(ARGON2_SCRIPT);
      times.kdf.push(
        await page.evaluate(async (kdf) => {
          const { argon2id } = (window as unknown as { hashwasm: { argon2id: typeof Argon2id } }).hashwasm;
          const started = performance.now();
          await argon2id({
            password: 'sandi',
            salt: new Uint8Array(16),
            memorySize: kdf.memory,
            iterations: kdf.passes,
            parallelism: kdf.parallelism,
            hashLength: 32,
            outputType: 'binary',
          });
          return performance.now() - started;
        }, KDF),
      );
      await page.fill('#sandi', password);
      // From the submit event, when a reader's click reaches the page: Playwright's click first
      // checks that the button is visible, stable and not covered (80–130 ms under load), which no
      // reader waits for. The harness's click is reported apart, as it was measured before.
      // Reported to this process as it happens: under load the unlock page may be gone before the
      // click returns, and a value kept in the page with it.
      const submit: { at?: number } = {};
      await page.exposeFunction('reportSubmit', (at: number) => (submit.at = at));
      await page.evaluate(() => {
        const record = (event: Event) =>
          (window as { reportSubmit?: (at: number) => void }).reportSubmit?.(performance.timeOrigin + event.timeStamp);
        document.querySelector('form[data-unlock]')?.addEventListener('submit', record, { capture: true });
      });
      const clicked = Date.now();
      await page.click('form[data-unlock] button');
      await page.waitForURL(/\/internal\/beranda\//);
      if (submit.at === undefined) throw new Error('the unlock form was not submitted');
      const painted = await headingPaintedAt(page, submit.at);
      times.unlock.push(painted - submit.at);
      times.unlockFromClick.push(painted - clicked);
      // The meeting lists (the internal one lists every meeting on one page, the public one a page of
      // them), then one meeting's record both ways; all cold per context.
      for (const [url, into] of [
        [`${internalSite.url}/internal/rapat/`, times.internalPaint],
        [`${site.url}/kegiatan/`, times.publicPaint],
        [`${internalSite.url}/internal/rapat/${meeting}/`, times.recordPaint],
        [`${site.url}/kegiatan/${meeting}/`, times.publicRecordPaint],
      ] as const) {
        const started = Date.now();
        await page.goto(url);
        into.push((await paintedAt(page)) - started);
      }
      // Last, so the times above stay comparable with earlier runs; nothing of Pagefind is cached yet.
      await page.waitForLoadState('networkidle');
      times.search.push(
        await firstInternalQuery(
          context,
          page,
          `${internalSite.url}/internal/cari/?q=${encodeURIComponent(query)}`,
          sent,
        ),
      );
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await site.close();
    if (internalSite !== site) await internalSite.close();
  }
}

/** Total bytes and request count of one query's transfers, optionally only one side's. */
export function transferTotals(query: InternalQuery, by?: Transfer['by']): { bytes: number; requests: number } {
  const rows = query.transfers.filter((transfer) => by === undefined || transfer.by === by);
  return { bytes: rows.reduce((total, row) => total + row.bytes, 0), requests: rows.length };
}

if (import.meta.main) {
  const { values: options, positionals } = parseArgs({
    allowPositionals: true,
    options: { query: { type: 'string', default: 'pengawasan' }, 'internal-dir': { type: 'string' } },
  });
  const dist = resolve(positionals[0] ?? 'dist');
  const password = positionals[1] ?? DEVELOPMENT_PASSWORD.password;
  const runs = Number(positionals[2] ?? 7);
  const internalDist = options['internal-dir'] && resolve(options['internal-dir']);
  const { kdf, unlock, unlockFromClick, internalPaint, publicPaint, recordPaint, publicRecordPaint, search } =
    await measureInternal(dist, password, runs, {
      query: options.query,
      internalDist,
    });
  const row = (label: string, values: number[], unit = 'ms', format = (v: number) => v.toFixed(0)) =>
    console.log(
      `${label.padEnd(50)} median ${format(median(values))}${unit && ` ${unit}`} (${format(Math.min(...values))}–${format(Math.max(...values))})`,
    );
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `Internal section, ${runs} runs, Chromium, ${dist}${internalDist ? ` (internal site ${internalDist})` : ''}`,
  );
  row(`Argon2id, ${KDF.memory} KiB, ${KDF.passes} passes`, kdf);
  row('password submitted → first internal page painted', unlock);
  row("  the same from before the harness's click", unlockFromClick);
  row('internal page (/internal/rapat/) → first paint', internalPaint);
  row('public page (/kegiatan/) → first paint', publicPaint);
  console.log(
    `${'extra time of an internal page'.padEnd(50)} median ${(median(internalPaint) - median(publicPaint)).toFixed(0)} ms`,
  );
  row("a meeting's internal record → first paint", recordPaint);
  row("the same meeting's public page → first paint", publicRecordPaint);
  row(
    `internal search "${options.query}" → first result`,
    search.map((query) => query.firstResultMs),
  );
  row(
    '  transferred',
    search.map((query) => transferTotals(query).bytes),
    'kB',
    kb,
  );
  row(
    '  requests on the wire',
    search.map((query) => transferTotals(query).requests),
    '',
  );
  row(
    "  of which the worker's (blobs, keyring)",
    search.map((query) => transferTotals(query, 'worker').bytes),
    'kB',
    kb,
  );
  row(
    '  responses decrypted by the worker',
    search.map((query) => query.decrypted.length),
    '',
  );
  const first = search[0];
  if (first) {
    console.log('First run, on the wire:');
    for (const transfer of first.transfers.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${kb(transfer.bytes).padStart(9)} kB  ${transfer.by.padEnd(6)}  ${transfer.path}`);
    console.log(`First run, decrypted by the worker: ${first.decrypted.join(', ')}`);
  }
}
