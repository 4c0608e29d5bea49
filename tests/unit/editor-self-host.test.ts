import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_PATH } from '../../scripts/lib/cms/config.ts';
import { EDITOR_SCRIPT, editorSource, installEditor } from '../../scripts/lib/cms/editor.ts';
import { EDITOR_POLICY } from '../../src/lib/headers.ts';
import { EDITOR_MODULES, EDITOR_PATCHES, editorModules, selfHostedEditor } from '../../scripts/lib/cms/self-host.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const pristine = readFileSync(editorSource(), 'utf8');
let admin: string;
let installed: string;

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'warta-editor-'));
  admin = join(out, 'admin');
  mkdirSync(admin);
  writeFileSync(join(admin, 'config.yml'), readFileSync(join(ROOT, CONFIG_PATH)));
  installEditor(out);
  installed = readFileSync(join(admin, EDITOR_SCRIPT), 'utf8');
});

afterAll(() => {
  rmSync(join(admin, '..'), { recursive: true, force: true });
});

/** Every address on a CDN or status page that the script names, in the order it names them. */
const remote = (script: string) =>
  [...script.matchAll(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|www\.githubstatus\.com)[^`)'"]*/g)].map(
    (match) => match[0],
  );

describe("the web editor's script as installed", () => {
  it('names no CDN to load code, fonts or translations from', () => {
    // The package's script loads modules, Shiki, React and translations from unpkg and fonts from jsdelivr.
    expect(remote(pristine).length).toBeGreaterThan(6);
    // Left: the package's own name (a hint about $schema in config files, and the version check,
    // both never fetched) and GitHub's status page, no longer polled by the GitHub backend.
    expect(remote(installed)).toEqual([
      'https://unpkg.com/@sveltia/cms',
      'https://www.githubstatus.com/',
      'https://www.githubstatus.com/api/v2/status.json',
    ]);
    expect(installed).not.toContain('checkStatus:kye');
    expect(installed).not.toContain('fetch(NSe)');
  });

  it('finds next to itself every font, translation and module it now asks the site for', () => {
    const fonts = [...installed.matchAll(/url\((fonts\/[^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(fonts).toHaveLength(3);
    for (const font of fonts) expect(existsSync(join(admin, font)), font).toBe(true);
    const locales = /jQ=`([^`]+)`\.split/.exec(installed)?.[1]?.split(',') ?? [];
    expect(locales).toContain('en-US');
    for (const locale of locales) expect(existsSync(join(admin, 'locales', `${locale}.json`)), locale).toBe(true);
    for (const [name, hosted] of Object.entries(EDITOR_MODULES))
      expect(existsSync(join(admin, 'vendor', name)), name).toBe(hosted === true);
    expect(readdirSync(join(admin, 'vendor'))).toEqual(['exifr']);
  });

  it('has a decision for every module the package loads by name, so an upgrade that adds one stops here', () => {
    expect(editorModules(pristine)).toEqual(Object.keys(EDITOR_MODULES).sort());
  });

  it('is refused when the package is not the version the rewrites were written for', () => {
    const changed = pristine.replace(
      'statusDashboardURL:Dye,checkStatus:kye,',
      'statusDashboardURL:Dy,checkStatus:ky,',
    );
    expect(() => selfHostedEditor(changed, 'sveltia-cms.js')).toThrow(
      /^sveltia-cms\.js: .* has 0 copies of "statusDashboardURL:Dye,checkStatus:kye," \(GitHub's status page.*update the rewrites$/,
    );
    const twice = `${pristine}\n${EDITOR_PATCHES[0]?.upstream}`;
    expect(() => selfHostedEditor(twice, 'sveltia-cms.js')).toThrow(/has 2 copies of/);
  });
});

describe("the editor's policy", () => {
  const directives = new Map(
    EDITOR_POLICY.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
  );

  it("runs script only from the site, and reaches no origin but GitHub's API and avatars", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe("the editor's configuration", () => {
  const config = parse(readFileSync(join(ROOT, CONFIG_PATH), 'utf8')) as Record<string, unknown>;
  const widgets = new Set([...JSON.stringify(config).matchAll(/"widget":"([^"]+)"/g)].map((match) => match[1]));

  it('keeps off the features whose modules are not installed', () => {
    expect(widgets).not.toContain('map');
    expect(widgets).not.toContain('code');
    expect(config).not.toHaveProperty('i18n');
    expect(config['media_libraries']).toEqual({ stock_assets: false });
    expect(JSON.stringify(config)).not.toMatch(/transformations|media_library"/);
  });
});
