// Measures the public search on a built site: index size on disk, and what a reader downloads
// for a first query on /cari/ (gzip as a static host serves it). Usage:
//   npm run build && node scripts/bench/search.ts [dist] [query]
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Request } from 'playwright-core';
import { serve } from '../lib/serve.ts';

/** Files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .reduce(
      (total, item) => ({
        files: total.files + 1,
        bytes: total.bytes + statSync(join(item.parentPath, item.name)).size,
      }),
      { files: 0, bytes: 0 },
    );
}

/**
 * Bytes of one finished request on the wire: headers as Chromium saw them, the body as the server
 * sent it when Chromium reports less (it reports no body size for a web worker's own script).
 */
export async function wireBytes(request: Request, sent: Map<string, number>): Promise<number> {
  const size = await request.sizes();
  return Math.max(size.responseBodySize, sent.get(new URL(request.url()).pathname) ?? 0) + size.responseHeadersSize;
}

/** Bytes a reader downloads for a first search, split by who serves them. */
export async function measureFirstQuery(root: string, term: string) {
  const site = await serve(root);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // Page and web-worker requests alike (Pagefind searches in a worker).
    const pending: Promise<{ path: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      pending.push(wireBytes(request, site.sent).then((bytes) => ({ path, bytes })));
    });
    const started = Date.now();
    await page.goto(`${site.url}/cari/?q=${encodeURIComponent(term)}`);
    await page.waitForSelector('.search-result__title a');
    const firstResultMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const rows = await Promise.all(pending);
    const sum = (filter: (path: string) => boolean) =>
      rows.filter((row) => filter(row.path)).reduce((a, r) => a + r.bytes, 0);
    return {
      total: sum(() => true),
      pagefind: sum((path) => path.startsWith('/pagefind/')),
      page: sum((path) => !path.startsWith('/pagefind/')),
      requests: rows.length,
      firstResultMs,
      rows,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const query = process.argv[3] ?? 'pengawasan';
  const index = folderSize(join(dist, 'pagefind'));
  const words = folderSize(join(dist, 'pagefind/index'));
  const fragments = folderSize(join(dist, 'pagefind/fragment'));
  const first = await measureFirstQuery(dist, query);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`Search index (${dist}/pagefind): ${index.files} files, ${kb(index.bytes)} on disk`);
  console.log(
    `  word index chunks: ${words.files} files, ${kb(words.bytes)}; page fragments: ${fragments.files} files, ${kb(fragments.bytes)}`,
  );
  console.log(
    `First query "${query}": ${kb(first.total)} transferred in ${first.requests} requests (${kb(first.page)} page, ${kb(first.pagefind)} Pagefind), first result after ${first.firstResultMs} ms`,
  );
  for (const row of first.rows.sort((a, b) => b.bytes - a.bytes))
    console.log(`  ${kb(row.bytes).padStart(9)}  ${row.path}`);
}
