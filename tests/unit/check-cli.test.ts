import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson, formatText, summarize } from '../../scripts/lib/check-report.ts';
import { copyFixture, type FixtureCopy } from './content-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RELEASE = 'press-releases/2024/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam.md';

/** Runs `npm run check` the way npm does: node on scripts/check.ts, from the project root. */
function check(copy: FixtureCopy, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
    cwd: copy.root,
    encoding: 'utf8',
    env: { ...process.env, WARTA_CONTENT: copy.contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fixture copy with one file edited. */
function edited(edit: (text: string) => string, file = RELEASE): FixtureCopy {
  const copy = copyFixture();
  const path = join(copy.contentDir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return copy;
}

// Each test starts Node on the check script: seconds on a busy CI runner, so more than the default 5 s.
describe('npm run check', { timeout: 30_000 }, () => {
  it('exits 0 on valid content and counts the records', () => {
    const copy = copyFixture();
    try {
      const result = check(copy);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Content OK: \d+ press releases, \d+ meeting records/);
    } finally {
      copy.remove();
    }
  });

  it('exits 1 and prints every error as file:line:column: message', () => {
    const copy = edited((text) =>
      text.replace(/^dateline: .*$/m, 'dateline: 42').replace(/^publishedAt: .*$/m, 'publishedAt: 2024-11-23 10:15'),
    );
    try {
      const result = check(copy);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith(`content/${RELEASE}`));
      expect(lines).toEqual([
        `content/${RELEASE}:6:11: dateline 42 must be text, not a number (put it in quotes)`,
        `content/${RELEASE}:7:14: publishedAt "2024-11-23 10:15" must be a date and time with its offset, e.g. "2024-11-23T10:15:00+07:00"`,
      ]);
      expect(result.stderr).toContain('2 errors');
    } finally {
      copy.remove();
    }
  });

  it('prints lint warnings with their rule but still exits 0', () => {
    const copy = edited((text) => `${text}\nHubungi 0812-3456-7890 untuk keterangan lebih lanjut.\n`);
    try {
      const result = check(copy);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(`content/${RELEASE}:\\d+:9: warning: contains what looks like a phone number .*\\[personal-data\\]`),
      );
      expect(result.stdout).toMatch(/^Content OK: .*, \d+ warnings?\.$/m);
    } finally {
      copy.remove();
    }
  });

  it('exits 1 when a lint rule is set to error in site.yaml', () => {
    const copy = edited((text) => `${text}\nHubungi 0812-3456-7890 untuk keterangan lebih lanjut.\n`);
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(site, `${readFileSync(site, 'utf8')}lint:\n  personal-data: error\n`);
      const result = check(copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/:\d+:9: contains what looks like a phone number/);
    } finally {
      copy.remove();
    }
  });

  it('reports a misspelt lint rule like any unknown field', () => {
    const copy = copyFixture();
    try {
      const site = join(copy.contentDir, 'site.yaml');
      writeFileSync(site, `${readFileSync(site, 'utf8')}lint:\n  personal-date: error\n`);
      const result = check(copy);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('lint.personal-date is not a known field (did you mean "personal-data"?)');
    } finally {
      copy.remove();
    }
  });

  it('writes a JSON report with --format json', () => {
    const copy = edited((text) => text.replace(/^dateline: .*$/m, 'dateline: 42'));
    try {
      const result = check(copy, '--format', 'json');
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as ReturnType<typeof summarize>;
      expect(report).toMatchObject({ ok: false, errors: 1 });
      expect(report.records).toBeUndefined();
      expect(report.issues.filter((issue) => issue.file === `content/${RELEASE}`)).toEqual([
        {
          file: `content/${RELEASE}`,
          line: 6,
          column: 11,
          path: 'dateline',
          message: '42 must be text, not a number (put it in quotes)',
          severity: 'error',
        },
      ]);
    } finally {
      copy.remove();
    }
  });

  it('includes the rule of lint findings in JSON', () => {
    const copy = edited((text) => `${text}\nTODO paragraf penutup.\n`);
    try {
      const result = check(copy, '--format=json');
      const report = JSON.parse(result.stdout) as ReturnType<typeof summarize>;
      expect(result.status).toBe(1);
      const mine = report.issues.filter((issue) => issue.file === `content/${RELEASE}`);
      expect(mine.map((issue) => [issue.severity, (issue as { rule?: string }).rule])).toEqual([
        ['error', 'placeholder'],
      ]);
    } finally {
      copy.remove();
    }
  });

  it('takes the content folder as an argument', () => {
    const copy = copyFixture();
    try {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/check.ts'), copy.contentDir, '--format', 'json'],
        {
          cwd: copy.root,
          encoding: 'utf8',
        },
      );
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, records: { releases: expect.any(Number) } });
    } finally {
      copy.remove();
    }
  });

  it.each([
    [['--format', 'xml'], '--format must be one of text, json'],
    [['--verbose'], "Unknown option '--verbose'"],
    [['does-not-exist'], 'does not exist'],
  ])('exits 2 with usage for %j', (args, message) => {
    const copy = copyFixture();
    try {
      const result = check(copy, ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('Usage: npm run check');
    } finally {
      copy.remove();
    }
  });

  it('checks the content folder of the current directory by default, in a few seconds', () => {
    const copy = copyFixture();
    try {
      const env = { ...process.env };
      delete env['WARTA_CONTENT'];
      const started = performance.now();
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--format', 'json'], {
        cwd: copy.root,
        encoding: 'utf8',
        env,
      });
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, errors: 0, records: { releases: 7 } });
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      copy.remove();
    }
  });
});

describe('formatText', () => {
  it('ends with a verdict that counts errors and warnings', () => {
    const warning = { file: 'a.md', line: 2, column: 1, path: '', message: 'x', severity: 'warning' as const };
    const error = { file: 'a.md', line: 1, column: 3, path: 'title', message: 'is empty', severity: 'error' as const };
    expect(formatText(summarize([warning, error]))).toBe(
      'a.md:1:3: title is empty\na.md:2:1: warning: x\n\n1 error, 1 warning: fix the errors and run npm run check again (nothing can be published until then).',
    );
    expect(formatText(summarize([], { releases: 1, meetings: 2 }))).toBe(
      'Content OK: 1 press release, 2 meeting records.',
    );
    expect(JSON.parse(formatJson(summarize([warning])))).toMatchObject({ ok: true, warnings: 1 });
  });
});
