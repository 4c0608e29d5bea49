import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEVELOPMENT_PASSWORD } from '../../src/lib/vault/passwords.ts';
import { createVault } from '../../src/lib/vault/seal.ts';

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
const INTERNAL_PUSH = (step: Step) => step.name === 'Deploy the internal site (split deploy only)';
const INTERNAL_LIVE = (step: Step) =>
  step.name === 'Wait until the internal site serves this build (split deploy only)';
const DEFAULT_BRANCH_ONLY = (step: Step) => step.name === 'Deploy only the default branch';

/** The Debian packages of the first `apt-get install` in a script or document. */
const packages = (text: string) =>
  /apt-get install((?:\\\n|[^\n`])*)/
    .exec(text)?.[1]
    ?.replace(/\\\n/g, ' ')
    .split(/\s+/)
    .filter((word) => /^[a-z][a-z0-9.+-]+$/.test(word)) ?? [];

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
    expect(runs).toMatch(/apt-get install[\s\S]*\bchromium\b/);
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).toMatch(/npm run lint\b/);
    expect(runs).toMatch(/vitest run\s*$/m);
  });

  it('warns a fork in the check job when it changed files outside its own part, without stopping the run', () => {
    if (!check) throw new Error('no check job');
    const step = check.steps[stepIndex(check, (item) => item.run?.includes('npm run --silent upgrade-check') ?? false)];
    expect(step?.env?.['WARTA_UPSTREAM']).toBe('${{ vars.WARTA_UPSTREAM }}');
    expect(step?.run).toMatch(/upgrade-check \|\|\s+echo "::warning::/);
  });

  it('installs every system package that .ci/run installs, so that no test is skipped in CI', () => {
    const ciRun = packages(readFileSync(join(ROOT, '.ci/run'), 'utf8'));
    expect(ciRun).toContain('nginx');
    const runs = (check?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(packages(runs).sort()).toEqual(ciRun.sort());
  });

  it('names in the README every system package that .ci/run installs', () => {
    const readme = packages(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme.sort()).toEqual(packages(readFileSync(join(ROOT, '.ci/run'), 'utf8')).sort());
  });

  it("keeps npm's download cache in every job that installs", () => {
    for (const [name, job] of jobs) {
      const install = stepIndex(job, (step) => /\bnpm ci\b/.test(step.run ?? ''));
      if (install === -1) continue;
      const setup = stepIndex(job, (step) => step.uses?.startsWith('actions/setup-node@') ?? false);
      expect(setup, `${name}: actions/setup-node before npm ci`).toBeGreaterThanOrEqual(0);
      expect(setup, name).toBeLessThan(install);
      expect(job.steps[setup]?.with?.['cache'], name).toBe('npm');
    }
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = source.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
    for (const step of steps) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('takes the passwords from a repository secret, never from a literal', () => {
    expect(build?.steps.find(BUILD_COMMAND)?.env?.['WARTA_PASSWORDS']).toBe('${{ secrets.WARTA_PASSWORDS }}');
    expect(build?.env?.['SITE_URL']).toBe('${{ vars.SITE_URL }}');
    const assignments = source.split('\n').filter((line) => /WARTA_PASSWORDS\s*[:=]/.test(line));
    expect(assignments.length).toBeGreaterThan(0);
    for (const line of assignments) expect(line).toMatch(/\$\{\{ secrets\.WARTA_PASSWORDS \}\}/);
    // The check job runs third-party test code and needs no secret.
    expect(JSON.stringify(check)).not.toContain('secrets.');
    const envs = [...jobs.map(([, job]) => job.env), ...steps.map((step) => step.env)];
    for (const env of envs) expect(Object.keys(env ?? {})).not.toContain('WARTA_VAULT');
  });

  it("gives the passwords to the build step alone, and the internal site's deploy key to its push alone", () => {
    for (const [name, job] of jobs) expect(JSON.stringify(job.env ?? {}), name).not.toContain('secrets.');
    const holders = steps.filter((step) => JSON.stringify(step).includes('secrets.'));
    expect(holders).toHaveLength(2);
    expect(holders[0]?.run?.trim()).toBe('npm run build');
    expect(Object.keys(holders[0]?.env ?? {})).toEqual(['WARTA_PASSWORDS']);
    expect(holders[1]).toBe(steps.find(INTERNAL_PUSH));
    expect(holders[1]?.env?.['DEPLOY_KEY']).toBe('${{ secrets.INTERNAL_DEPLOY_KEY }}');
    // `${{ secrets.X }}` anywhere in the file is one of these, so this holds for the text too.
    expect(source.match(/secrets\./g)).toHaveLength(2);
  });

  it('deploys a split site internal first, public second, and neither unless both passed the guard', () => {
    if (!build) throw new Error('no build job');
    const push = stepIndex(build, INTERNAL_PUSH);
    expect(push).toBeGreaterThan(stepIndex(build, GUARD));
    expect(push).toBeLessThan(stepIndex(build, UPLOAD));
    expect(build.steps[push]?.if).toBeUndefined();
    expect(build.steps[push]?.run).toContain('git push -q --force "git@github.com:$REPOSITORY.git" gh-pages');
    expect(build.steps[push]?.run).toContain('.nojekyll');
    const guard = build.steps[stepIndex(build, GUARD)]?.run ?? '';
    expect(guard).toContain('internal=dist-internal/internal');
    expect(guard).toContain('a split build left dist/internal on the public site');
    expect(needs(deploy)).toEqual(['build']);
  });

  it('builds the whole history with npm run build, then writes the build report', () => {
    if (!build) throw new Error('no build job');
    const checkout = build.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    const built = stepIndex(build, BUILD_COMMAND);
    const report = stepIndex(
      build,
      (step) => step.run?.includes('npm run --silent build-summary -- dist/build.json') ?? false,
    );
    expect(built).toBeGreaterThan(stepIndex(build, (step) => /npm ci\b/.test(step.run ?? '')));
    expect(report).toBeGreaterThan(built);
    expect(build.steps[report]?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  });

  it('guards the upload: only the encrypted internal section may leave the build', () => {
    if (!build) throw new Error('no build job');
    const guard = build.steps[stepIndex(build, GUARD)];
    expect(guard?.run).toContain('keyring.json');
    for (const allowed of ['./index.html', './keyring.json', './sw.js', './_v']) expect(guard?.run).toContain(allowed);
    expect(guard?.run).toContain('dist/_astro holds pictures that no public page shows');
    expect(stepIndex(build, GUARD)).toBeGreaterThan(stepIndex(build, BUILD_COMMAND));
    expect(stepIndex(build, UPLOAD)).toBeGreaterThan(stepIndex(build, GUARD));
    // A guard that is skipped or allowed to fail guards nothing.
    expect(guard?.if).toBeUndefined();
    expect(guard?.['continue-on-error']).toBeUndefined();
  });

  describe("the guard's keyring check, run with Node on a vault's keyring", () => {
    const script = /node -e '([^']*)' "\$internal\/keyring\.json"/.exec(
      build?.steps[stepIndex(build, GUARD)]?.run ?? '',
    )?.[1];
    // The system's Node when there is one (Debian's 20 here, 22 in the workflow): neither has
    // node:crypto's Argon2, which only Node 24.7 and later have.
    const node = existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
    const check = async (keyring: object) => {
      const dir = mkdtempSync(join(tmpdir(), 'warta-guard-'));
      const file = join(dir, 'keyring.json');
      writeFileSync(file, JSON.stringify(keyring));
      const result = await new Promise<{ status: number; stdout: string }>((done) =>
        execFile(node, ['-e', script ?? 'process.exit(99)', file], { cwd: ROOT }, (error, stdout) =>
          done({ status: error ? Number(error.code) : 0, stdout }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
      return result;
    };
    const vault = async (passwords: string[]) =>
      (
        await createVault(
          passwords.map((password, i) => ({ label: `instansi-${i}`, password, clearance: 'rahasia' as const })),
        )
      ).keyring;

    it('fails a build whose keyring opens with the development password, on any slot', async () => {
      const result = await check(await vault(['kunci-uji-imigrasi-panjang', DEVELOPMENT_PASSWORD.password]));
      expect(result.stdout).toContain('::error::built with the development password');
      expect(result.status).toBe(1);
    });

    it('passes one whose keyring does not, and fails one that derives its keys another way', async () => {
      const keyring = await vault(['kunci-uji-imigrasi-panjang', 'kunci-uji-polda-cukup-panjang']);
      expect(await check(keyring)).toEqual({ status: 0, stdout: 'internal section: encrypted for 2 password(s)\n' });
      const older = { ...keyring, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } };
      expect((await check(older)).stdout).toContain('::error::keyring.json derives its keys with PBKDF2');
    });
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
    for (const job of [check, build]) {
      const checkout = job?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['ref']).toBe('${{ inputs.ref || github.sha }}');
    }
    expect(build?.steps.some((step) => step.run?.includes('git merge-base --is-ancestor HEAD'))).toBe(true);
  });

  it('refuses, before anything else in the build job, a run started on another branch than the default one', () => {
    if (!build) throw new Error('no build job');
    const refuse = build.steps[stepIndex(build, DEFAULT_BRANCH_ONLY)];
    expect(stepIndex(build, DEFAULT_BRANCH_ONLY)).toBe(0);
    // Scheduled runs run on the default branch, and their event names no repository.
    expect(refuse?.if).toBe("${{ github.event_name != 'schedule' }}");
    expect(refuse?.env).toEqual({
      REF: '${{ github.ref }}',
      DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}',
    });
    expect(refuse?.run).toContain('if [ "$REF" != "refs/heads/$DEFAULT_BRANCH" ]; then');
    expect(refuse?.run).toContain('exit 1');
    expect(refuse?.['continue-on-error']).toBeUndefined();
  });

  it('deploys the public half only once the internal site serves this build, and fails if it never does', () => {
    if (!build) throw new Error('no build job');
    const push = build.steps[stepIndex(build, INTERNAL_PUSH)];
    const live = stepIndex(build, INTERNAL_LIVE);
    expect(live).toBe(stepIndex(build, INTERNAL_PUSH) + 1);
    expect(live).toBeLessThan(stepIndex(build, UPLOAD));
    expect(push?.id).toBe('internal');
    expect(push?.run).toContain('echo "url=https://$host" >> "$GITHUB_OUTPUT"');
    const wait = build.steps[live];
    expect(wait?.if).toBe('${{ steps.internal.outputs.url }}');
    expect(wait?.env?.['INTERNAL_SITE']).toBe('${{ steps.internal.outputs.url }}');
    expect(Number(wait?.env?.['TIMEOUT_SECONDS'])).toBeGreaterThan(0);
    expect(wait?.run).toContain('expected=$(buildId < dist-internal/internal/keyring.json)');
    expect(wait?.run).toContain('"$INTERNAL_SITE/internal/keyring.json?run=$GITHUB_RUN_ID-$attempt"');
    expect(wait?.run).toMatch(/if \[ "\$live" = "\$expected" \]; then[^]*?exit 0/);
    expect(wait?.run).toMatch(/-ge "\$deadline" \]; then[^]*?exit 1/);
    expect(wait?.['continue-on-error']).toBeUndefined();
    expect(needs(deploy)).toEqual(['build']);
  });

  describe('the scripts of those two steps, run in bash', () => {
    /** Runs a step's script as the runner does, in a folder holding a split build's keyring. */
    const runStep = async (step: Step | undefined, env: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'warta-workflow-'));
      mkdirSync(join(dir, 'dist-internal/internal'), { recursive: true });
      writeFileSync(join(dir, 'dist-internal/internal/keyring.json'), JSON.stringify({ buildId: 'build-new' }));
      const shell = ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step?.run ?? 'exit 99'];
      const options = { cwd: dir, env: { PATH: process.env['PATH'], GITHUB_RUN_ID: '7', ...env } };
      const result = await new Promise<{ status: number; stdout: string }>((done) =>
        execFile('bash', shell, options, (error, stdout) => done({ status: error ? Number(error.code) : 0, stdout })),
      );
      rmSync(dir, { recursive: true, force: true });
      return result;
    };
    /** Serves a keyring of the given build, as the internal site would. */
    const internalSite = async (buildId: string) => {
      const server = createServer((_, response) => response.end(JSON.stringify({ buildId })));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const { port } = server.address() as { port: number };
      return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
    };
    const refuse = build?.steps.find(DEFAULT_BRANCH_ONLY);
    const wait = build?.steps.find(INTERNAL_LIVE);

    it('refuses a run on a feature branch and lets one on the default branch through', async () => {
      const other = await runStep(refuse, { REF: 'refs/heads/coba-fitur', DEFAULT_BRANCH: 'main' });
      expect(other.status).toBe(1);
      expect(other.stdout).toContain('only the default branch (main) is deployed');
      expect((await runStep(refuse, { REF: 'refs/heads/main', DEFAULT_BRANCH: 'main' })).status).toBe(0);
    });

    it('passes once the internal site serves the build just pushed', async () => {
      const site = await internalSite('build-new');
      const result = await runStep(wait, { INTERNAL_SITE: site.url, TIMEOUT_SECONDS: '0' });
      await site.close();
      expect(result.status, result.stdout).toBe(0);
    });

    it('fails at its timeout while the internal site still serves the previous build', async () => {
      const site = await internalSite('build-old');
      const result = await runStep(wait, { INTERNAL_SITE: site.url, TIMEOUT_SECONDS: '0' });
      await site.close();
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('still has build build-old, not build-new: the public site is not deployed');
    });
  });

  describe('a scheduled run publishes only when something is due', () => {
    const gate = due?.steps.find((step) => step.id === 'due');
    const onSchedule = "${{ github.event_name == 'schedule' }}";

    it('asks scripts/publish-gate.ts on a schedule, and always publishes pushes and manual runs', () => {
      expect(gate?.run).toContain('if [ "$EVENT" = schedule ]; then');
      expect(gate?.run).toContain('npm run --silent publish-gate');
      expect(gate?.env?.['SITE_URL']).toBe('${{ vars.SITE_URL }}');
      expect(Number(gate?.env?.['REFRESH_HOURS'])).toBeGreaterThan(0);
      expect(due?.outputs?.['publish']).toBe('${{ steps.due.outputs.publish }}');
    });

    it('publishes when the gate cannot run: it fails towards publishing, never towards silence', () => {
      expect(gate?.run).toMatch(/publish=\$\(npm run --silent publish-gate\) \|\| publish=true/);
      expect(gate?.run).toContain('[ "$publish" = false ] || publish=true');
      const install = due?.steps.find((step) => /npm ci\b/.test(step.run ?? ''));
      expect(install?.['continue-on-error']).toBe(true);
    });

    it('checks out main and installs only on scheduled runs, which alone need the content', () => {
      const others = due?.steps.filter((step) => step !== gate) ?? [];
      expect(others.length).toBeGreaterThan(0);
      for (const step of others) expect(step.if, step.name ?? step.uses).toBe(onSchedule);
      const checkout = others.find((step) => step.uses?.startsWith('actions/checkout@'));
      // The gate compares the live commit with github.sha, which is what this checks out.
      expect(checkout?.with?.['ref']).toBeUndefined();
      expect(checkout?.with?.['persist-credentials']).toBe(false);
    });
  });
});
