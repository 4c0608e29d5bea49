import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { policyFor } from '../../../src/lib/headers.ts';
import { EDITOR_FILES, resolveHashed, selfHostedEditor } from './self-host.ts';

/** The editor's script as the npm package ships it: one self-contained file. */
export const EDITOR_SCRIPT = 'sveltia-cms.js';

/** The editor's page, installed as admin/index.html. */
export const EDITOR_PAGE = join(import.meta.dirname, 'admin.html');

/**
 * The editor's page as installed: admin.html with the Content-Security-Policy that `_headers` sends
 * for /admin/, right after the charset, for hosts that send no headers.
 */
export function editorPage(): string {
  const page = readFileSync(EDITOR_PAGE, 'utf8');
  const charset = '<meta charset="utf-8" />';
  if (!page.includes(charset)) throw new Error(`${EDITOR_PAGE}: ${charset} is missing; the policy goes right after it`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor('/admin/', 'meta')}" />`;
  return page.replace(charset, `${charset}\n    ${meta}`);
}

/** The path of the editor's script in node_modules. */
export function editorSource(): string {
  // The package's main entry lives in npm/; the browser bundle in dist/.
  const source = join(editorPackage(), 'dist', EDITOR_SCRIPT);
  if (!existsSync(source)) throw new Error(`${source} is missing: run npm install`);
  return source;
}

/** The folder of the editor's npm package. */
function editorPackage(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sveltia/cms')), '..');
}

/**
 * Installs the web editor into a built site: <outDir>/admin/index.html, the editor's script from
 * node_modules with its remote loads rewritten to the site (scripts/lib/cms/self-host.ts), and the
 * fonts, translations and modules it then finds here, next to the config.yml that public/admin/
 * puts there. Nothing of the editor comes from a CDN. The build adds it after the search indexes
 * and sitemap are written, so none of them includes it, and before the leak scan, which reads it
 * like every public file.
 */
export function installEditor(outDir: string): string[] {
  const admin = join(outDir, 'admin');
  if (!existsSync(join(admin, 'config.yml')))
    throw new Error(`${join(admin, 'config.yml')} is missing: build the site first (npm run build)`);
  const source = editorSource();
  const script = selfHostedEditor(readFileSync(source, 'utf8'), source);
  const nodeModules = join(editorPackage(), '..', '..');
  const installed = [join(admin, 'index.html'), join(admin, EDITOR_SCRIPT)];
  writeFileSync(installed[0] ?? '', editorPage());
  writeFileSync(installed[1] ?? '', script);
  for (const { from, to } of EDITOR_FILES) {
    const target = join(admin, to);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(resolveHashed(nodeModules, from), target, { recursive: true });
    installed.push(target);
  }
  return installed;
}
