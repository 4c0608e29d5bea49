import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** Where `npm start` serves the sites: two host names and two ports, two origins, both secure contexts. */
export const LOCAL_ORIGINS = { public: 'http://localhost:4321', internal: 'http://127.0.0.1:4322' } as const;

/** Whether the site has an internal site of its own: INTERNAL_URL, or `internal:` in site.yaml. */
export function isSplit(env: NodeJS.ProcessEnv, contentDir: string): boolean {
  if (env['INTERNAL_URL']) return true;
  try {
    const site = load(readFileSync(join(contentDir, 'site.yaml'), 'utf8'));
    return typeof site === 'object' && site !== null && 'internal' in site && Boolean(site.internal);
  } catch {
    return false; // no readable site.yaml: the build reports it
  }
}

/**
 * The environment of the local build: a split site is built for the two local origins, since its
 * pages link each other by absolute address; a site on one origin links by path and needs none.
 */
export function localBuildEnv(env: NodeJS.ProcessEnv, split: boolean): NodeJS.ProcessEnv {
  return split ? { ...env, SITE_URL: LOCAL_ORIGINS.public, INTERNAL_URL: LOCAL_ORIGINS.internal } : env;
}
