import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readGitHistory } from '../../src/lib/git-dates.ts';

/** An empty folder under the system's temporary one, deleted when the test ends. */
function temporary(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A repository whose content files were committed at known dates. */
function repository(): string {
  const dir = temporary('warta-git-');
  const run = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 'uji',
        GIT_AUTHOR_EMAIL: 'uji@example.org',
        GIT_COMMITTER_NAME: 'uji',
        GIT_COMMITTER_EMAIL: 'uji@example.org',
      },
    });
  run(['init', '-q', '-b', 'main']);
  mkdirSync(join(dir, 'content'));
  const commit = (file: string, text: string, date: string) => {
    writeFileSync(join(dir, file), text);
    run(['add', file]);
    run(['commit', '-q', '-m', file], date);
  };
  commit('content/a.md', 'a1', '2024-11-23T10:00:00+07:00');
  commit('content/b.md', 'b1', '2024-12-01T09:00:00+07:00');
  commit('content/a.md', 'a2', '2025-01-05T08:00:00+07:00');
  commit('README.md', 'not content', '2025-02-01T08:00:00+07:00');
  return dir;
}

describe('readGitHistory', () => {
  it('dates each content file by its last commit, and names the last content commit', () => {
    const dir = repository();
    const history = readGitHistory(join(dir, 'content'));
    expect(Object.fromEntries(history?.lastChanged ?? [])).toEqual({
      'content/a.md': '2025-01-05T08:00:00+07:00',
      'content/b.md': '2024-12-01T09:00:00+07:00',
    });
    expect(history?.content?.date).toBe('2025-01-05T08:00:00+07:00');
    expect(history?.head).toMatch(/^[0-9a-f]{40}$/);
  });

  it('deepens a shallow clone first, so dates stay right', () => {
    const origin = repository();
    const clone = temporary('warta-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim()).toBe(
      'true',
    );
    const history = readGitHistory(join(clone, 'content'));
    expect(history?.lastChanged.get('content/b.md')).toBe('2024-12-01T09:00:00+07:00');
  });

  it('gives up, with a warning, on a shallow clone that cannot be deepened', () => {
    const origin = repository();
    const clone = temporary('warta-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: clone });
    const warnings: string[] = [];
    expect(readGitHistory(join(clone, 'content'), (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('shallow')]);
  });

  it('returns nothing outside a repository', () => {
    expect(readGitHistory(temporary('warta-nogit-'))).toBeUndefined();
  });
});
