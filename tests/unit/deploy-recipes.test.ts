import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, EDITOR_POLICY, IMMUTABLE, contentSecurityPolicy, headersFile } from '../../src/lib/headers.ts';
import { parseHeadersFile } from '../support/headers-file.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// ---- deploy/nginx.conf, read just enough to compare it with dist/_headers ----

interface Location {
  exact: boolean;
  path: string;
  body: string;
  headers: Map<string, { value: string; always: boolean }>;
}

const nginx = read('deploy/nginx.conf')
  .split('\n')
  .filter((line) => !/^\s*#/.test(line))
  .join('\n');

const locations: Location[] = [...nginx.matchAll(/location\s+(=\s*)?(\S+)\s*\{([^{}]*)\}/g)].map((match) => {
  const body = match[3] ?? '';
  const headers = new Map<string, { value: string; always: boolean }>();
  for (const header of body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"(\s+always)?\s*;/g)) {
    const name = header[1] ?? '';
    if (headers.has(name)) throw new Error(`deploy/nginx.conf: ${name} twice in location ${match[2]}`);
    headers.set(name, { value: header[2] ?? '', always: header[3] !== undefined });
  }
  return { exact: match[1] !== undefined, path: match[2] ?? '', body, headers };
});

/** Locations that serve the site's files (not the named 404 location, not the exact ones that refuse). */
const serving = locations.filter((location) => !location.exact && !location.path.startsWith('@'));
const named = (name: string) => {
  const found = locations.find((location) => location.path === name);
  if (!found) throw new Error(`deploy/nginx.conf: no location ${name}`);
  return found;
};

/** The location nginx picks for a path: an exact match, else the longest prefix (no regex locations here). */
function locationFor(path: string): Location {
  const exact = locations.find((location) => location.exact && location.path === path);
  const prefixes = serving
    .filter((location) => path.startsWith(location.path))
    .sort((a, b) => b.path.length - a.path.length);
  const found = exact ?? prefixes[0];
  if (!found) throw new Error(`deploy/nginx.conf: no location serves ${path}`);
  return found;
}

const headersOf = (path: string) =>
  Object.fromEntries([...locationFor(path).headers].map(([name, { value }]) => [name, value]));

// ---- dist/_headers, as the build writes it for a site with every kind of top-level entry ----

const SITE = [
  ...['_astro', 'admin', 'cari', 'instansi', 'internal', 'kegiatan', 'pagefind', 'siaran-pers', 'wilayah'].map(
    (name) => ({ name, folder: true }),
  ),
  ...['404.html', 'favicon.svg', 'index.html', 'robots.txt', 'rss.xml', 'sitemap-0.xml', 'sitemap-index.xml'].map(
    (name) => ({ name, folder: false }),
  ),
];

const rules = new Map(parseHeadersFile(headersFile(SITE)));
const samplePath = (pattern: string) => pattern.replace(/\*$/, 'contoh/index.html');

describe('deploy/nginx.conf', () => {
  it('has a location for every kind of path', () => {
    expect(serving.map((location) => location.path).sort()).toEqual(
      ['/', '/_astro/', '/admin/', '/cari/', '/internal/', '/pagefind/'].sort(),
    );
    expect(nginx).not.toMatch(/location\s+~/);
  });

  it('does not serve _headers, which Netlify and Cloudflare Pages do not serve either', () => {
    const refuse = locationFor('/_headers');
    expect(refuse.exact).toBe(true);
    expect(refuse.body.trim()).toBe('return 404;');
  });

  it("answers a missing page under /internal/ with the 404 page and the internal section's headers", () => {
    const internal = locationFor('/internal/rapat/contoh/');
    expect(internal.body).toMatch(/^\s*error_page 404 @internal_not_found;/m);
    const notFound = named('@internal_not_found');
    expect(notFound.body).toMatch(/^\s*try_files \/404\.html =404;/m);
    expect(notFound.headers).toEqual(internal.headers);
  });

  it('sends the Content-Security-Policy that src/lib/headers.ts generates, per path', () => {
    const strict = contentSecurityPolicy({ wasm: false });
    const searching = contentSecurityPolicy({ wasm: true });
    expect(headersOf('/')['Content-Security-Policy']).toBe(strict);
    expect(headersOf('/siaran-pers/2024-11-23-judul/')['Content-Security-Policy']).toBe(strict);
    expect(headersOf('/404.html')['Content-Security-Policy']).toBe(strict);
    expect(headersOf('/_astro/Base.css')['Content-Security-Policy']).toBe(strict);
    for (const path of ['/cari/', '/internal/', '/pagefind/pagefind.js'])
      expect(headersOf(path)['Content-Security-Policy'], path).toBe(searching);
    expect(headersOf('/admin/')['Content-Security-Policy']).toBe(EDITOR_POLICY);
    const wasm = locations.filter((location) => location.body.includes('wasm-unsafe-eval'));
    expect(wasm.map((location) => location.path).sort()).toEqual([
      '/cari/',
      '/internal/',
      '/pagefind/',
      '@internal_not_found',
    ]);
  });

  it('sends every header of dist/_headers on the path it covers', () => {
    const common = rules.get('/*');
    expect(common).toEqual(COMMON_HEADERS);
    for (const [pattern, headers] of rules) {
      if (pattern === '/*') continue;
      const path = samplePath(pattern);
      expect(headersOf(path), `${pattern} (served as ${path})`).toMatchObject({ ...common, ...headers });
    }
  });

  it('sends the common headers everywhere, even on error pages', () => {
    for (const location of [...serving, named('@internal_not_found')]) {
      for (const [name, value] of Object.entries(COMMON_HEADERS)) {
        const sent = location.headers.get(name);
        const internal = ['/internal/', '@internal_not_found'].includes(location.path);
        if (internal && name === 'Referrer-Policy') expect(sent?.value).toBe('no-referrer');
        else expect(sent?.value, `${location.path}: ${name}`).toBe(value);
      }
      for (const [name, { always }] of location.headers) expect(always, `${location.path}: ${name}`).toBe(true);
    }
  });

  it('keeps the internal section and the editor out of search engines and shared caches', () => {
    expect(headersOf('/internal/keyring.json')).toMatchObject({
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': 'no-cache',
      'Referrer-Policy': 'no-referrer',
    });
    expect(headersOf('/admin/')['X-Robots-Tag']).toBe('noindex, nofollow');
    for (const path of ['/', '/cari/', '/kegiatan/']) expect(headersOf(path)['X-Robots-Tag'], path).toBeUndefined();
  });

  it('caches hashed assets for a year, as _headers does, and revalidates everything else', () => {
    expect(rules.get('/_astro/*')?.['Cache-Control']).toBe(IMMUTABLE);
    expect(headersOf('/_astro/Base.css')['Cache-Control']).toBe(IMMUTABLE);
    for (const path of ['/', '/siaran-pers/', '/cari/', '/pagefind/pagefind-entry.json', '/admin/'])
      expect(headersOf(path)['Cache-Control'], path).toMatch(/max-age=0\b|no-cache/);
  });

  it('serves files as they are, with the 404 page for anything else', () => {
    for (const location of serving) expect(location.body, location.path).toContain('try_files $uri $uri/ =404;');
    expect(nginx).toMatch(/^\s*error_page 404 \/404\.html;/m);
  });

  it('compresses text and scripts, and types Pagefind files', () => {
    expect(nginx).toMatch(/^\s*gzip on;/m);
    const gzipTypes = /^\s*gzip_types ([^;]+);/m.exec(nginx)?.[1]?.split(/\s+/) ?? [];
    for (const type of ['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'application/xml'])
      expect(gzipTypes).toContain(type);
    expect(nginx).toMatch(/include \S*mime\.types;/);
    expect(nginx).toMatch(/^\s*application\/wasm pagefind;/m);
    expect(nginx).toMatch(/^\s*application\/octet-stream pf_meta pf_index pf_fragment pf_filter;/m);
  });
});

describe('netlify.toml', () => {
  const config = parseToml(read('netlify.toml')) as {
    build?: { command?: string; publish?: string; environment?: Record<string, string> };
    headers?: unknown;
  };

  it('builds with npm run build, publishes dist and refuses the development password', () => {
    expect(config.build?.command).toBe('npm run build');
    expect(config.build?.publish).toBe('dist');
    expect(config.build?.environment?.['CI']).toBe('true');
    expect(Number(config.build?.environment?.['NODE_VERSION'])).toBeGreaterThanOrEqual(20);
  });

  it('leaves headers to dist/_headers and passwords to the Netlify UI', () => {
    expect(config.headers).toBeUndefined();
    expect(Object.keys(config.build?.environment ?? {})).not.toContain('WARTA_PASSWORDS');
    expect(Object.keys(config.build?.environment ?? {})).not.toContain('WARTA_VAULT');
  });
});

describe('deploy/cloudflare-pages.md', () => {
  it('names the build command, the output folder and the secret', () => {
    const notes = read('deploy/cloudflare-pages.md');
    for (const text of ['`npm run build`', '`dist`', '`WARTA_PASSWORDS`', '`CI`', '_headers'])
      expect(notes).toContain(text);
  });
});

describe('deploy/nginx-internal.conf, the internal site of a split build', () => {
  const text = read('deploy/nginx-internal.conf')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
  const found = [...text.matchAll(/location\s+(=\s*)?(\S+)\s*\{([^{}]*)\}/g)].map((match) => ({
    exact: match[1] !== undefined,
    path: match[2] ?? '',
    headers: Object.fromEntries(
      [...(match[3] ?? '').matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always\s*;/g)].map((header) => [
        header[1],
        header[2],
      ]),
    ),
  }));
  const headersAt = (path: string) =>
    found
      .filter((location) => !location.exact && !location.path.startsWith('@') && path.startsWith(location.path))
      .sort((a, b) => b.path.length - a.path.length)[0]?.headers ?? {};
  const INTERNAL_SITE = [
    ...['_astro', 'internal'].map((name) => ({ name, folder: true })),
    ...['404.html', 'favicon.svg', 'index.html', 'robots.txt'].map((name) => ({ name, folder: false })),
  ];
  const internalRules = new Map(parseHeadersFile(headersFile(INTERNAL_SITE)));

  it('sends every header of dist-internal/_headers on the path it covers, and noindex everywhere', () => {
    for (const [pattern, headers] of internalRules) {
      if (pattern === '/*') continue;
      const path = samplePath(pattern);
      expect(headersAt(path), `${pattern} (served as ${path})`).toMatchObject({
        ...internalRules.get('/*'),
        ...headers,
      });
      expect(headersAt(path)['X-Robots-Tag'], path).toBe('noindex, nofollow');
    }
  });

  it('keeps the 404 page under /internal/ with the headers of the section, and does not serve _headers', () => {
    const notFound = found.find((location) => location.path === '@internal_not_found');
    expect(notFound?.headers).toEqual(headersAt('/internal/'));
    expect(found.some((location) => location.exact && location.path === '/_headers')).toBe(true);
    expect(text).toMatch(/^\s*error_page 404 \/404\.html;/m);
  });
});
