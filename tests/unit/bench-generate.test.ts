import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { distinctWords, generateContent, mulberry32 } from '../../scripts/lib/bench/generate.ts';
import { OTHER_OFFICE, VALID } from './content-fixtures.ts';

const folders: string[] = [];
function generate(records: number, seed: number, registries = VALID) {
  const root = mkdtempSync(join(tmpdir(), 'warta-bench-gen-'));
  folders.push(root);
  const out = join(root, 'content');
  return { root, out, result: generateContent(out, { records, seed, registries }) };
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('benchmark content generator', () => {
  it('has a seeded generator that repeats its sequence', () => {
    const [a, b] = [mulberry32(7), mulberry32(7)];
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });

  it('writes the same files for the same seed, and different ones for another seed', () => {
    const first = generate(40, 3);
    const second = generate(40, 3);
    const third = generate(40, 4);
    expect(second.result.files).toEqual(first.result.files);
    for (const file of first.result.files)
      expect(readFileSync(join(second.out, file), 'utf8')).toBe(readFileSync(join(first.out, file), 'utf8'));
    expect(third.result.files).not.toEqual(first.result.files);
  });

  it('splits records half releases, half meetings, with drafts, embargoes and internal records', () => {
    const { result } = generate(400, 1);
    expect(result.releases).toBe(200);
    expect(result.meetings).toBe(200);
    expect(result.counts.public.releases).toBeGreaterThan(150);
    expect(result.counts.internal.meetings).toBeGreaterThan(20);
    expect(result.counts.draft.releases + result.counts.draft.meetings).toBeGreaterThan(0);
    expect(result.counts.scheduled.releases).toBeGreaterThan(0);
  });

  it.each([
    ['the test office', VALID],
    ['another office', OTHER_OFFICE],
  ])(
    "passes the content validator and the content check with no errors, with %s's registries",
    (_office, registries) => {
      const { root, out, result } = generate(60, 5, registries);
      const loaded = loadContent(out, { root });
      expect(loaded.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(loaded.content?.releases).toHaveLength(result.releases);
      expect(loaded.content?.meetings).toHaveLength(result.meetings);
      const checked = checkContent(out, { root });
      expect(checked.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    },
  );

  it('uses at least 5 000 distinct words at a moderate size', () => {
    const { out, result } = generate(200, 2);
    expect(distinctWords(out, result.files)).toBeGreaterThanOrEqual(5000);
  });
});
