// Measures the internal section in Chromium on a built site: key derivation, time from submitting
// the password to the first internal page painted, and the extra time an internal page takes over
// a public page. Usage: npm run build && node scripts/bench/internal.ts [dist] [password] [runs]
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEVELOPMENT_PASSWORD } from '../../src/lib/vault/passwords.ts';
import { serve } from '../lib/serve.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

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

/** Times of the internal section in milliseconds, one value per cold browser profile. */
export interface InternalTimes {
  kdf: number[];
  unlock: number[];
  internalPaint: number[];
  publicPaint: number[];
}

/** Unlocks the internal section of a built site `runs` times, each in a fresh browser profile. */
export async function measureInternal(dist: string, password: string, runs: number): Promise<InternalTimes> {
  const site = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const kdf: number[] = [];
    const unlock: number[] = [];
    const internalPaint: number[] = [];
    const publicPaint: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
      kdf.push(
        await page.evaluate(async (iterations) => {
          const started = performance.now();
          const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('sandi'), 'PBKDF2', false, [
            'deriveBits',
          ]);
          await crypto.subtle.deriveBits(
            { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations },
            material,
            256,
          );
          return performance.now() - started;
        }, 600_000),
      );
      await page.fill('#sandi', password);
      const submitted = Date.now();
      await page.click('form[data-unlock] button');
      await page.waitForURL(/\/internal\/beranda\//);
      unlock.push((await paintedAt(page)) - submitted);
      // Same-sized pages: an internal meeting list and the public meeting list, both cold per context.
      for (const [path, into] of [
        ['/internal/rapat/', internalPaint],
        ['/kegiatan/', publicPaint],
      ] as const) {
        const started = Date.now();
        await page.goto(site.url + path);
        into.push((await paintedAt(page)) - started);
      }
      await context.close();
    }
    return { kdf, unlock, internalPaint, publicPaint };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const password = process.argv[3] ?? DEVELOPMENT_PASSWORD.password;
  const runs = Number(process.argv[4] ?? 7);
  const { kdf, unlock, internalPaint, publicPaint } = await measureInternal(dist, password, runs);
  const row = (label: string, values: number[]) =>
    console.log(`${label.padEnd(46)} median ${median(values).toFixed(0)} ms (${range(values)})`);
  console.log(`Internal section, ${runs} runs, Chromium, ${dist}`);
  row('PBKDF2-SHA256, 600 000 iterations', kdf);
  row('password submitted → first internal page painted', unlock);
  row('internal page (/internal/rapat/) → first paint', internalPaint);
  row('public page (/kegiatan/) → first paint', publicPaint);
  console.log(
    `${'extra time of an internal page'.padEnd(46)} median ${(median(internalPaint) - median(publicPaint)).toFixed(0)} ms`,
  );
}
