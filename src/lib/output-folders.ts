import { resolve } from 'node:path';

/**
 * Where a build writes: WARTA_OUT (default ./dist) and, for a split site, its internal half in
 * WARTA_INTERNAL_OUT (default the output folder's name + "-internal"). One place, so the build and
 * `npm start` always agree.
 */
export function outputFolders(env: NodeJS.ProcessEnv, root: string): { outDir: string; internalOutDir: string } {
  const outDir = resolve(root, env['WARTA_OUT'] || 'dist');
  return { outDir, internalOutDir: resolve(root, env['WARTA_INTERNAL_OUT'] || `${outDir}-internal`) };
}
