import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web editor's script (Sveltia CMS 0.221.1, dist/sveltia-cms.js) loads code, fonts and data
 * from other origins while it runs. Any script it loads runs with the editor's GitHub token in
 * reach, so the install rewrites every such load to the site itself: what an editor needs is
 * copied into /admin/ from the pinned npm package, the rest is turned off. Each rewrite is an exact
 * string of the pinned version; when an upgrade changes one, the build stops and names it (check
 * the new script for remote loads again: docs/internal-section.md, "The web editor").
 */

/** One exact rewrite of the editor's script. */
export interface EditorPatch {
  /** What the upstream string loads, for whom, and what the install does instead. */
  why: string;
  /** The exact text in the pinned script; it must occur exactly once. */
  upstream: string;
  /** What the installed script has in its place. */
  local: string;
}

/** A file copied from the editor's npm package (or one of its dependencies) into /admin/. */
export interface EditorFile {
  /** The path inside node_modules; `*` stands for the content hash of the package's build. */
  from: string;
  /** The path under /admin/. */
  to: string;
}

/** The fonts the script's style sheet names, all three shipped inside the npm package itself. */
const FONTS = [
  ['source-sans-3:vf@5.3.0/latin-wght-normal', 'source-sans-3-latin-wght-normal'],
  ['noto-mono@5.3.0/latin-400-normal', 'noto-mono-latin-400-normal'],
  // The icons: without it every button shows the icon's name as text.
  ['material-symbols-outlined:vf@5.3.7/latin-wght-normal', 'material-symbols-outlined-latin-wght-normal'],
] as const;

export const EDITOR_PATCHES: readonly EditorPatch[] = [
  ...FONTS.map(([remote, local]) => ({
    why: `font ${local}: self-hosted from the npm package`,
    upstream: `url(https://cdn.jsdelivr.net/fontsource/fonts/${remote}.woff2)`,
    // A relative URL in the page's style sheet resolves against /admin/.
    local: `url(fonts/${local}.woff2)`,
  })),
  {
    why:
      'modules loaded on demand (exifr, svgo, leaflet, turndown, pdfjs-dist, …): from ./vendor/ on the site; ' +
      'only exifr is installed there, the features of the others are off (EDITOR_MODULES)',
    upstream: 'JW=e=>{let t=`https://unpkg.com/${e}`,n=Kfe[e]?.replace(/^\\D/,``);return n?`${t}@${n}`:t}',
    local: 'JW=e=>`./vendor/${e}`',
  },
  {
    why: 'syntax colouring of code blocks (Shiki): off, not installed; a code block shows plain text',
    upstream: 'gk=`https://unpkg.com/@shikijs`,_k=`https://unpkg.com/@sveltia/ui`',
    local: 'gk=`./vendor/@shikijs`,_k=`./vendor/@sveltia/ui`',
  },
  {
    why: 'React, for widgets and previews registered through the JavaScript API (none here): site only, no fallback to unpkg',
    upstream:
      'ZW=(e,t=qW)=>{let n=`chunks/${e}.js`,r=`${iP}@${rP}/dist/${n}`;if(!t)return[r];let i=new URL(n,t).href;return i===r?[r]:[i,r]}',
    local: 'ZW=(e,t=qW)=>[new URL(`chunks/${e}.js`,t).href]',
  },
  {
    why: "the interface's translations for the browser's language: self-hosted from the npm package",
    upstream: 'USe=`${iP}@${rP}/locales`',
    local: 'USe=`./locales`',
  },
  {
    why: 'hourly check for a newer editor on unpkg: off, the editor is upgraded through package.json',
    upstream:
      'LSe=async()=>{try{let e=await fetch(NSe);if(!e.ok)return;let{version:t}=await e.json();return typeof t==`string`&&t?t:void 0}catch{return}}',
    local: 'LSe=async()=>{}',
  },
  {
    why: "GitHub's status page (www.githubstatus.com), polled every five minutes: off",
    upstream: 'statusDashboardURL:Dye,checkStatus:kye,',
    local: 'statusDashboardURL:Dye,',
  },
];

/**
 * Every module the script can load on demand, with the feature it serves. `true`: installed under
 * /admin/vendor/; otherwise why the feature stays off (its import asks the site, finds nothing, and
 * the editor carries on without it). A test reads the script, so a new module fails the build.
 */
export const EDITOR_MODULES: Readonly<Record<string, true | string>> = {
  // Date taken and place of a picture in the media library's details. Its browser build is one
  // module without imports, so it is copied as it is, no bundler needed.
  exifr: true,
  svgo: 'shrinks SVG uploads; only with media_libraries image transformations, not configured',
  '@jsquash/${t}': 'converts uploads to WebP/AVIF; only with image transformations, not configured',
  '@discourse/heic': 'converts iPhone HEIC photos; only with image transformations, not configured',
  immutable: 'event hooks and custom validators of the JavaScript API, not used',
  leaflet: 'the map widget, not in config.yml',
  'terra-draw': 'the map widget, not in config.yml',
  'terra-draw-leaflet-adapter': 'the map widget, not in config.yml',
  turndown: 'machine translation of entries (needs i18n and an API key), not configured',
  'pdfjs-dist': 'previews of PDF files in the media library; a PDF shows as a file icon instead',
};

/** The files installed next to the script, from node_modules. */
export const EDITOR_FILES: readonly EditorFile[] = [
  ...FONTS.map(([, local]) => ({ from: `@sveltia/cms/npm/assets/${local}-*.woff2`, to: `fonts/${local}.woff2` })),
  {
    from: '@sveltia/cms/npm/assets/material-symbols-outlined.LICENSE.txt',
    to: 'fonts/material-symbols-outlined.LICENSE.txt',
  },
  { from: '@sveltia/cms/npm/assets/noto-mono.LICENSE.txt', to: 'fonts/noto-mono.LICENSE.txt' },
  { from: '@sveltia/cms/locales', to: 'locales' },
  { from: 'exifr/dist/lite.esm.mjs', to: 'vendor/exifr/dist/lite.esm.mjs' },
];

/**
 * The editor's script with every remote load rewritten. Throws, naming the script and the rewrite,
 * when an upstream string is not found exactly once: the script is not the version these rewrites
 * were made for.
 */
export function selfHostedEditor(script: string, file: string): string {
  let patched = script;
  for (const { why, upstream, local } of EDITOR_PATCHES) {
    const count = patched.split(upstream).length - 1;
    if (count !== 1)
      throw new Error(
        `${file}: the editor's script has ${count} copies of ${JSON.stringify(upstream)} (${why}), not 1: ` +
          'it is not the version scripts/lib/cms/self-host.ts was written for; find its remote loads again and update the rewrites',
      );
    patched = patched.replace(upstream, () => local);
  }
  return patched;
}

/** The packages the pristine script loads from unpkg by name (`YW(\`name\`` and `JW(\`name\``), as written in it. */
export function editorModules(script: string): string[] {
  return [...new Set([...script.matchAll(/\b[YJ]W\(`([^`]+)`/g)].map((match) => match[1] ?? ''))].sort();
}

/** The one file a `from` with a `*` names, in the folder it points at. */
export function resolveHashed(nodeModules: string, from: string): string {
  if (!from.includes('*')) return join(nodeModules, from);
  const slash = from.lastIndexOf('/');
  const folder = join(nodeModules, from.slice(0, slash));
  const [before, after] = from.slice(slash + 1).split('*') as [string, string];
  const found = readdirSync(folder).filter((name) => name.startsWith(before) && name.endsWith(after));
  if (found.length !== 1)
    throw new Error(`${folder}: expected one file ${from.slice(slash + 1)}, found ${found.length}: run npm ci`);
  return join(folder, found[0] ?? '');
}
