import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decidePublish, type LiveReport } from '../../scripts/lib/publish-gate.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const { content } = loadContentOrThrow(FIXTURE, { root: ROOT });

// The fixture's only embargo lifts at 2030-01-15T09:00:00+07:00 (02:00 UTC).
const EMBARGO = Date.parse('2030-01-15T02:00:00Z');
const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const HOUR = 3600e3;

const live = (report: unknown): LiveReport => ({ found: true, text: JSON.stringify(report) });
const built = (at: number, head = HEAD) => live({ builtAt: new Date(at).toISOString(), commit: { head } });

describe('decidePublish', () => {
  // The decision table of a scheduled run: the live build.json, the content at main's head and the
  // real time decide whether it tests, builds and deploys.
  const table: {
    when: string;
    report: LiveReport;
    contentErrors?: boolean;
    now: number;
    publish: boolean;
    why: RegExp;
  }[] = [
    {
      when: 'the live site is unreachable',
      report: { found: false, why: 'timeout' },
      now: EMBARGO - HOUR,
      publish: true,
      why: /cannot tell/,
    },
    {
      when: 'the live build.json is not JSON',
      report: { found: true, text: '<html>' },
      now: EMBARGO - HOUR,
      publish: true,
      why: /not JSON/,
    },
    {
      when: 'the live build.json names no commit',
      report: live({ builtAt: new Date(EMBARGO - 2 * HOUR).toISOString(), commit: null }),
      now: EMBARGO - HOUR,
      publish: true,
      why: /does not say/,
    },
    {
      when: 'the live build.json has no build clock',
      report: live({ builtAt: 'yesterday', commit: { head: HEAD } }),
      now: EMBARGO - HOUR,
      publish: true,
      why: /does not say/,
    },
    {
      when: 'the live site was built from another commit than main',
      report: built(EMBARGO - 2 * HOUR, OTHER),
      now: EMBARGO - HOUR,
      publish: true,
      why: /built from bbbbbbbbbbbb, main is at aaaaaaaaaaaa/,
    },
    {
      when: 'an embargo lifted since the live build',
      report: built(EMBARGO - HOUR),
      now: EMBARGO,
      publish: true,
      why: /embargo lifted at 2030-01-15T02:00/,
    },
    {
      when: 'an embargo lifted hours ago and no run has published since',
      report: built(EMBARGO - 20 * HOUR),
      now: EMBARGO + 3 * HOUR,
      publish: true,
      why: /embargo lifted/,
    },
    {
      when: 'the live build is more than a day old',
      report: built(EMBARGO - 30 * HOUR),
      now: EMBARGO - HOUR,
      publish: true,
      why: /more than 24 hours ago/,
    },
    {
      when: 'the content at main has errors',
      report: built(EMBARGO - 2 * HOUR),
      contentErrors: true,
      now: EMBARGO - HOUR,
      publish: true,
      why: /has errors/,
    },
    {
      when: 'the live site is main, an hour old, and the embargo is ahead',
      report: built(EMBARGO - 2 * HOUR),
      now: EMBARGO - HOUR,
      publish: false,
      why: /nothing is due before 2030-01-15T02:00:00.000Z/,
    },
    {
      when: 'the live site is main, built after every embargo',
      report: built(EMBARGO + HOUR),
      now: EMBARGO + 2 * HOUR,
      publish: false,
      why: /before the next push/,
    },
  ];

  it.each(table)('when $when, publish is $publish', ({ report, contentErrors, now, publish, why }) => {
    const atHead = contentErrors ? undefined : content;
    const decision = decidePublish({ live: report, head: HEAD, content: atHead, now: new Date(now), refreshHours: 24 });
    expect(decision.publish).toBe(publish);
    expect(decision.reason).toMatch(why);
  });

  it('publishes a push whose waiting run a scheduled run replaced, and retries a failed deploy', () => {
    // Either way the live site still shows the commit before, and nothing is due by the clock.
    const decision = decidePublish({
      live: built(EMBARGO - 2 * HOUR, OTHER),
      head: HEAD,
      content,
      now: new Date(EMBARGO - HOUR),
      refreshHours: 24,
    });
    expect(decision.publish).toBe(true);
  });

  it('never reads an embargo time from the live build.json', () => {
    const report = live({
      builtAt: new Date(EMBARGO - 2 * HOUR).toISOString(),
      commit: { head: HEAD },
      nextPublication: new Date(EMBARGO - 3 * HOUR).toISOString(),
    });
    const decision = decidePublish({
      live: report,
      head: HEAD,
      content,
      now: new Date(EMBARGO - HOUR),
      refreshHours: 24,
    });
    expect(decision.publish).toBe(false);
  });
});

describe('npm run publish-gate', () => {
  /** Serves one build.json on loopback and runs the gate against it, as the workflow does. */
  async function gate(report: unknown, head: string) {
    const server = createServer((request, response) => {
      if (request.url?.startsWith('/build.json?')) response.end(JSON.stringify(report));
      else response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      // Not spawnSync: this process must keep answering the gate's request.
      return await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/publish-gate.ts')], {
        cwd: ROOT,
        env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}/`, GITHUB_SHA: head, WARTA_CONTENT: FIXTURE },
      });
    } finally {
      server.close();
    }
  }

  // Two processes that each load the content: seconds on a busy machine.
  it(
    'prints false when the live site is main and nothing is due, true when main has moved on',
    { timeout: 60_000 },
    async () => {
      const report = { builtAt: new Date().toISOString(), commit: { head: HEAD } };
      const same = await gate(report, HEAD);
      expect(same.stdout.trim(), same.stderr).toBe('false');
      expect(same.stderr).toContain('publish: false (nothing is due before 2030-01-15T02:00:00.000Z)');
      const moved = await gate(report, OTHER);
      expect(moved.stdout.trim(), moved.stderr).toBe('true');
    },
  );
});
