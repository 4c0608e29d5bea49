import { execFileSync } from 'node:child_process';

/** What git knows about the content: the commit built, and when each file last changed. */
export interface GitHistory {
  /** The commit checked out. */
  head: string;
  /** The last commit that touched the content folder, and its date. */
  content: { sha: string; date: string } | undefined;
  /** Last commit date (ISO) of each file under the content folder, by path from the repository root. */
  lastChanged: Map<string, string>;
}

const git = (cwd: string, args: string[], timeout = 120_000) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout }).trim();

/**
 * Reads the content's history in one `git log` pass. A shallow clone (CI checks out one commit by
 * default) would date every file at that commit, so it is deepened first; if that is impossible
 * the history is not used at all rather than used wrong. Returns undefined outside a repository.
 */
export function readGitHistory(
  contentDir: string,
  warn: (message: string) => void = () => undefined,
): GitHistory | undefined {
  let root: string;
  try {
    root = git(contentDir, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
  const shallow = () => git(root, ['rev-parse', '--is-shallow-repository']) === 'true';
  if (shallow()) {
    try {
      git(root, ['fetch', '--unshallow', '--quiet'], 30_000); // an unreachable remote must not stall the build
    } catch {
      // checked below: without a remote, git even reports success and stays shallow
    }
    if (shallow()) {
      warn('git history is shallow and could not be deepened: last-updated dates come from the content only');
      return undefined;
    }
  }
  const lastChanged = new Map<string, string>();
  let date = '';
  let first: { sha: string; date: string } | undefined;
  const log = git(root, ['log', '--format=@%H %cI', '--name-only', '--no-renames', '--', contentDir]);
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      const [sha = '', iso = ''] = line.slice(1).split(' ');
      date = iso;
      first ??= { sha, date: iso };
    } else if (line && !lastChanged.has(line)) lastChanged.set(line, date); // newest first
  }
  return { head: git(root, ['rev-parse', 'HEAD']), content: first, lastChanged };
}
