// A static host for browser tests and benchmarks: serves a built folder on loopback the way Pages
// or Netlify would (directory index, 404.html for unknown paths, gzip for text and WebAssembly),
// so tests see what readers see and measured transfer sizes are what readers download.
import { createReadStream, statSync } from 'node:fs';
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

/** Serves `root` on a free loopback port; returns its base URL and a close function. */
export async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = fileFor(root, pathname);
    const path = found ?? join(root, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Pagefind's index files are gzip already; hosts compress the rest on the fly.
    const gzip =
      /gzip/.test(String(request.headers['accept-encoding'])) &&
      (COMPRESSIBLE.test(type) || path.endsWith('.pagefind'));
    response.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = createReadStream(path);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
