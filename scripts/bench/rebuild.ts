// Measures a cold build against a rebuild after editing one release, with Astro's content cache
// (the data store in WARTA_CACHE) kept between them. Usage: node scripts/bench/rebuild.ts [content] [runs]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const source = resolve(process.argv[2] ?? 'content');
const runs = Number(process.argv[3] ?? 3);
const root = resolve(import.meta.dirname, '../..');

function build(content: string, work: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WARTA_CONTENT: content, WARTA_OUT: join(work, 'dist'), WARTA_CACHE: join(work, 'cache') },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const cold: number[] = [];
const warm: number[] = [];
for (let run = 0; run < runs; run++) {
  const work = mkdtempSync(join(tmpdir(), 'warta-rebuild-'));
  const content = join(work, 'content');
  cpSync(source, content, { recursive: true });
  cold.push(build(content, work));
  const year =
    readdirSync(join(content, 'press-releases'))
      .filter((name) => /^\d{4}$/.test(name))
      .sort()[0] ?? '';
  const file = join(
    content,
    'press-releases',
    year,
    readdirSync(join(content, 'press-releases', year)).find((name) => name.endsWith('.md')) ?? '',
  );
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nSatu kalimat tambahan untuk uji pembangunan ulang.\n`);
  warm.push(build(content, work));
  rmSync(work, { recursive: true, force: true });
}
console.log(`Full pipeline on ${source}, ${runs} runs (median):`);
console.log(`  cold build (empty cache):          ${(median(cold) / 1000).toFixed(2)} s`);
console.log(
  `  rebuild after editing one release: ${(median(warm) / 1000).toFixed(2)} s (${((median(warm) / median(cold)) * 100).toFixed(0)}% of cold)`,
);
