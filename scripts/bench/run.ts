// `npm run bench [-- --sizes 1000,4000,10000 --runs 3,2,1 --seed 1 --browser-runs 5 --no-browser --work DIR]`
// For each size: generates that many records (half releases, half meetings), then, interleaved
// with a bare Astro build of the same Markdown, measures the full pipeline's cold build, a rebuild
// with nothing changed and a rebuild after editing one release (wall time, peak memory of the
// process tree, Astro's phases and the publish steps), and Pagefind alone over the bare pages.
// On the largest size it then measures in Chromium the first public search and the internal
// section (unlock, an internal page, the internal search's first query), and runs Lighthouse on five pages (the search page empty and with a query).
// Prints a Markdown report and writes it, with the raw numbers, to the work folder.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KDF } from '../../src/lib/vault/format.ts';
import { DEVELOPMENT_PASSWORD } from '../../src/lib/vault/passwords.ts';
import { distinctWords, generateContent } from '../lib/bench/generate.ts';
import {
  astroPhases,
  median,
  pagesBuilt,
  runBuild,
  runPagefind,
  writeBareSite,
  type BuildRun,
} from '../lib/bench/measure.ts';
import { measureInternal, transferTotals } from './internal.ts';
import { folderSize, measureFirstQuery } from './search.ts';
import { serve } from '../lib/serve.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'browser-runs': { type: 'string', default: '5' },
    'no-browser': { type: 'boolean', default: false },
    work: { type: 'string' },
    /** Which builds to measure, of cold,unchanged,one edit (cold always runs first). */
    kinds: { type: 'string', default: 'cold,unchanged,one edit' },
    /** results.json of an earlier run whose sizes join this report. */
    merge: { type: 'string' },
    /** Skip the builds: browser measurements on this already built site. */
    'browser-dist': { type: 'string' },
    /** Split deploy: the internal site's folder, served on an origin of its own (with --browser-dist). */
    'internal-dist': { type: 'string' },
  },
});
// No sizes (--sizes ''): only the report of --merge's results.
const sizes = args['browser-dist'] ? [] : args.sizes.split(',').filter(Boolean).map(Number);
// One count for every size, or one per size ("3,2,1").
const runCounts = args.runs.split(',').map(Number);
const runsFor = (index: number) => runCounts[Math.min(index, runCounts.length - 1)] as number;
const repo = resolve(import.meta.dirname, '../..');
const work = resolve(args.work ?? mkdtempSync(join(tmpdir(), 'warta-bench-')));
mkdirSync(work, { recursive: true });
const NOW = '2026-12-31T12:00:00+07:00';
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

type Kind = 'cold' | 'unchanged' | 'one edit';
interface SizeResult {
  size: number;
  releases: number;
  meetings: number;
  distinctWords: number;
  warta: Record<Kind, BuildRun[]>;
  bare: Record<Kind, BuildRun[]>;
  /** Pagefind's command line over the bare site's pages, after each cold bare build. */
  pagefind?: BuildRun[];
  wartaPages: number;
  barePages: number;
}

/** A public release to edit: not a draft, not internal, not embargoed. */
function publicRelease(content: string): string {
  const folder = join(content, 'press-releases');
  for (const year of readdirSync(folder).sort())
    for (const name of readdirSync(join(folder, year)).sort()) {
      const text = readFileSync(join(folder, year, name), 'utf8');
      if (!/^(draft|visibility):/m.test(text) && !year.startsWith('2027')) return join(folder, year, name);
    }
  throw new Error('no public release to edit');
}

/** Runs a command without blocking this process's event loop. */
function runAsync(command: string, argv: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => done({ status, stderr }));
  });
}

const kinds = (['cold', 'unchanged', 'one edit'] as const).filter(
  (kind) => kind === 'cold' || args.kinds.split(',').includes(kind),
);
const results: SizeResult[] = args.merge ? (JSON.parse(readFileSync(args.merge, 'utf8')) as SizeResult[]) : [];
for (const [sizeIndex, size] of sizes.entries()) {
  const runs = runsFor(sizeIndex);
  const base = join(work, String(size));
  rmSync(base, { recursive: true, force: true });
  const content = join(base, 'content');
  const generated = generateContent(content, {
    records: size,
    seed: Number(args.seed),
    registries: join(repo, 'content'),
  });
  const words = distinctWords(content, generated.files);
  log(`${size} records generated (${generated.releases} releases, ${generated.meetings} meetings, ${words} words)`);
  const bareRoot = join(base, 'bare');
  writeBareSite(bareRoot, repo, content);
  const wartaEnv = {
    WARTA_CONTENT: content,
    WARTA_OUT: join(base, 'dist'),
    WARTA_CACHE: join(base, 'cache'),
    WARTA_NOW: NOW,
  };
  // Inside the bare site's folder, so its prerender chunks resolve packages from its node_modules.
  const bareEnv = { BARE_OUT: join(bareRoot, 'dist'), BARE_CACHE: join(bareRoot, 'cache') };
  const result: SizeResult = {
    size,
    releases: generated.releases,
    meetings: generated.meetings,
    distinctWords: words,
    warta: { cold: [], unchanged: [], 'one edit': [] },
    bare: { cold: [], unchanged: [], 'one edit': [] },
    pagefind: [],
    wartaPages: 0,
    barePages: 0,
  };
  const edited = publicRelease(content);
  for (let run = 0; run < runs; run++) {
    // Cold means cold for both: no output and no content cache of an earlier run.
    for (const dir of [wartaEnv.WARTA_OUT, wartaEnv.WARTA_CACHE, bareEnv.BARE_OUT, bareEnv.BARE_CACHE])
      rmSync(dir, { recursive: true, force: true });
    for (const kind of kinds) {
      if (kind === 'one edit')
        writeFileSync(
          edited,
          `${readFileSync(edited, 'utf8')}\nSatu kalimat tambahan nomor ${run} untuk uji pembangunan ulang.\n`,
        );
      const warta = await runBuild(repo, wartaEnv, join(base, 'timings.jsonl'));
      result.warta[kind].push(warta);
      log(
        `${size} run ${run + 1} warta ${kind}: ${(warta.ms / 1000).toFixed(1)} s, ${(warta.peakTreeBytes / 2 ** 20).toFixed(0)} MiB`,
      );
      const bare = await runBuild(bareRoot, bareEnv);
      result.bare[kind].push(bare);
      log(
        `${size} run ${run + 1} bare ${kind}: ${(bare.ms / 1000).toFixed(1)} s, ${(bare.peakTreeBytes / 2 ** 20).toFixed(0)} MiB`,
      );
      if (kind === 'cold') {
        const search = await runPagefind(repo, bareEnv.BARE_OUT, join(base, 'bare-pagefind'));
        result.pagefind?.push(search);
        log(
          `${size} run ${run + 1} Pagefind alone: ${(search.ms / 1000).toFixed(1)} s, ${(search.peakTreeBytes / 2 ** 20).toFixed(0)} MiB`,
        );
      }
      result.wartaPages = pagesBuilt(warta);
      result.barePages = pagesBuilt(bare);
    }
  }
  results.push(result);
  // Output lines included, so a later run can --merge these sizes with their phases.
  writeFileSync(join(work, 'results.json'), JSON.stringify(results));
}

// ---------------------------------------------------------------- report
results.sort((a, b) => a.size - b.size);
const s = (ms: number) => (ms / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const spread = (values: number[], format: (v: number) => string) =>
  values.length === 0
    ? '–'
    : `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const out: string[] = [];
const versions = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), '--version'], {
  encoding: 'utf8',
});
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// A build-only run (--no-browser) also reports on a machine without Chromium.
const chromium =
  spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || `no Chromium at ${CHROMIUM}`;
const pagefind = JSON.parse(readFileSync(join(repo, 'node_modules/pagefind/package.json'), 'utf8')) as {
  version: string;
};
out.push(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${versions.stdout.replace(/\x1b\[[0-9;]*m/g, '').trim()}; Pagefind ${pagefind.version}; ${chromium}.`,
  `Runs per size: ${results.map((result) => `${result.size}: ${result.warta.cold.length}`).join(', ')} (Warta and bare Astro interleaved); build clock ${NOW}; seed ${args.seed}. Times in seconds, memory in MiB, median (min–max).`,
  '',
  '| records | pages (Warta / bare) | cold Warta | cold bare | ratio | unchanged Warta | unchanged bare | one edit Warta | one edit bare | edit / cold | peak Warta | peak bare | ratio |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of results) {
  const ms = (runs: BuildRun[]) => runs.map((x) => x.ms);
  const peak = (runs: BuildRun[]) => Object.values(runs).map((x) => x.peakTreeBytes);
  const allWarta = [...r.warta.cold, ...r.warta.unchanged, ...r.warta['one edit']];
  const allBare = [...r.bare.cold, ...r.bare.unchanged, ...r.bare['one edit']];
  out.push(
    `| ${r.size} | ${r.wartaPages} / ${r.barePages} | ${spread(ms(r.warta.cold), s)} | ${spread(ms(r.bare.cold), s)} | ${(median(ms(r.warta.cold)) / median(ms(r.bare.cold))).toFixed(2)} | ${spread(ms(r.warta.unchanged), s)} | ${spread(ms(r.bare.unchanged), s)} | ${spread(ms(r.warta['one edit']), s)} | ${spread(ms(r.bare['one edit']), s)} | ${(median(ms(r.warta['one edit'])) / median(ms(r.warta.cold))).toFixed(2)} | ${spread(peak(allWarta), mib)} | ${spread(peak(allBare), mib)} | ${(median(peak(allWarta)) / median(peak(allBare))).toFixed(2)} |`,
  );
}
const withSearch = results.filter((r) => (r.pagefind ?? []).length > 0);
if (withSearch.length > 0) {
  out.push(
    '',
    "Baseline with search: Pagefind's command line alone over the bare site's pages (every page, whole), after each cold bare build:",
    '',
    '| records | Pagefind alone | its peak | bare + Pagefind | ratio to bare | Warta cold / (bare + Pagefind) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of withSearch) {
    const search = r.pagefind ?? [];
    const bare = median(r.bare.cold.map((x) => x.ms));
    const both = bare + median(search.map((x) => x.ms));
    out.push(
      `| ${r.size} | ${spread(
        search.map((x) => x.ms),
        s,
      )} | ${spread(
        search.map((x) => x.peakTreeBytes),
        mib,
      )} | ${s(both)} | ${(both / bare).toFixed(2)} | ${(median(r.warta.cold.map((x) => x.ms)) / both).toFixed(2)} |`,
    );
  }
}
out.push(
  '',
  'Phases of the cold build, median seconds (Astro phases from its output, publish steps from WARTA_TIMINGS):',
  '',
);
const phaseNames = new Set<string>();
const phaseTable = results.map((r) => {
  const perRun = r.warta.cold.map((run) => ({
    ...astroPhases(run),
    ...Object.fromEntries(run.steps.map((step) => [step.phase, step.ms])),
  }));
  const bare = r.bare.cold.map((run) => astroPhases(run));
  for (const row of perRun) Object.keys(row).forEach((k) => phaseNames.add(k));
  return { size: r.size, perRun, bare };
});
out.push(`| phase | ${phaseTable.map((t) => `${t.size} Warta | ${t.size} bare`).join(' | ')} |`);
out.push(`| --- | ${phaseTable.map(() => '---: | ---:').join(' | ')} |`);
for (const name of phaseNames) {
  const cell = (rows: Record<string, number>[]) => {
    const values = rows.map((row) => row[name]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    return values.length > 0 ? spread(values, s) : '–';
  };
  out.push(`| ${name} | ${phaseTable.map((t) => `${cell(t.perRun)} | ${cell(t.bare)}`).join(' | ')} |`);
}
if (results.length > 1) {
  const first = results[0] as SizeResult;
  out.push('', 'Scaling of the cold build (seconds per 1 000 records):', '');
  for (const r of results)
    out.push(
      `- ${r.size} records: Warta ${(((median(r.warta.cold.map((x) => x.ms)) / r.size) * 1000) / 1000).toFixed(2)} s, bare ${(((median(r.bare.cold.map((x) => x.ms)) / r.size) * 1000) / 1000).toFixed(2)} s` +
        (r === first
          ? ''
          : ` (Warta ×${(median(r.warta.cold.map((x) => x.ms)) / median(first.warta.cold.map((x) => x.ms))).toFixed(2)} for ×${(r.size / first.size).toFixed(1)} records)`),
    );
}

// ---------------------------------------------------------------- browser, on the largest size
const largest = results.at(-1);
const browserDist = args['browser-dist']
  ? resolve(args['browser-dist'])
  : largest && join(work, String(largest.size), 'dist');
if (!args['no-browser'] && browserDist) {
  const dist = browserDist;
  const label = largest ? `${largest.size}-record site` : dist;
  const browserRuns = Number(args['browser-runs']);
  log(`browser measurements on ${label}`);
  const index = folderSize(join(dist, 'pagefind'));
  const queries = [];
  for (let run = 0; run < browserRuns; run++) queries.push(await measureFirstQuery(dist, 'pengawasan'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
  const q = queries[0] as (typeof queries)[number];
  out.push(
    '',
    `Chromium on the ${label} (local gzip server, ${browserRuns} cold profiles):`,
    '',
    `- public index: ${index.files} files, ${kb(index.bytes)} kB on disk`,
    `- first query "pengawasan": ${spread(
      queries.map((x) => x.total),
      kb,
    )} kB transferred in ${q.requests} requests (${kb(q.page)} kB page, ${kb(q.pagefind)} kB Pagefind); first result after ${spread(
      queries.map((x) => x.firstResultMs),
      (v) => v.toFixed(0),
    )} ms`,
    `- largest transfers: ${q.rows
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 6)
      .map((row) => `${row.path} ${kb(row.bytes)} kB`)
      .join(', ')}`,
  );
  // A split build (the default) put the internal section in dist-internal beside dist.
  const builtInternal = join(dist, '..', 'dist-internal');
  const internalDist = args['internal-dist']
    ? resolve(args['internal-dist'])
    : !args['browser-dist'] && existsSync(builtInternal)
      ? builtInternal
      : undefined;
  const internal = await measureInternal(dist, DEVELOPMENT_PASSWORD.password, browserRuns, {
    query: 'pengawasan',
    internalDist,
  });
  const msSpread = (values: number[]) => spread(values, (v) => v.toFixed(0));
  const totals = internal.search.map((query) => transferTotals(query));
  const byWorker = internal.search.map((query) => transferTotals(query, 'worker'));
  out.push(
    `- Argon2id (${KDF.memory} KiB, ${KDF.passes} passes): ${msSpread(internal.kdf)} ms`,
    `- password submitted → first internal page painted: ${msSpread(internal.unlock)} ms (${msSpread(internal.unlockFromClick)} ms from before the harness's click)`,
    `- /internal/rapat/ first paint ${msSpread(internal.internalPaint)} ms vs /kegiatan/ ${msSpread(internal.publicPaint)} ms: extra ${(median(internal.internalPaint) - median(internal.publicPaint)).toFixed(0)} ms`,
    `- one meeting's internal record first paint ${msSpread(internal.recordPaint)} ms vs its public page ${msSpread(internal.publicRecordPaint)} ms`,
    `- internal search, first query "pengawasan" after unlocking: first result after ${msSpread(
      internal.search.map((query) => query.firstResultMs),
    )} ms; ${spread(
      totals.map((total) => total.bytes),
      kb,
    )} kB transferred in ${msSpread(totals.map((total) => total.requests))} requests, of which the worker's blobs and keyring ${spread(
      byWorker.map((total) => total.bytes),
      kb,
    )} kB in ${msSpread(byWorker.map((total) => total.requests))}; ${msSpread(
      internal.search.map((query) => query.decrypted.length),
    )} responses decrypted by the worker`,
  );

  const release = readdirSync(join(dist, 'siaran-pers'), { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && /^\d{4}-/.test(entry.name),
  )?.name;
  const site = await serve(dist);
  // A split deploy's unlock page is on the internal site.
  const internalSite = internalDist ? await serve(internalDist) : site;
  try {
    out.push(
      '',
      'Lighthouse (mobile defaults, simulated throttling):',
      '',
      '| page | performance | accessibility | best practices | SEO |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    for (const path of ['/', `/siaran-pers/${release}/`, '/cari/', '/cari/?q=pengawasan', '/internal/']) {
      const report = join(work, `lighthouse-${path.replace(/\W+/g, '_')}.json`);
      // Asynchronously: this process also serves the site Lighthouse loads.
      const lh = await runAsync(process.execPath, [
        join(repo, 'node_modules/lighthouse/cli/index.js'),
        (path.startsWith('/internal/') ? internalSite.url : site.url) + path,
        `--chrome-path=${CHROMIUM}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
      ]);
      if (lh.status !== 0) {
        out.push(`| ${path} | lighthouse failed: ${lh.stderr.slice(0, 200).replace(/\n/g, ' ')} | | | |`);
        continue;
      }
      const { categories, audits } = JSON.parse(readFileSync(report, 'utf8')) as {
        categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; title: string }>;
      };
      const score = (id: string) => {
        const category = categories[id];
        if (!category) return '–';
        const failing = category.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => audits[ref.id]?.title ?? ref.id);
        return `${Math.round(category.score * 100)}${failing.length > 0 ? ` (${failing.join('; ')})` : ''}`;
      };
      out.push(
        `| ${path.length > 40 ? `${path.slice(0, 37)}…` : path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
      );
    }
  } finally {
    await site.close();
    if (internalSite !== site) await internalSite.close();
  }
}

const report = out.join('\n');
writeFileSync(join(work, 'report.md'), `${report}\n`);
console.log(report);
log(`report and raw numbers in ${work}`);
