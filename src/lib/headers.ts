/** A Content-Security-Policy: no inline script or style, nothing from other origins. */
export function contentSecurityPolicy({ wasm }: { wasm: boolean }): string {
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine, and the unlock page its key derivation
    // (Argon2id); only the pages that search or unlock may do that.
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
 * reader content, so it gets its own, wider policy, and no search engine may index it. Its script,
 * fonts, translations and modules all come from the site (scripts/lib/cms/self-host.ts); the GitHub
 * backend needs only the API (REST and GraphQL, files as blobs) and the users' avatars. It signs in
 * through a pop-up window, which no directive here governs (`auth_type: pkce` would also fetch
 * its token from https://github.com). `data:` and `blob:` are the editor's own previews of files
 * it holds in memory.
 */
export const EDITOR_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' data: blob: https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Folders that run WebAssembly: the search pages, the internal section (Pagefind, and the unlock
 * page's Argon2id, which without it falls back to JavaScript five to ten times slower) and
 * Pagefind's worker.
 */
const SEARCHING = new Set(['cari', 'internal', 'pagefind']);

/** Directives a browser ignores in a `<meta>` policy (CSP Level 3, 6.4.1): headers only. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The Content-Security-Policy of a URL path, as `_headers` sends it (`header`) or as a page carries
 * it in `<meta http-equiv>` (`meta`: the same policy without the directives meta ignores), so a
 * host that sends no headers still blocks injected script. The policy depends on the path's
 * top-level folder, as the rules of `_headers` do.
 * @example policyFor('/cari/', 'meta') // script-src 'self' 'wasm-unsafe-eval', no frame-ancestors
 */
export function policyFor(path: string, delivery: 'header' | 'meta' = 'header'): string {
  const top = /^\/([^/]+)\//.exec(path)?.[1] ?? '';
  const policy = top === 'admin' ? EDITOR_POLICY : contentSecurityPolicy({ wasm: SEARCHING.has(top) });
  if (delivery === 'header') return policy;
  return policy
    .split('; ')
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0] ?? ''))
    .join('; ');
}

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** What the vault's worker sends with every response it makes: never stored, indexed or referred. */
export const PRIVATE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Headers of every document under /internal/, from the host (`_headers`) or the vault's worker: the
 * section's policy, whose `frame-ancestors 'none'` (which a `<meta>` policy cannot say) keeps even
 * the site's own pages from framing it, and `Cross-Origin-Opener-Policy`, which cuts the handle of
 * a public page that opened it with `window.open` (public pages send none, so the browser puts the
 * internal page in a group of its own).
 */
export const INTERNAL_DOCUMENT_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policyFor('/internal/'),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Where the internal section serves meetings' attachments. */
export const ATTACHMENT_PATH = '/internal/lampiran/';

/** Policy of an attachment: a sandboxed document that may load nothing, so no script runs on the site's origin. */
export const ATTACHMENT_POLICY = "default-src 'none'; sandbox";

/**
 * Headers the vault's worker adds to a decrypted file that is not a page (the host's headers never
 * reach it). `nosniff` holds the browser to the declared type. An attachment also gets a sandboxed
 * policy, and one the browser would not show itself (not a picture or PDF) is downloaded, so even a
 * file that slipped past the content check cannot run script beside the unlocked section.
 * Pagefind's files get no policy: a policy on a worker's script binds the worker itself.
 * @example internalFileHeaders('/internal/lampiran/rapat/notulen.pdf', 'application/pdf')
 */
export function internalFileHeaders(path: string, type: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (!path.startsWith(ATTACHMENT_PATH)) return headers;
  headers['Content-Security-Policy'] = ATTACHMENT_POLICY;
  if (!/^(image\/|application\/pdf$)/.test(type)) headers['Content-Disposition'] = 'attachment';
  return headers;
}

/** Cache-Control of files whose names change with their content: kept for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

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
    const pattern = folder ? `/${name}/*` : name === 'index.html' ? '/' : `/${name}`;
    const headers: Record<string, string> = { 'Content-Security-Policy': policyFor(pattern) };
    if (folder && name === 'admin') headers['X-Robots-Tag'] = 'noindex, nofollow';
    // The internal section is never indexed, never cached by shared caches, never referred.
    if (folder && name === 'internal')
      Object.assign(headers, {
        'X-Robots-Tag': 'noindex, nofollow',
        'Cache-Control': 'no-cache',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': INTERNAL_DOCUMENT_HEADERS['Cross-Origin-Opener-Policy'],
      });
    // Scripts and styles with a content hash in their names: a new build gives them new names.
    if (folder && name === '_astro') headers['Cache-Control'] = IMMUTABLE;
    rules.push(block(pattern, headers));
  }
  if (entries.some((entry) => entry.name === 'index.html'))
    rules.push(block('/index.html', { 'Content-Security-Policy': policyFor('/index.html') }));
  return `# Written by the build (src/lib/headers.ts) for Netlify and Cloudflare Pages.\n${rules.join('\n\n')}\n`;
}
