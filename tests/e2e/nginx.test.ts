// Serves the built fixture site with deploy/nginx.conf in a real nginx on loopback (TLS and HTTP/2,
// as in production) and checks each response against dist/_headers, which tells Netlify and
// Cloudflare Pages what to send.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect, type ClientHttp2Session } from 'node:http2';
import { createConnection, createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { ROOT, TMP } from '../support/site.ts';

const NGINX = '/usr/sbin/nginx';
const HOST = 'warta.example.org';
/** What Netlify and Cloudflare Pages send where `_headers` sets no Cache-Control. */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const absent = [...(existsSync(NGINX) ? [] : [NGINX]), ...(hasOpenssl ? [] : ['openssl'])];
// In CI the recipe must be tested: there a missing nginx fails (in beforeAll), it is not skipped.
const skip = absent.length > 0 && process.env['CI'] !== 'true';
if (skip) console.warn(`nginx recipe not tested: ${absent.join(' and ')} missing (apt-get install nginx openssl)`);

/** Replaces exactly what the test must change in the recipe, and fails if the recipe changed shape. */
function adapt(recipe: string, edits: [RegExp, string][]): string {
  return edits.reduce((text, [pattern, replacement]) => {
    if (text.search(pattern) === -1) throw new Error(`deploy/nginx.conf no longer has ${pattern}: update this test`);
    return text.replace(pattern, replacement);
  }, recipe);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Resolves once the port accepts connections; rejects if nginx exits first. */
async function listening(port: number, nginx: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((done) =>
      createConnection(port, '127.0.0.1')
        .once('connect', function (this: { end(): void }) {
          this.end();
          done(true);
        })
        .once('error', () => done(false)),
    );
    if (open) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

describe.skipIf(skip)('deploy/nginx.conf in nginx, serving the built site', () => {
  const dist = inject('siteDir');
  const dir = join(TMP, 'nginx');
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const names = [...new Set(rules.flatMap(([, headers]) => Object.keys(headers)))];
  let nginx: ChildProcess;
  let session: ClientHttp2Session;
  let httpPort: number;

  beforeAll(async () => {
    if (absent.length > 0) throw new Error(`${absent.join(' and ')} missing: .ci/run installs them`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    const made = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', key, '-out', cert,
    ], { encoding: 'utf8' }); // prettier-ignore
    if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`);
    httpPort = await freePort();
    const httpsPort = await freePort();
    const server = adapt(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), [
      [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${httpPort};`],
      [/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${httpsPort} ssl http2;`],
      [/^\s*listen \[::\]:\d+.*\n/gm, ''],
      [/^(\s*)ssl_certificate\s+\S+;$/m, `$1ssl_certificate ${cert};`],
      [/^(\s*)ssl_certificate_key\s+\S+;$/m, `$1ssl_certificate_key ${key};`],
      [/^(\s*)root \S+;$/m, `$1root ${dist};`],
    ]);
    writeFileSync(join(dir, 'warta.conf'), server);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `${kind}_temp_path ${dir}/${kind};`,
    );
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        // As root, nginx would hand the requests to www-data, who may not read the checkout.
        ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log warn;`,
        'events { worker_connections 64; }',
        `http { access_log off; ${temp.join(' ')} include ${dir}/warta.conf; }`,
      ].join('\n'),
    );
    let output = '';
    nginx = spawn(
      NGINX,
      ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    nginx.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const log = () =>
      `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
    await listening(httpsPort, nginx, log);
    await listening(httpPort, nginx, log);
    session = connect(`https://127.0.0.1:${httpsPort}`, { ca: readFileSync(cert), servername: HOST });
  });

  afterAll(async () => {
    session?.close();
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((done) => nginx.once('exit', done));
      nginx.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  /** One GET over HTTP/2, as a browser sends it. */
  const fetchPath = (path: string) =>
    new Promise<{ status: number; headers: Record<string, string>; body: string }>((done, fail) => {
      const request = session.request({ ':path': path, ':authority': HOST });
      let body = '';
      let head: Record<string, unknown> = {};
      request.setEncoding('utf8');
      request.on('response', (headers) => (head = headers));
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () =>
        done({
          status: Number(head[':status']),
          headers: Object.fromEntries(Object.entries(head).map(([name, value]) => [name, String(value)])),
          body,
        }),
      );
      request.on('error', fail);
      request.end();
    });

  const release = readdirSync(join(dist, 'siaran-pers'), { withFileTypes: true }).find((entry) =>
    /^\d{4}-\d{2}-\d{2}-/.test(entry.name),
  );
  const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.css') || name.endsWith('.js'));
  const cases: [string, string, number][] = [
    ['the home page', '/', 200],
    ['a release', `/siaran-pers/${release?.name}/`, 200],
    ['the search page', '/cari/', 200],
    ['the public search index', '/pagefind/pagefind-entry.json', 200],
    ['a script or style with a hashed name', `/_astro/${asset}`, 200],
    ['the internal section', '/internal/', 200],
    ['the keyring', '/internal/keyring.json', 200],
    ['the web editor', '/admin/', 200],
    ['a missing page', '/tidak-ada/', 404],
    ['a missing page under /internal/', '/internal/rapat/tidak-ada/', 404],
    ['_headers itself', '/_headers', 404],
  ];

  it.each(cases)('answers %s (%s) with %i and the headers of dist/_headers', async (_, path, status) => {
    const response = await fetchPath(path);
    expect(response.status, path).toBe(status);
    const expected = headersFor(rules, path);
    // _headers has no policy for an unknown top-level path, so Netlify and Cloudflare Pages send
    // the 404 page there without one; nginx sends the 404 page's own, which is stricter.
    if (status === 404)
      expected['Content-Security-Policy'] ??= headersFor(rules, '/404.html')['Content-Security-Policy'] ?? '';
    for (const name of new Set([...names, 'Cache-Control'])) {
      const want = expected[name] ?? (name === 'Cache-Control' ? HOST_DEFAULT_CACHE : undefined);
      expect(response.headers[name.toLowerCase()], `${path}: ${name}`).toBe(want);
    }
    if (status === 404) expect(response.body).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
  });

  it('sends a missing page under /internal/ what it sends the internal section, not the public headers', async () => {
    const response = await fetchPath('/internal/rapat/tidak-ada/');
    expect(response.headers).toMatchObject({
      'x-robots-tag': 'noindex, nofollow',
      'cache-control': 'no-cache',
      'referrer-policy': 'no-referrer',
    });
  });

  it('starts without a warning on this nginx (Debian 12 ships 1.22; `listen … http2` warns from 1.25.1)', () => {
    expect(readFileSync(join(dir, 'error.log'), 'utf8')).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const response = await new Promise<{ status: number | undefined; location: string | undefined }>((done, fail) =>
      get({ host: '127.0.0.1', port: httpPort, path: '/cari/?q=wna', headers: { host: HOST } }, (answer) => {
        answer.resume();
        done({ status: answer.statusCode, location: answer.headers.location });
      }).on('error', fail),
    );
    expect(response).toEqual({ status: 301, location: `https://${HOST}/cari/?q=wna` });
  });
});
