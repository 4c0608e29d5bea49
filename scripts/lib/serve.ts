// A static host for `npm start`, browser tests and benchmarks: serves a built folder on loopback the
// way Pages or Netlify would (directory index, 404.html for unknown paths, gzip for text and WebAssembly),
// so tests see what readers see and measured transfer sizes are what readers download.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

function fileFor(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isFile()) return path;
  if (stat?.isDirectory() && statSync(join(path, 'index.html'), { throwIfNoEntry: false })?.isFile())
    return join(path, 'index.html');
  return undefined;
}

/** The rules of a `_headers` file (Netlify, Cloudflare Pages): path pattern and headers. */
export function readHeaderRules(root: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  let text = '';
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return rules;
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Headers of every matching rule, added up as those hosts do (repeated names joined by commas). */
export function headersFor(rules: ReturnType<typeof readHeaderRules>, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, headers: pairs } of rules) {
    const matches = pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (!matches) continue;
    for (const [name, value] of pairs) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/**
 * Serves `root` on loopback, on `port` (default: a free one); returns its base URL, a close
 * function and the body bytes last sent for each path (as compressed on the wire: Chromium reports
 * no body size for a worker's script).
 */
export async function serve(
  root: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void>; sent: Map<string, number> }> {
  const rules = readHeaderRules(root);
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = fileFor(root, pathname);
    const path = found ?? join(root, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Pagefind's index files are gzip already; hosts compress the rest on the fly.
    const gzip =
      /gzip/.test(String(request.headers['accept-encoding'])) &&
      (COMPRESSIBLE.test(type) || path.endsWith('.pagefind'));
    // Browsers ignore upgrade-insecure-requests and HSTS on http://127.0.0.1, so the policy applies as deployed.
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, pathname),
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const file = createReadStream(path);
    const body = gzip ? file.pipe(createGzip()) : file;
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length)).on('end', () => sent.set(pathname, bytes));
    body.pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // e.g. the port is taken
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
