import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  container?: { image: string; options?: string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: {
    push?: { branches?: string[] };
    schedule?: { cron: string }[];
    workflow_dispatch?: { inputs?: Record<string, { required?: boolean }> };
  };
  concurrency: { group: string; 'cancel-in-progress': boolean };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(source) as Workflow;
const { due, check, build, deploy } = workflow.jobs;
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
const needs = (job: Job | undefined) => [job?.needs ?? []].flat();
const stepIndex = (job: Job, match: (step: Step) => boolean) => job.steps.findIndex(match);
const BUILD_COMMAND = (step: Step) => step.run?.trim() === 'npm run build';
const UPLOAD = (step: Step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false;
const GUARD = (step: Step) => step.name === 'Guard the internal section';

describe('.github/workflows/publish.yml', () => {
  it('runs on a push to main, on a schedule and by hand with an optional build clock', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.on.schedule?.length).toBeGreaterThan(0);
    const inputs = workflow.on.workflow_dispatch?.inputs ?? {};
    expect(inputs['now']?.required).toBe(false);
    expect(build?.env?.['WARTA_NOW']).toBe('${{ inputs.now }}');
  });

  it('schedules at minutes away from the round ones everybody else uses', () => {
    for (const { cron } of workflow.on.schedule ?? []) {
      const fields = cron.trim().split(/\s+/);
      expect(fields, cron).toHaveLength(5);
      const minutes = (fields[0] ?? '').split(',');
      for (const minute of minutes) {
        // A list of plain numbers: `*`, `*/30` and ranges include minute 0.
        expect(minute, cron).toMatch(/^\d{1,2}$/);
        expect(Number(minute), cron).toBeLessThan(60);
        expect(Number(minute) % 5, `${cron}: minute ${minute} is a round one`).not.toBe(0);
      }
    }
  });

  it('never runs two publishing runs at once and never cuts a deploy off', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('reads the repository only, except the deploy job, which alone may write to Pages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of jobs) {
      if (name === 'deploy') continue;
      for (const [scope, level] of Object.entries(job.permissions ?? {}))
        expect(level, `${name}: ${scope}`).not.toBe('write');
    }
    expect(source).not.toMatch(/\bwrite-all\b/);
  });

  it('checks, then builds, then deploys to the github-pages environment', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['due', 'check', 'build', 'deploy']);
    expect(needs(due)).toEqual([]);
    expect(needs(check)).toEqual(['due']);
    expect(check?.if).toBe("${{ needs.due.outputs.publish == 'true' }}");
    expect(needs(build)).toEqual(['check']);
    expect(needs(deploy)).toEqual(['build']);
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('installs with npm ci, lints and runs every test tier with Chromium before building', () => {
    if (!check) throw new Error('no check job');
    expect(check.container?.image).toMatch(/bookworm|trixie/);
    const runs = check.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install .*\bchromium\b/);
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).toMatch(/npm run lint\b/);
    expect(runs).toMatch(/vitest run\s*$/m);
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = source.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    for (const step of steps) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('takes the passwords from a repository secret, never from a literal', () => {
    expect(build?.env?.['WARTA_PASSWORDS']).toBe('${{ secrets.WARTA_PASSWORDS }}');
    expect(build?.env?.['SITE_URL']).toBe('${{ vars.SITE_URL }}');
    const assignments = source.split('\n').filter((line) => /WARTA_PASSWORDS\s*[:=]/.test(line));
    expect(assignments.length).toBeGreaterThan(0);
    for (const line of assignments) expect(line).toMatch(/\$\{\{ secrets\.WARTA_PASSWORDS \}\}/);
    // The check job runs third-party test code and needs no secret.
    expect(JSON.stringify(check)).not.toContain('secrets.');
    const envs = [...jobs.map(([, job]) => job.env), ...steps.map((step) => step.env)];
    for (const env of envs) expect(Object.keys(env ?? {})).not.toContain('WARTA_VAULT');
  });

  it('builds the whole history with npm run build, then writes the build report', () => {
    if (!build) throw new Error('no build job');
    const checkout = build.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    const built = stepIndex(build, BUILD_COMMAND);
    const report = stepIndex(build, (step) => step.run?.includes('scripts/build-summary.ts dist/build.json') ?? false);
    expect(built).toBeGreaterThan(stepIndex(build, (step) => /npm ci\b/.test(step.run ?? '')));
    expect(report).toBeGreaterThan(built);
    expect(build.steps[report]?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  it('guards the upload: only the encrypted internal section may leave the build', () => {
    if (!build) throw new Error('no build job');
    const guard = build.steps[stepIndex(build, GUARD)];
    expect(guard?.run).toContain('keyring.json');
    for (const allowed of ['./index.html', './keyring.json', './sw.js', './_v']) expect(guard?.run).toContain(allowed);
    expect(stepIndex(build, GUARD)).toBeGreaterThan(stepIndex(build, BUILD_COMMAND));
    expect(stepIndex(build, UPLOAD)).toBeGreaterThan(stepIndex(build, GUARD));
    // A guard that is skipped or allowed to fail guards nothing.
    expect(guard?.if).toBeUndefined();
    expect(guard?.['continue-on-error']).toBeUndefined();
  });

  it('uploads dist/ and nothing else as the Pages artifact', () => {
    const uploads = steps.filter(UPLOAD);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.with?.['path']).toBe('dist');
    expect(stepIndex(build ?? { steps: [] }, UPLOAD)).toBe((build?.steps.length ?? 0) - 1);
    expect(steps.filter((step) => /upload-artifact|cache@/.test(step.uses ?? ''))).toEqual([]);
  });

  it('rolls back only to commits of the default branch', () => {
    const inputs = workflow.on.workflow_dispatch?.inputs ?? {};
    expect(inputs['ref']?.required).toBe(false);
    const refs = steps.filter((step) => step.uses?.startsWith('actions/checkout@')).map((step) => step.with?.['ref']);
    expect(refs).toEqual(['${{ inputs.ref || github.sha }}', '${{ inputs.ref || github.sha }}']);
    expect(build?.steps.some((step) => step.run?.includes('git merge-base --is-ancestor HEAD'))).toBe(true);
  });

  describe('a scheduled run publishes only when something is due', () => {
    const step = due?.steps.find((candidate) => candidate.id === 'due');
    const decide = (report: unknown, now = Date.now()) => {
      const script = `Date.now = () => ${now};\n${step?.env?.['DECIDE'] ?? ''}`;
      const result = spawnSync(process.execPath, ['-e', script], {
        env: {
          REPORT: typeof report === 'string' ? report : JSON.stringify(report),
          REFRESH_HOURS: String(step?.env?.['REFRESH_HOURS']),
        },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.trim();
    };
    const now = Date.parse('2024-11-23T03:20:00Z');
    const hoursAgo = (hours: number) => new Date(now - hours * 3600e3).toISOString();

    it('publishes on pushes and manual runs, and decides from the live build.json on a schedule', () => {
      expect(step?.run).toContain('"$EVENT" = schedule');
      expect(step?.run).toContain('/build.json');
      expect(due?.outputs?.['publish']).toBe('${{ steps.due.outputs.publish }}');
    });

    it('publishes once an embargo has lifted', () => {
      expect(decide({ builtAt: hoursAgo(1), nextPublication: '2024-11-23T10:15:00+07:00' }, now)).toBe('true');
    });

    it('skips while the next embargo is still ahead and the live build is recent', () => {
      expect(decide({ builtAt: hoursAgo(1), nextPublication: '2024-11-23T10:30:00+07:00' }, now)).toBe('false');
      expect(decide({ builtAt: hoursAgo(1), nextPublication: null }, now)).toBe('false');
    });

    it('rebuilds a live build older than a day', () => {
      expect(decide({ builtAt: hoursAgo(25), nextPublication: null }, now)).toBe('true');
    });

    it('publishes when it cannot tell', () => {
      expect(decide('', now)).toBe('true');
      expect(decide('<html>', now)).toBe('true');
      expect(decide({ builtAt: hoursAgo(1) }, now)).toBe('true');
      expect(decide({ builtAt: 'yesterday', nextPublication: null }, now)).toBe('true');
      expect(decide({ builtAt: hoursAgo(1), nextPublication: 'soon' }, now)).toBe('true');
    });
  });
});
