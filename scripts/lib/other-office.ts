// A copy of the repository in which content/ is another office's: the product's tests must pass
// there too, since an office that replaces all of content/ keeps the same tests in its CI.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The content folder of a minimal other office, which shares no id, place or name with the sample. */
export const OTHER_OFFICE = 'tests/fixtures/other-office';

export interface OfficeCopy {
  /** Root of the copy. */
  dir: string;
  remove(): void;
}

function git(cwd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${String(result.stderr)}`);
  return String(result.stdout);
}

/**
 * Copies the files of the repository at `root` that git would commit (tracked or new, not
 * ignored: no node_modules, build output or test leftovers) to a temporary folder, with `content`
 * as its content/ folder and `root`'s node_modules linked in. The copy is committed to a fresh
 * git repository of its own, as an office's fork would be.
 */
export function copyWithContent(root: string, content: string): OfficeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'warta-other-office-'));
  const files = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('content/') && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  cpSync(content, join(dir, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  const identity = ['-c', 'user.name=Warta', '-c', 'user.email=warta@example.org', '-c', 'commit.gpgsign=false'];
  git(dir, [...identity, 'commit', '-qm', 'Another office']);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The environment of a CI run: this one without WARTA_* settings (a content folder, output
 * folder or clock set for a local run would point the copy's tests back at this repository).
 */
export function ciEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('WARTA_')));
}

/** Runs a command in the copy with the terminal attached; returns its exit code. */
export function runIn(copy: OfficeCopy, command: readonly string[], options: SpawnSyncOptions = {}): number {
  const [program, ...args] = command;
  if (!program) throw new Error('no command to run');
  const result = spawnSync(program, args, { cwd: copy.dir, env: ciEnvironment(), stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
