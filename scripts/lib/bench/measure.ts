// Building blocks of `npm run bench`: a build run with its output lines timed, the peak memory of
// its whole process tree, the step timings of the publish integration, and the bare Astro site
// the full pipeline is compared with.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One build: wall time, peak memory of the process tree, and when each output line arrived. */
export interface BuildRun {
  ms: number;
  /** Largest sum of the resident memory of the build and all its descendants, sampled every 50 ms. */
  peakTreeBytes: number;
  /** Largest resident memory of one process (the kernel's maxrss of the children). */
  peakProcessBytes: number;
  /** Output lines with the milliseconds since the build started. */
  lines: { at: number; text: string }[];
  /** Step timings the publish integration wrote (WARTA_TIMINGS). */
  steps: { phase: string; ms: number }[];
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** Sum of VmRSS of a process and its descendants, in bytes. */
export function treeRss(pid: number): number {
  const children = childrenOf();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Runs `astro build` in `cwd` under /usr/bin/time -v (for the largest single process), sampling
 * the resident memory of the whole tree (Pagefind runs as a child binary).
 */
export async function runBuild(cwd: string, env: NodeJS.ProcessEnv, timingsFile?: string): Promise<BuildRun> {
  if (timingsFile) rmSync(timingsFile, { force: true });
  const astro = join(cwd, 'node_modules/astro/bin/astro.mjs');
  const run = await runMeasured([process.execPath, astro, 'build'], cwd, {
    ...env,
    ...(timingsFile ? { WARTA_TIMINGS: timingsFile } : {}),
  });
  const steps =
    timingsFile && existsSync(timingsFile)
      ? readFileSync(timingsFile, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { phase: string; ms: number })
      : [];
  return { ...run, steps };
}

/**
 * Runs Pagefind's own command line over a built site (every HTML page), as a baseline: what full-text
 * search of these documents costs by itself, without Astro or Warta.
 */
export function runPagefind(repo: string, site: string, output: string): Promise<BuildRun> {
  rmSync(output, { recursive: true, force: true });
  const cli = join(repo, 'node_modules/pagefind/lib/runner/bin.cjs');
  return runMeasured(
    [process.execPath, cli, '--site', site, '--output-path', output, '--force-language', 'id'],
    repo,
    {},
  );
}

/** Runs a command under /usr/bin/time -v, timing its output lines and sampling its tree's memory. */
async function runMeasured(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: BuildRun['lines'] = [];
  let stderr = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const at = performance.now() - started;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ at, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peakTreeBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTreeBytes = Math.max(peakTreeBytes, treeRss(child.pid));
  }, 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0)
    throw new Error(
      `${command.join(' ')} in ${cwd} failed (${code}):\n${lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n')}\n${stderr.slice(-4000)}`,
    );
  const peakProcessBytes = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) * 1024;
  return { ms, peakTreeBytes: Math.max(peakTreeBytes, peakProcessBytes), peakProcessBytes, lines, steps: [] };
}

/**
 * Astro's own phases, from when its output lines arrived: startup (config, content check),
 * content sync, type generation and build info, bundling, page rendering, and everything after
 * the pages (integrations' build:done hooks).
 */
export function astroPhases(run: BuildRun): Record<string, number> {
  const lines = run.lines ?? []; // absent in results merged from an older run
  const find = (test: RegExp, from = 0) => lines.findIndex((line, i) => i >= from && test.test(line.text));
  const at = (index: number) => (index >= 0 ? (lines[index]?.at ?? NaN) : NaN);
  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  const entry = find(/Building static entrypoints/);
  const routes = find(/generating static routes/);
  const rendered = find(/✓ Completed in/, routes);
  const phases: Record<string, number> = {
    startup: at(syncing),
    'content sync': at(synced) - at(syncing),
    'types and build info': at(entry) - at(synced),
    bundling: at(routes) - at(entry),
    'page rendering': at(rendered) - at(routes),
    'after pages (integrations)': run.ms - at(rendered),
  };
  return phases;
}

/** Page count Astro reports ("364 page(s) built in 9.48s"). */
export function pagesBuilt(run: BuildRun): number {
  const line = (run.lines ?? []).find((l) => /page\(s\) built in/.test(l.text));
  return Number(/(\d+) page\(s\) built/.exec(line?.text ?? '')?.[1] ?? NaN);
}

/**
 * A bare Astro site over the same Markdown: no integrations, one glob-loaded collection per
 * folder without a schema, one plain page per document. It shares this repository's
 * node_modules (a symlink), so Astro and Node are the same versions.
 */
export function writeBareSite(root: string, repo: string, content: string): void {
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.BARE_OUT, cacheDir: process.env.BARE_CACHE });\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = ${JSON.stringify(content)};
export const collections = {
  releases: defineCollection({ loader: glob({ base: base + '/press-releases', pattern: '**/[^_]*.md' }) }),
  meetings: defineCollection({ loader: glob({ base: base + '/meetings', pattern: '**/[^_]*.md' }) }),
};
`,
  );
  writeFileSync(
    join(root, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = [...(await getCollection('releases')), ...(await getCollection('meetings'))];
  return entries.map((entry) => ({ params: { slug: entry.collection + '/' + entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="id"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
<body><h1>{String(entry.data.title)}</h1><Content /></body></html>
`,
  );
}

/** Median of a list (the lower middle value for an even count). */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
