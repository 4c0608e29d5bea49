import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport, isOwn, upgradeCheck, UpgradeCheckError } from '../../scripts/lib/upgrade-check.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const IDENTITY = [
  '-c',
  'user.name=Uji',
  '-c',
  'user.email=uji@example.org',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
];

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function write(repo: string, file: string, text: string) {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}

function commit(repo: string, message: string) {
  expect(git(repo, 'add', '-A').status).toBe(0);
  expect(git(repo, 'commit', '-qm', message).status).toBe(0);
}

/** Warta upstream with code and sample content, and an office's fork cloned from it. */
function upstreamAndFork() {
  const dir = mkdtempSync(join(tmpdir(), 'warta-upgrade-'));
  temp = dir;
  const upstream = join(dir, 'warta');
  mkdirSync(upstream);
  git(upstream, 'init', '-q', '-b', 'main');
  write(upstream, 'src/page.ts', 'export const version = 1;\n');
  write(upstream, 'README.md', '# Warta\n');
  write(upstream, 'public/admin/config.yml', 'backend:\n  repo: NAMA-ORGANISASI/warta\ncollections: []\n');
  write(upstream, 'content/site.yaml', 'name: Contoh\n');
  write(upstream, 'content/press-releases/2024/2024-11-23-contoh.md', '---\ntitle: Contoh\n---\n');
  commit(upstream, 'Release 1');
  const fork = join(dir, 'kantor');
  expect(git(dir, 'clone', '-q', upstream, fork).status).toBe(0);
  expect(git(fork, 'remote', 'rename', 'origin', 'upstream').status).toBe(0);
  return { dir, upstream, fork };
}

/** The office replaces the sample content with its own, as docs/upgrade.md says. */
function adopt(fork: string) {
  write(fork, 'content/site.yaml', 'name: Kantor Lain\n');
  rmSync(join(fork, 'content/press-releases/2024'), { recursive: true });
  write(fork, 'content/press-releases/2026/2026-04-16-kabar.md', '---\ntitle: Kabar\n---\n');
  write(fork, 'public/admin/config.yml', 'backend:\n  repo: kanim-lain/warta\ncollections: []\n');
  commit(fork, 'Our office');
}

describe('isOwn', () => {
  it("counts content/ and the web editor's configuration as the office's own part, and nothing else", () => {
    expect(isOwn('content/site.yaml')).toBe(true);
    expect(isOwn('content/meetings/_template.md')).toBe(true);
    expect(isOwn('public/admin/config.yml')).toBe(true);
    expect(isOwn('public/admin/index.html')).toBe(false);
    expect(isOwn('public/admin/config.yml.orig')).toBe(false);
    expect(isOwn('src/pages/index.astro')).toBe(false);
    expect(isOwn('.github/workflows/publish.yml')).toBe(false);
    expect(isOwn('contentious.md')).toBe(false);
  });
});

describe('upgradeCheck', () => {
  it('passes a fork that changed only content/', () => {
    const { upstream, fork } = upstreamAndFork();
    adopt(fork);
    const report = upgradeCheck(fork, upstream);
    expect(report.outside).toEqual([]);
    expect(report.subject).toBe('Release 1');
    expect(formatReport(report)).toMatch(
      /^Nothing outside the office's own part \(content\/, public\/admin\/config\.yml\) differs from upstream [0-9a-f]{12} \(Release 1\)/,
    );
  });

  it('names each file changed outside content/, committed, uncommitted or new', () => {
    const { upstream, fork } = upstreamAndFork();
    adopt(fork);
    rmSync(join(fork, 'README.md'));
    commit(fork, 'Local fixes');
    write(fork, 'src/page.ts', 'export const version = 99;\n');
    write(fork, 'scripts/local.ts', '// ours\n');
    const report = upgradeCheck(fork, upstream);
    expect(report.outside).toEqual([
      { status: 'D', path: 'README.md' },
      { status: '?', path: 'scripts/local.ts' },
      { status: 'M', path: 'src/page.ts' },
    ]);
    expect(formatReport(report)).toContain(`git checkout ${report.base.slice(0, 12)} -- <file>`);
  });

  it('compares with the last upstream commit merged, not with the newest one', () => {
    const { upstream, fork } = upstreamAndFork();
    adopt(fork);
    write(upstream, 'src/page.ts', 'export const version = 2;\n');
    commit(upstream, 'Release 2');
    const report = upgradeCheck(fork, upstream);
    expect(report.subject).toBe('Release 1');
    expect(report.outside).toEqual([]);
  });

  it('compares with a tagged release given as the ref', () => {
    const { upstream, fork } = upstreamAndFork();
    expect(git(upstream, 'tag', '-a', 'v1', '-m', 'Warta 1').status).toBe(0);
    adopt(fork);
    expect(upgradeCheck(fork, upstream, 'v1')).toMatchObject({ subject: 'Release 1', outside: [] });
    expect(() => upgradeCheck(fork, upstream, 'v9')).toThrow(/has a branch or tag "v9"/);
  });

  it('refuses a repository that shares no history with upstream', () => {
    const { dir, upstream } = upstreamAndFork();
    const stranger = join(dir, 'salinan');
    mkdirSync(stranger);
    git(stranger, 'init', '-q', '-b', 'main');
    write(stranger, 'content/site.yaml', 'name: Salinan\n');
    commit(stranger, 'Copied by hand');
    expect(() => upgradeCheck(stranger, upstream)).toThrow(UpgradeCheckError);
    expect(() => upgradeCheck(stranger, upstream)).toThrow(/shares no commit with .* main: .*fork or clone of Warta/);
  });
});

describe('taking a new release as docs/upgrade.md says', () => {
  it("merges upstream's code without conflicts and keeps the office's content, sample changes left out", () => {
    const { upstream, fork } = upstreamAndFork();
    adopt(fork);
    // The release fixes code and also edits, adds and changes the sample content the fork replaced.
    write(upstream, 'src/page.ts', 'export const version = 2;\n');
    write(upstream, 'public/admin/config.yml', 'backend:\n  repo: warta-org/warta\ncollections: [x]\n');
    write(upstream, 'content/site.yaml', 'name: Contoh Baru\n');
    write(upstream, 'content/press-releases/2024/2024-11-23-contoh.md', '---\ntitle: Contoh diubah\n---\n');
    write(upstream, 'content/press-releases/2025/2025-01-02-contoh-baru.md', '---\ntitle: Baru\n---\n');
    commit(upstream, 'Release 2');

    expect(git(fork, 'fetch', '-q', 'upstream').status).toBe(0);
    // Conflicts in content/ only: the sample content changed on both sides.
    expect(git(fork, 'merge', '--no-commit', '--no-ff', 'upstream/main').output).not.toMatch(/CONFLICT.*\bsrc\//);
    expect(git(fork, 'rm', '-r', '-q', '-f', 'content', 'public/admin/config.yml').status).toBe(0);
    expect(git(fork, 'checkout', 'HEAD', '--', 'content', 'public/admin/config.yml').status).toBe(0);
    const committed = git(fork, 'commit', '--no-edit', '-q');
    expect(committed.output).toBe('');
    expect(committed.status).toBe(0);

    expect(readFileSync(join(fork, 'src/page.ts'), 'utf8')).toBe('export const version = 2;\n');
    expect(readFileSync(join(fork, 'content/site.yaml'), 'utf8')).toBe('name: Kantor Lain\n');
    // npm run cms:config then regenerates the rest of the editor's configuration, keeping this.
    expect(readFileSync(join(fork, 'public/admin/config.yml'), 'utf8')).toContain('repo: kanim-lain/warta');
    expect(existsSync(join(fork, 'content/press-releases/2025'))).toBe(false);
    expect(existsSync(join(fork, 'content/press-releases/2024'))).toBe(false);
    expect(git(fork, 'status', '--porcelain').output).toBe('');
    const report = upgradeCheck(fork, upstream);
    expect(report.subject).toBe('Release 2');
    expect(report.outside).toEqual([]);
  });
});

describe('npm run upgrade-check', () => {
  const run = (cwd: string, env: Record<string, string>, ...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/upgrade-check.ts'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, WARTA_UPSTREAM: '', ...env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('exits 1 and lists the files outside content/ when WARTA_UPSTREAM names upstream', () => {
    const { upstream, fork } = upstreamAndFork();
    adopt(fork);
    git(fork, 'remote', 'remove', 'upstream');
    write(fork, 'src/page.ts', 'export const version = 99;\n');
    const result = run(fork, { WARTA_UPSTREAM: upstream });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^1 file outside the office's own part \(content\/, public\/admin\/config\.yml\) differs from upstream/,
    );
    expect(result.stderr).toContain('  M src/page.ts\n');
  });

  it('uses the remote named upstream, and says there is nothing to compare without one', () => {
    const { fork } = upstreamAndFork();
    adopt(fork);
    expect(run(fork, {})).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Nothing outside the office's own part/),
    });
    git(fork, 'remote', 'remove', 'upstream');
    expect(run(fork, {})).toMatchObject({ status: 0, stdout: expect.stringMatching(/^No upstream to compare with/) });
  });

  it('prints a git problem as a plain message with exit 1', () => {
    const { dir, fork } = upstreamAndFork();
    const result = run(fork, {}, join(dir, 'no-such-repository'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^git fetch .* failed: .*\ncheck the upstream address/s);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
