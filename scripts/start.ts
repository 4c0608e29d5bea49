// Builds the site and serves it locally as a static host would (with its _headers):
//   npm start
// A split site (internal: in content/site.yaml, or INTERNAL_URL) is built for, and served on, two
// origins: the public site on http://localhost:4321, the internal one on http://127.0.0.1:4322.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { plainly } from '../src/integrations/plain-errors.ts';
import { readEnvFile } from '../src/lib/env-file.ts';
import { outputFolders } from '../src/lib/output-folders.ts';
import { serve } from './lib/serve.ts';
import { isSplit, LOCAL_ORIGINS, localBuildEnv } from './lib/start.ts';

// The settings of .env count here too (where the sites are, whether split); its passwords stay out
// of every environment: the build reads them from the file itself.
const fileSettings = plainly(() => readEnvFile(process.cwd()));
delete fileSettings['WARTA_PASSWORDS'];
const settings = { ...fileSettings, ...process.env };
const split = isSplit(settings, resolve(settings['WARTA_CONTENT'] || 'content'));
const env = localBuildEnv(settings, split);
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const { outDir, internalOutDir } = outputFolders(env, process.cwd());
const port = (url: string) => Number(new URL(url).port);
await serve(outDir, port(LOCAL_ORIGINS.public));
if (split) {
  await serve(internalOutDir, port(LOCAL_ORIGINS.internal));
  console.log(`\nPublic site:   ${LOCAL_ORIGINS.public}/\nInternal site: ${LOCAL_ORIGINS.internal}/internal/\n`);
} else {
  console.log(`\nSite (internal section at /internal/): ${LOCAL_ORIGINS.public}/\n`);
}
console.log('Ctrl-C stops the servers.');
