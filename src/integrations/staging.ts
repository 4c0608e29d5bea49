import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const NAME = 'warta:staging';

/** Signals that end a build early (Ctrl-C, a CI runner's cancel, a closed terminal). */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The processes this one started that still run (Pagefind's), by /proc; none where there is no /proc. */
export function childProcesses(): number[] {
  try {
    return readdirSync('/proc/self/task').flatMap((task) =>
      readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** Blocks this thread for `ms` milliseconds, so that no callback of this process starts meanwhile. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Ends the processes this one started (Pagefind's): one that outlived the build would go on writing. */
export function endChildProcesses(): void {
  for (const pid of childProcesses()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // it ended by itself meanwhile
    }
  }
}

/**
 * Deletes `folders` and makes sure they stay deleted: writes started before a build was stopped go
 * on in threads of their own (the bundler writes from native threads) and would recreate a folder
 * deleted under them, so the folders are deleted again until two pauses in a row find none of them
 * (at most about a second).
 */
export function discardSettled(folders: readonly string[]): void {
  for (let quiet = 0, round = 0; quiet < 2 && round < 40; round++) {
    if (folders.some((folder) => existsSync(folder))) {
      quiet = 0;
      for (const folder of folders) {
        try {
          rmSync(folder, { recursive: true, force: true });
        } catch {
          // written to while being deleted (ENOTEMPTY): the next round deletes it
        }
      }
    } else {
      quiet++;
    }
    pause(25);
  }
}

/**
 * Where a build writes until every step has passed: a hidden sibling of the output folder, on the
 * same file system so it can be renamed into place, named so that no one mistakes it for a site.
 * @example stagingFolder('/site/dist') // '/site/.dist.incomplete'
 */
export function stagingFolder(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.incomplete`);
}

/** Where the previous output waits, for a moment, while a finished build takes its place. */
export function previousFolder(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.previous`);
}

/**
 * Replaces the output folder with a finished build by two renames: the previous output steps
 * aside, the staging folder takes its name, then the previous output is deleted. Should the
 * second rename fail, the previous output is put back. Synchronous, so that a signal's cleanup
 * (which deletes the staging folder) runs before or after the move, never between the renames,
 * where it would leave no output folder, or the previous output beside the new one.
 */
export function moveIntoPlace(staging: string, outDir: string): void {
  const previous = previousFolder(outDir);
  rmSync(previous, { recursive: true, force: true });
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Builds into a staging folder and moves it into the output folder only when every build step
 * has succeeded (with the internal site of a split build, which the publish step writes into
 * `stagingFolder(internalOutDir)`, moved first: a public site never links to an internal one
 * that is not there), so a build that fails at any step (a render error, the link check, the vault, the
 * leak scan, Ctrl-C) leaves the previous output as it was and no plaintext internal page behind:
 * the staging folder is deleted when the process exits or is stopped. Its `astro:build:done` must
 * be the last one, after every step that writes or checks the output, so it is the last integration.
 */
export function staging(outDir: string, internalOutDir?: string): AstroIntegration {
  const folder = stagingFolder(outDir);
  const internalFolder = internalOutDir && stagingFolder(internalOutDir);
  // Astro bundles the pages (content included) into the output folder's `.prerender/`, or into
  // `./.astro/.prerender/` when the output folder lies outside the working folder. The same test as
  // Astro's getOutDirWithinCwd (a string prefix), so that this deletes where Astro wrote.
  const bundles = folder.startsWith(process.cwd()) ? undefined : join(process.cwd(), '.astro', '.prerender');
  const leftovers = [folder, internalFolder, bundles].filter((path) => path !== undefined);
  /** Ends what may still write, then deletes the leftovers until they stay deleted. */
  const stop = () => {
    endChildProcesses();
    discardSettled(leftovers);
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return; // `astro preview` serves the output folder itself
        // Left by a build that was killed outright (SIGKILL, power loss); nothing writes yet, so one delete.
        for (const path of leftovers) rmSync(path, { recursive: true, force: true });
        process.on('exit', stop);
        for (const signal of SIGNALS) {
          // `on`, not `once`: while the folders are deleted, a second signal (npm passes on the Ctrl-C
          // the terminal sent the build already) must find this listener, or it would end the process
          // half-way through; it waits instead, as the listener never returns.
          process.on(signal, () => {
            stop();
            // Other listeners (Vite's dev server, during content sync) would keep the build going and
            // exit with 0 later; without them the signal below takes its default action.
            process.removeAllListeners(signal);
            process.kill(process.pid, signal); // end as that signal would
          });
        }
        updateConfig({ outDir: pathToFileURL(`${folder}/`) });
      },
      'astro:config:done': ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== NAME) throw new Error(`${NAME} must be the last integration in astro.config.mjs, not ${last}`);
      },
      'astro:build:done': ({ logger }) => {
        // Both moves in one synchronous stretch: a signal meanwhile cannot leave a new internal site
        // beside the previous public one.
        const split = internalOutDir && internalFolder && existsSync(internalFolder);
        if (split) moveIntoPlace(internalFolder, internalOutDir);
        moveIntoPlace(folder, outDir);
        if (split) logger.info(`every step passed: the internal site is in ${internalOutDir}`);
        logger.info(`every step passed: the site is in ${outDir}`);
      },
    },
  };
}
