// What `npm install` tells a newcomer: the Node it needs, and why npm's engine warnings are muted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Manifest {
  engines: { node: string };
  devDependencies: Record<string, string>;
}
interface LockedPackage {
  version?: string;
  /** Old packages give an array of strings, which npm ignores. */
  engines?: { node?: string } | string[];
  /** npm skips an optional package whose engines do not fit, silently: only the others warn. */
  optional?: boolean;
}
const manifest = JSON.parse(read('package.json')) as Manifest;
const locked = (JSON.parse(read('package-lock.json')) as { packages: Record<string, LockedPackage> }).packages;

describe('the Node the project needs', () => {
  it('is the same in the README and in engines', () => {
    const readme = /You need Node\.js (\d+) or newer/.exec(read('README.md'))?.[1];
    expect(manifest.engines.node).toBe(`>=${readme}`);
  });

  it('runs the scripts on a Node that every dependency accepts, so npm may mute its engine warnings', () => {
    const runtime = locked['node_modules/node']?.version ?? '';
    expect(semver.satisfies(runtime, manifest.devDependencies['node'] ?? '')).toBe(true);
    const refusing = Object.entries(locked)
      .filter(([, entry]) => !entry.optional)
      .map(([path, entry]) => [path, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(runtime, range))
      .map(([path, range]) => `${path} needs Node ${range}`);
    expect(refusing).toEqual([]);
    expect(read('.npmrc')).toMatch(/^loglevel=error$/m);
  });
});
