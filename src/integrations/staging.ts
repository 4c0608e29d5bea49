import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

const NAME = 'warta:staging';

/** Signals that end a build early (Ctrl-C, a CI runner's cancel, a closed terminal). */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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
 * second rename fail, the previous output is put back.
 */
export async function moveIntoPlace(staging: string, outDir: string): Promise<void> {
  const previous = previousFolder(outDir);
  await rm(previous, { recursive: true, force: true });
  const hadPrevious = await rename(outDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await rename(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
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
  // `./.astro/.prerender/` when the output folder lies outside the working folder.
  const bundles = folder.startsWith(process.cwd()) ? undefined : join(process.cwd(), '.astro', '.prerender');
  const discard = () => {
    rmSync(folder, { recursive: true, force: true });
    if (internalFolder) rmSync(internalFolder, { recursive: true, force: true });
    if (bundles) rmSync(bundles, { recursive: true, force: true });
  };
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return; // `astro preview` serves the output folder itself
        discard(); // left by a build that was killed outright (SIGKILL, power loss)
        process.on('exit', discard);
        for (const signal of SIGNALS) {
          process.once(signal, () => {
            discard();
            process.kill(process.pid, signal); // the default action now: end as that signal would
          });
        }
        updateConfig({ outDir: pathToFileURL(`${folder}/`) });
      },
      'astro:config:done': ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== NAME) throw new Error(`${NAME} must be the last integration in astro.config.mjs, not ${last}`);
      },
      'astro:build:done': async ({ logger }) => {
        if (internalOutDir && internalFolder && existsSync(internalFolder)) {
          await moveIntoPlace(internalFolder, internalOutDir);
          logger.info(`every step passed: the internal site is in ${internalOutDir}`);
        }
        await moveIntoPlace(folder, outDir);
        logger.info(`every step passed: the site is in ${outDir}`);
      },
    },
  };
}
