// Builds the fixture site once for every browser test and serves it on loopback.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/lib/serve.ts';
import { buildSite, ROOT, TMP } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The built fixture site, for tests that serve it (or a changed copy) with another server. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  rmSync(join(TMP, 'e2e-public'), { recursive: true, force: true });
  const result = buildSite('e2e-public', join(ROOT, 'tests/fixtures/valid'), '2026-06-01T00:00:00+07:00');
  if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
  const site = await serve(result.outDir);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', result.outDir);
  return site.close;
}
