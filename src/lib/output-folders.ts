import { isAbsolute, relative, resolve } from 'node:path';
import { WartaError } from './warta-error.ts';

/** Whether `folder` is `parent` or lies inside it. */
const within = (folder: string, parent: string) => {
  const path = relative(parent, folder);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * Where a build writes: WARTA_OUT (default ./dist) and, for a split site, its internal half in
 * WARTA_INTERNAL_OUT (default the output folder's name + "-internal"). One place, so the build and
 * `npm start` always agree. Refuses two folders that are one or hold each other: each build
 * replaces both whole, so one would delete the other.
 */
export function outputFolders(env: NodeJS.ProcessEnv, root: string): { outDir: string; internalOutDir: string } {
  const outDir = resolve(root, env['WARTA_OUT'] || 'dist');
  const internalOutDir = resolve(root, env['WARTA_INTERNAL_OUT'] || `${outDir}-internal`);
  if (within(internalOutDir, outDir) || within(outDir, internalOutDir))
    throw new WartaError(
      `WARTA_INTERNAL_OUT (${internalOutDir}) and WARTA_OUT (${outDir}) are the same folder or one holds the other`,
      'Give the internal site a folder of its own beside the public one (leave WARTA_INTERNAL_OUT unset for the output folder\'s name + "-internal").',
    );
  return { outDir, internalOutDir };
}
