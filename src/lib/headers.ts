/** A Content-Security-Policy: no inline script or style, nothing from other origins. */
export function contentSecurityPolicy({ wasm }: { wasm: boolean }): string {
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine; only pages that search may do that.
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The web editor (Sveltia CMS at /admin/) talks to GitHub and styles itself inline; it holds no
 * reader content, so it gets its own, wider policy, and no search engine may index it.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self' https://cdn.jsdelivr.net",
  "connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com https://unpkg.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Cache-Control of files whose names change with their content: kept for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Folders that run Pagefind's WebAssembly: the search pages, the internal section, and Pagefind's worker. */
const SEARCHING = new Set(['cari', 'internal', 'pagefind']);

/**
 * The `_headers` file read by Netlify and Cloudflare Pages. Hosts add up the headers of every
 * rule that matches, so each Content-Security-Policy rule covers one top-level entry of the site
 * and no two overlap; the common headers hang off `/*`.
 * @param entries top-level files and folders of the built site, e.g. ["index.html", "cari", "internal"]
 */
export function headersFile(entries: readonly { name: string; folder: boolean }[]): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [block('/*', COMMON_HEADERS)];
  for (const { name, folder } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === '_headers') continue;
    const csp = { 'Content-Security-Policy': contentSecurityPolicy({ wasm: folder && SEARCHING.has(name) }) };
    if (!folder) rules.push(block(name === 'index.html' ? '/' : `/${name}`, csp));
    else if (name === 'admin') {
      rules.push(block('/admin/*', { 'Content-Security-Policy': EDITOR_POLICY, 'X-Robots-Tag': 'noindex, nofollow' }));
    } else if (name === 'internal') {
      // Never indexed, never cached by shared caches, never referred.
      rules.push(
        block('/internal/*', {
          ...csp,
          'X-Robots-Tag': 'noindex, nofollow',
          'Cache-Control': 'no-cache',
          'Referrer-Policy': 'no-referrer',
        }),
      );
    } else if (name === '_astro') {
      // Scripts and styles with a content hash in their names: a new build gives them new names.
      rules.push(block('/_astro/*', { ...csp, 'Cache-Control': IMMUTABLE }));
    } else rules.push(block(`/${name}/*`, csp));
  }
  if (entries.some((entry) => entry.name === 'index.html'))
    rules.push(block('/index.html', { 'Content-Security-Policy': contentSecurityPolicy({ wasm: false }) }));
  return `# Written by the build (src/lib/headers.ts) for Netlify and Cloudflare Pages.\n${rules.join('\n\n')}\n`;
}
