// The publish workflow's steps, for tests that run a step's script as GitHub's runner would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { must } from './must.ts';
import { ROOT } from './site.ts';

/** The `run:` script of the publish workflow's step with this name, in whichever job it is. */
export function workflowScript(name: string): string {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
    jobs: Record<string, { steps?: { name?: string; run?: string }[] }>;
  };
  return must(
    Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.name === name)?.run,
    `the step "${name}"`,
  );
}
