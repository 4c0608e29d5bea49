import { describe, expect, it } from 'vitest';
import {
  EDITOR_POLICY,
  HEADER_ONLY_DIRECTIVES,
  contentSecurityPolicy,
  headersFile,
  INTERNAL_DOCUMENT_HEADERS,
  internalFileHeaders,
  policyFor,
} from '../../src/lib/headers.ts';

const SITE = [
  ...['_astro', 'admin', 'cari', 'internal', 'kegiatan', 'pagefind', 'siaran-pers'].map((name) => ({
    name,
    folder: true,
  })),
  ...['404.html', 'favicon.svg', 'index.html', 'rss.xml'].map((name) => ({ name, folder: false })),
];

/** The Content-Security-Policy of each rule of a `_headers` file, by pattern. */
function policiesOf(file: string): Map<string, string> {
  const policies = new Map<string, string>();
  for (const block of file.split('\n\n')) {
    const [pattern, ...lines] = block.split('\n').filter((line) => !line.startsWith('#'));
    const csp = lines.find((line) => line.trim().startsWith('Content-Security-Policy:'));
    if (pattern && csp) policies.set(pattern, csp.slice(csp.indexOf(':') + 1).trim());
  }
  return policies;
}

/** A path that a `_headers` pattern covers. */
const pathUnder = (pattern: string) => pattern.replace(/\*$/, 'contoh/index.html');

const directives = (policy: string) => policy.split('; ');

describe('policyFor', () => {
  it('gives every path the policy that its rule in _headers sends', () => {
    const policies = policiesOf(headersFile(SITE));
    expect(policies.size).toBe(SITE.length + 1); // one rule per entry, and /index.html
    for (const [pattern, policy] of policies) expect(policyFor(pathUnder(pattern)), pattern).toBe(policy);
  });

  it("lets only the search pages, the internal section (search, and the unlock page's Argon2id) and Pagefind compile WebAssembly, and gives the editor its own", () => {
    for (const path of ['/cari/', '/internal/', '/internal/rapat/x/', '/pagefind/pagefind.js'])
      expect(policyFor(path), path).toBe(contentSecurityPolicy({ wasm: true }));
    for (const path of ['/', '/404.html', '/kegiatan/', '/siaran-pers/x/', '/_astro/a.js', '/cari.html'])
      expect(policyFor(path), path).toBe(contentSecurityPolicy({ wasm: false }));
    expect(policyFor('/admin/')).toBe(EDITOR_POLICY);
  });

  it('puts the header policy in a page without the directives that browsers ignore in <meta>', () => {
    for (const path of ['/', '/cari/', '/internal/rapat/x/', '/admin/', '/404.html']) {
      const header = directives(policyFor(path, 'header'));
      const meta = directives(policyFor(path, 'meta'));
      expect(
        header.some((directive) => directive.startsWith('frame-ancestors ')),
        path,
      ).toBe(true);
      expect(meta, path).toEqual(
        header.filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0] ?? '')),
      );
      expect(
        meta.map((directive) => directive.split(' ')[0]).filter((name) => HEADER_ONLY_DIRECTIVES.has(name ?? '')),
        path,
      ).toEqual([]);
      expect(meta.length, path).toBe(header.length - 1);
    }
  });
});

describe('the internal section in _headers', () => {
  it('sends every document header that the vault worker sends, cutting the opener of a public page too', () => {
    const rule = headersFile(SITE)
      .split('\n\n')
      .find((block) => block.startsWith('/internal/*\n'));
    for (const [name, value] of Object.entries(INTERNAL_DOCUMENT_HEADERS)) {
      const sent = name === 'X-Frame-Options' ? headersFile(SITE).split('\n\n')[0] : rule;
      expect(sent, name).toContain(`  ${name}: ${value}`);
    }
  });
});

describe('internalFileHeaders', () => {
  it('holds every decrypted file to its declared type', () => {
    for (const [path, type] of [
      ['/internal/pagefind/pagefind-worker.js', 'text/javascript; charset=utf-8'],
      ['/internal/pagefind/wasm.unknown.pagefind', 'application/wasm'],
      ['/internal/lampiran/rapat/daftar-hadir.pdf', 'application/pdf'],
    ] as const)
      expect(internalFileHeaders(path, type), path).toMatchObject({
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
      });
  });

  it('makes an attachment a sandboxed document that may load nothing', () => {
    expect(internalFileHeaders('/internal/lampiran/rapat/foto.png', 'image/png')).toEqual({
      'Content-Type': 'image/png',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  it('downloads an attachment that the browser would not show itself', () => {
    expect(internalFileHeaders('/internal/lampiran/rapat/notulen.docx', 'application/octet-stream')).toMatchObject({
      'Content-Disposition': 'attachment',
    });
    expect(internalFileHeaders('/internal/lampiran/rapat/notulen.pdf', 'application/pdf')).not.toHaveProperty(
      'Content-Disposition',
    );
  });

  // A policy on a worker's script binds the worker itself, and would stop internal search.
  it("gives Pagefind's files no policy", () => {
    expect(internalFileHeaders('/internal/pagefind/pagefind-worker.js', 'text/javascript')).not.toHaveProperty(
      'Content-Security-Policy',
    );
  });
});
