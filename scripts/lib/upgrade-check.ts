// Tells an office's fork which files it changed outside its own part since the upstream Warta
// commit it is based on: those are the files on which the next release can conflict.
import { spawnSync } from 'node:child_process';

/**
 * The office's own part of a fork: the only paths it changes, so that each Warta release merges
 * without conflicts (docs/upgrade.md): its content, and the web editor's configuration, whose
 * `backend` names the office's repository (npm run cms:config regenerates the rest and keeps it).
 * Settings that are not files (passwords, SITE_URL, the upstream address) live in the
 * repository's secrets and variables. A folder ends in "/".
 */
export const OWN_PART = ['content/', 'public/admin/config.yml'] as const;

/** Whether a path (relative to the repository, with forward slashes) is the office's own. */
export function isOwn(path: string): boolean {
  return OWN_PART.some((part) => (part.endsWith('/') ? path.startsWith(part) : path === part));
}

/** A git problem the office must fix, printed without a stack trace. */
export class UpgradeCheckError extends Error {}

/** A file that differs from upstream: git's status letter (A, M, D, T; ? for a new untracked file) and its path. */
export interface Change {
  status: string;
  path: string;
}

export interface UpgradeReport {
  /** The upstream commit the fork is based on: the last one it merged. */
  base: string;
  /** That commit's one-line subject. */
  subject: string;
  /** Files changed since that commit (committed or not) outside the office's own part. */
  outside: Change[];
}

function git(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.error) throw new UpgradeCheckError(`git could not run: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function gitOrThrow(cwd: string, args: string[], fix: string): string {
  const result = git(cwd, args);
  if (result.status !== 0) throw new UpgradeCheckError(`git ${args.join(' ')} failed: ${result.stderr}\n${fix}`);
  return result.stdout;
}

/** Splits `git diff --name-status -z` output into changes. */
function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0').filter((field) => field !== '');
  const changes: Change[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2)
    changes.push({ status: (fields[index] ?? '').charAt(0), path: fields[index + 1] ?? '' });
  return changes;
}

/**
 * Fetches `ref` (a branch or tag) of `upstream` (an address, a path or a remote's name), finds
 * the last upstream commit the repository at `cwd` contains, and lists what differs from it
 * outside the office's own part: committed, staged, changed or new files alike.
 */
export function upgradeCheck(cwd: string, upstream: string, ref = 'main'): UpgradeReport {
  gitOrThrow(
    cwd,
    ['fetch', '--quiet', '--no-tags', upstream, ref],
    `check the upstream address "${upstream}" and that it has a branch or tag "${ref}"`,
  );
  const tip = gitOrThrow(cwd, ['rev-parse', 'FETCH_HEAD^{commit}'], 'fetch upstream again').trim();
  const merged = git(cwd, ['merge-base', 'HEAD', tip]);
  if (merged.status !== 0)
    throw new UpgradeCheckError(
      `this repository shares no commit with ${upstream} ${ref}: an office's repository starts as a fork or clone of Warta, so that releases can be merged (docs/upgrade.md)`,
    );
  const base = merged.stdout.trim();
  const subject = gitOrThrow(cwd, ['log', '-1', '--format=%s', base], '').trim();
  const changed = parseNameStatus(
    gitOrThrow(cwd, ['diff', '--name-status', '--no-renames', '-z', base], 'run git status to see why'),
  );
  const untracked = gitOrThrow(cwd, ['ls-files', '--others', '--exclude-standard', '-z'], 'run git status to see why')
    .split('\0')
    .filter((path) => path !== '')
    .map((path) => ({ status: '?', path }));
  const outside = [...changed, ...untracked]
    .filter((change) => !isOwn(change.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { base, subject, outside };
}

/** The report as terminal text: a verdict, and for each file outside the own part how to undo it. */
export function formatReport(report: UpgradeReport): string {
  const short = report.base.slice(0, 12);
  const own = OWN_PART.join(', ');
  const basis = `upstream ${short} (${report.subject})`;
  if (report.outside.length === 0)
    return `Nothing outside the office's own part (${own}) differs from ${basis}: Warta's next release merges without conflicts.`;
  return [
    `${report.outside.length === 1 ? '1 file' : `${report.outside.length} files`} outside the office's own part (${own}) ${report.outside.length === 1 ? 'differs' : 'differ'} from ${basis}:`,
    ...report.outside.map((change) => `  ${change.status} ${change.path}`),
    '',
    `The next Warta release may conflict on them when merged, and they do not get its fixes. Undo a change`,
    `with git checkout ${short} -- <file> (a file you added: git rm <file>), or propose it to Warta itself;`,
    'docs/upgrade.md explains.',
  ].join('\n');
}
