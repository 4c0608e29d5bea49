// Writes a synthetic content folder for benchmarks, deterministic for a seed.
// Usage: node scripts/bench/generate.ts <out> [records=1000] [seed=1]
// Half the records are press releases, half meeting records; registries come from content/.
import { resolve } from 'node:path';
import { distinctWords, generateContent } from '../lib/bench/generate.ts';

const [outArg, recordsArg = '1000', seedArg = '1'] = process.argv.slice(2);
if (!outArg) {
  console.error('usage: node scripts/bench/generate.ts <out> [records] [seed]');
  process.exit(2);
}
const out = resolve(outArg);
const started = performance.now();
const result = generateContent(out, {
  records: Number(recordsArg),
  seed: Number(seedArg),
  registries: resolve(import.meta.dirname, '../../content'),
});
console.log(
  `${out}: ${result.releases} releases, ${result.meetings} meetings, ${distinctWords(out, result.files)} distinct words, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const [visibility, count] of Object.entries(result.counts))
  console.log(`  ${visibility.padEnd(9)} releases ${count.releases}, meetings ${count.meetings}`);
