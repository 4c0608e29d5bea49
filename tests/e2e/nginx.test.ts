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
import type { Browser, Response } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { buildSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';

const NGINX = '/usr/sbin/nginx';
const HOST = 'warta.example.org';
const INTERNAL_HOST = 'intern.warta.example.org';
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
    if (text.search(pattern) === -1) throw new Error(`the nginx recipe no longer has ${pattern}: update this test`);
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

/** A self-signed certificate for `host`, written to `dir`. */
function certificate(dir: string, host: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-keyout', key, '-out', cert,
  ], { encoding: 'utf8' }); // prettier-ignore
  if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`);
  return { cert, key };
}

/** A recipe moved to loopback ports, the test's certificate and a built site. */
function onLoopback(
  recipe: string,
  {
    httpPort,
    httpsPort,
    cert,
    key,
    root,
  }: { httpPort: number; httpsPort: number; cert: string; key: string; root: string },
): string {
  return adapt(recipe, [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${httpPort};`],
    [/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${httpsPort} ssl http2;`],
    [/^\s*listen \[::\]:\d+.*\n/gm, ''],
    [/^(\s*)ssl_certificate\s+\S+;$/m, `$1ssl_certificate ${cert};`],
    [/^(\s*)ssl_certificate_key\s+\S+;$/m, `$1ssl_certificate_key ${key};`],
    [/^(\s*)root \S+;$/m, `$1root ${root};`],
  ]);
}

/** Runs nginx in `dir` with `server` as its only site, once it listens on every one of `ports`. */
async function startNginx(dir: string, server: string, ports: number[]): Promise<ChildProcess> {
  writeFileSync(join(dir, 'warta.conf'), server);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`);
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
  const nginx = spawn(
    NGINX,
    ['-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  nginx.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () =>
    `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  for (const port of ports) await listening(port, nginx, log);
  return nginx;
}

async function stopNginx(nginx: ChildProcess | undefined): Promise<void> {
  if (!nginx || nginx.exitCode !== null) return;
  const exited = new Promise((done) => nginx.once('exit', done));
  nginx.kill('SIGQUIT');
  await exited;
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
    const { cert, key } = certificate(dir, HOST);
    httpPort = await freePort();
    const httpsPort = await freePort();
    const server = onLoopback(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), {
      httpPort,
      httpsPort,
      cert,
      key,
      root: dist,
    });
    nginx = await startNginx(dir, server, [httpsPort, httpPort]);
    session = connect(`https://127.0.0.1:${httpsPort}`, { ca: readFileSync(cert), servername: HOST });
  });

  afterAll(async () => {
    session?.close();
    await stopNginx(nginx);
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

describe.skipIf(skip)("deploy/nginx-internal.conf in nginx, serving a split build's internal site to Chromium", () => {
  const dir = join(TMP, 'nginx-internal');
  const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
  /** Text of the minutes only: on screen once the page is decrypted. */
  const MINUTES = 'PENANDA-NOTULEN-1';
  let nginx: ChildProcess | undefined;
  let browser: Browser | undefined;
  let origin: string;
  let rules: [string, Record<string, string>][];

  beforeAll(async () => {
    if (absent.length > 0) throw new Error(`${absent.join(' and ')} missing: .ci/run installs them`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { cert, key } = certificate(dir, INTERNAL_HOST);
    const httpPort = await freePort();
    const httpsPort = await freePort();
    origin = `https://${INTERNAL_HOST}:${httpsPort}`;
    const built = buildSite('e2e-nginx-split', join(ROOT, 'tests/fixtures/valid'), '2026-06-01T00:00:00+07:00', {
      SITE_URL: `https://${HOST}`,
      INTERNAL_URL: origin,
    });
    if (built.status !== 0) throw new Error(`the split fixture did not build:\n${built.output}`);
    const root = `${built.outDir}-internal`;
    rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
    const recipe = readFileSync(join(ROOT, 'deploy/nginx-internal.conf'), 'utf8');
    nginx = await startNginx(dir, onLoopback(recipe, { httpPort, httpsPort, cert, key, root }), [httpsPort, httpPort]);
    // The host name on loopback; the certificate is the test's own, which a service worker accepts
    // only when Chromium ignores certificate errors altogether.
    browser = await launchBrowser([
      `--host-resolver-rules=MAP ${INTERNAL_HOST} 127.0.0.1`,
      '--ignore-certificate-errors',
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopNginx(nginx);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the unlock page, then a decrypted page, every answer with the headers of dist-internal/_headers', async () => {
    const context = await (browser as Browser).newContext();
    const page = await context.newPage();
    const fromNginx: Response[] = [];
    const violations: string[] = [];
    page.on('response', (response) => void (response.fromServiceWorker() || fromNginx.push(response)));
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}${RAKOR}`);
    await page.waitForURL(/\/internal\/\?alasan=masuk/);
    await page.fill('#sandi', TEST_PASSWORDS[0]?.password ?? '');
    await page.click('form[data-unlock] button');
    await page.waitForURL(`${origin}${RAKOR}`);
    await expect.poll(() => page.content(), { timeout: 20_000 }).toContain(MINUTES);
    expect(violations).toEqual([]);

    const answered = new Map<string, Record<string, string>>();
    for (const response of fromNginx) {
      const url = new URL(response.url());
      if (url.origin === origin && response.status() === 200) answered.set(url.pathname, await response.allHeaders());
    }
    expect([...answered.keys()]).toContain('/internal/');
    expect([...answered.keys()].some((path) => path.startsWith('/_astro/'))).toBe(true);
    const names = [...new Set([...rules.flatMap(([, headers]) => Object.keys(headers)), 'X-Robots-Tag'])];
    for (const [path, headers] of answered) {
      // The recipe adds noindex to every address of the internal host, as its comment says.
      const expected: Record<string, string> = { ...headersFor(rules, path), 'X-Robots-Tag': 'noindex, nofollow' };
      for (const name of new Set([...names, 'Cache-Control'])) {
        const want = expected[name] ?? (name === 'Cache-Control' ? HOST_DEFAULT_CACHE : undefined);
        expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(want);
      }
    }
    await context.close();
  });
});
