/// <reference lib="webworker" />
// Service worker of the internal section: decrypts each request under /internal/ with the
// session's non-extractable keys, so pages, links, the back button and Pagefind work as usual.
// It answers only the section's own top-level pages and workers, and top-level navigations.
import {
  assertKeyring,
  BLOB_DIR,
  blobName,
  blobUrl,
  canonicalPath,
  openBlob,
  type LevelKeys,
  type SessionKeys,
} from '../lib/vault/format.ts';
import { AGGREGATE_PATHS } from '../lib/internal/paths.ts';
import { CLASSIFICATION_LABELS } from '../lib/internal/labels.ts';
import { TOP_LEVEL } from '../lib/levels.ts';
import { unwrapSessionKeys } from '../lib/vault/session.ts';
import {
  inSection,
  KEY_COOKIE,
  KEY_COOKIE_PATH,
  PUBLIC_PATHS,
  SW_SCOPE,
  unlockUrl,
  type Session,
  type UnlockReason,
  type VaultReply,
  type VaultRequest,
} from './vault-protocol.ts';
import { deleteSessions, loadSession, saveSession } from './vault-store.ts';
import { INTERNAL_DOCUMENT_HEADERS, internalFileHeaders, PRIVATE_HEADERS } from '../lib/headers.ts';

declare const self: ServiceWorkerGlobalScope & {
  cookieStore?: {
    getAll(options: { name: string; url: string }): Promise<{ value: string }[]>;
    delete(options: { name: string; path: string }): Promise<void>;
  };
};

const KEY_COOKIE_URL = new URL(KEY_COOKIE_PATH, self.location.origin).href;
let session: Session | undefined;
let build: { checkedAt: number; buildId: string } | undefined;
/** The keyring check on its way, so that a navigation waits for it instead of starting another. */
let checking: Promise<string | undefined> | undefined;
/** The session's write to IndexedDB on its way: a logout waits for it, so nothing is left stored. */
let saving: Promise<unknown> | undefined;
/**
 * The blob of the page the unlock page opens next, fetched as the session arrived, for the first
 * request of it to take. Ciphertext only (public anyway); it is opened, and checked, when served.
 */
let ahead: { keys: SessionKeys; path: string; blob: Promise<FoundBlob> } | undefined;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function forget(): Promise<void> {
  session = undefined;
  build = undefined;
  dropAhead();
  await saving?.catch(() => undefined);
  await deleteSessions();
  await self.cookieStore?.delete({ name: KEY_COOKIE, path: KEY_COOKIE_PATH });
}

/**
 * The stored session, unwrapped with the key cookie. Without the cookie (the browser was closed on
 * a session not remembered, or it expired) the wrapped keys are useless and are deleted. A site on
 * a parent or sibling domain can set a cookie of the same name and path beside ours (one with
 * `Domain=`), and a browser sends both: each is tried, and only when none unwraps is the session
 * forgotten, so a planted cookie cannot log the member out.
 */
async function restore(): Promise<Session | undefined> {
  const stored = self.cookieStore && (await loadSession());
  if (!stored) return undefined;
  const { wrapped, ...info } = stored;
  const cookies = (await self.cookieStore?.getAll({ name: KEY_COOKIE, url: KEY_COOKIE_URL }).catch(() => [])) ?? [];
  for (const { value = '' } of cookies) {
    try {
      return { ...info, keys: await unwrapSessionKeys(wrapped, value) };
    } catch {
      // another site's cookie, or a stale one: try the next
    }
  }
  await forget();
  return undefined;
}

/** The session, if it is still valid: not expired, and for a browser session, the browser not restarted. */
async function currentSession(): Promise<Session | undefined> {
  session ??= await restore();
  if (session && Date.now() > session.expiresAt) await forget();
  return session;
}

/** The build now deployed (checked at most every 30 s), to notice a rebuild that changed the key. */
function deployedBuild(): Promise<string | undefined> {
  if (build && Date.now() - build.checkedAt < 30_000) return Promise.resolve(build.buildId);
  checking ??= checkBuild().finally(() => (checking = undefined));
  return checking;
}

async function checkBuild(): Promise<string | undefined> {
  try {
    const keyring: unknown = await (await fetch(`${SW_SCOPE}keyring.json`, { cache: 'no-store' })).json();
    assertKeyring(keyring);
    build = { checkedAt: Date.now(), buildId: keyring.buildId };
    return build.buildId;
  } catch {
    return undefined; // offline: keep the session, blobs will tell
  }
}

/**
 * What every document of the section gets from this worker, as `_headers` sends it for /internal/:
 * never stored, indexed or referred (a page the unlock page shows in its own document keeps its
 * headers: open-in-place.ts), and held to the section's policy.
 */
const DOCUMENT_HEADERS = { ...PRIVATE_HEADERS, ...INTERNAL_DOCUMENT_HEADERS };

/** A page made here gets no header from the host. */
const PAGE_HEADERS = { ...DOCUMENT_HEADERS, 'Content-Type': 'text/html; charset=utf-8' };

/** The answer to anyone else: no content, and no page that could be framed. */
const refused = () =>
  new Response('forbidden', {
    status: 403,
    headers: { ...DOCUMENT_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/**
 * Decrypted content goes to top-level navigations, and to the section's own top-level pages and
 * workers (Pagefind's). Not to a frame, even one of the section's pages framed by a public page,
 * and not to a public page: any script there could read what it is given.
 */
async function mayRead(event: FetchEvent): Promise<boolean> {
  if (event.request.mode === 'navigate') return event.request.destination === 'document';
  const client = await self.clients.get(event.clientId);
  return client !== undefined && client.frameType !== 'nested' && inSection(client.url, self.location.origin);
}

/**
 * Every answer to a navigation, whatever its status, becomes a document with the section's headers,
 * which a host without headers (GitHub Pages) would not send: else a host's 404 under /internal/
 * would open, without Cross-Origin-Opener-Policy, in the window of the public page that opened it,
 * a window this worker controls. A redirect (the host's, opaque, or one made here) is no document
 * and cannot be given headers: the browser follows it and, for an address in the section, asks
 * this worker again.
 */
function asDocument(response: Response): Response {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return response;
  // A page made here carries them already: passed on as it is, its bytes handed to the page at once
  // rather than streamed through this worker's script a second time.
  if (hasDocumentHeaders(response.headers)) return response;
  const headers = new Headers(response.headers);
  // The body is already decoded: the length and encoding of what came over the network no longer hold.
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) {
    // A policy made here for the file (an attachment's sandbox, which loads nothing) stays.
    if (name !== 'Content-Security-Policy' || !headers.has(name)) headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Whether a response carries the section's document headers (any policy of its own counting as one). */
function hasDocumentHeaders(headers: Headers): boolean {
  return Object.entries(DOCUMENT_HEADERS).every(([name, value]) =>
    name === 'Content-Security-Policy' ? headers.has(name) : headers.get(name) === value,
  );
}

function toUnlock(url: URL, reason: UnlockReason): Response {
  return Response.redirect(new URL(unlockUrl(reason, url.pathname + url.search), self.location.origin).href, 302);
}

/** A page that says the data failed its integrity check, and shows nothing of it. */
function integrityError(navigate: boolean): Response {
  if (!navigate) return new Response('integrity check failed', { status: 502, headers: PRIVATE_HEADERS });
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Data internal tidak utuh</title></head><body><main><h1>Data internal tidak utuh</h1><p role="alert">Berkas halaman ini gagal diperiksa keasliannya: isinya rusak atau telah diubah, sehingga tidak ditampilkan sama sekali.</p><p>Muat ulang halaman. Jika pesan ini muncul lagi, hubungi pengelola situs.</p><p><a href="/internal/beranda/">Kembali ke beranda internal</a></p></main></body></html>`;
  return new Response(html, {
    status: 502,
    headers: PAGE_HEADERS,
  });
}

const AGGREGATES = new Set(AGGREGATE_PATHS.map(canonicalPath));

/**
 * The keys that may have sealed the resource at `path`, highest level first: for an overview, the
 * variant of the session's clearance; for a search bundle, its own level if the session holds it;
 * for anything else (a record exists at one level), every level the session holds.
 */
function candidates(keys: SessionKeys, path: string): LevelKeys[] {
  const bundle = /^\/internal\/pagefind\/([^/]+)\//.exec(path)?.[1];
  if (bundle !== undefined) return keys.filter((level) => level.level === bundle);
  if (AGGREGATES.has(path)) return keys.slice(-1);
  return [...keys].reverse();
}

/** A blob's response, with the keys of the level whose name found it. */
interface FoundBlob {
  response: Response;
  keys?: LevelKeys;
}

/**
 * Asks the host for the blob of `path` under the name of each candidate level at once (a name under
 * a level the session lacks cannot even be computed); resolves once asked, with the answer to come.
 */
async function requestBlob(keys: SessionKeys, path: string): Promise<{ answer: Promise<FoundBlob> }> {
  const named = await Promise.all(
    candidates(keys, path).map(async (level) => ({ level, name: await blobName(level.names, path) })),
  );
  return { answer: pickBlob(named.map(({ level, name }) => ({ keys: level, response: fetch(blobUrl(name)) }))) };
}

/** The blob that exists, with the keys of the level whose name found it; else the host's answer (a 404 when none exists). */
async function pickBlob(requests: { keys: LevelKeys; response: Promise<Response> }[]): Promise<FoundBlob> {
  const found = await Promise.all(requests.map(async ({ keys, response }) => ({ keys, response: await response })));
  const blob = found.find(({ response }) => response.ok);
  for (const { response } of found) if (response !== blob?.response) void response.body?.cancel();
  return (
    blob ?? found.find(({ response }) => response.status !== 404) ?? { response: new Response(null, { status: 404 }) }
  );
}

async function findBlob(keys: SessionKeys, path: string): Promise<FoundBlob> {
  return (await requestBlob(keys, path)).answer;
}

/**
 * Asks for the blob of the page at `next` (an address in the section) with a new session's keys;
 * resolves once it is asked for, before the page is told the keys arrived, so that the page's own
 * request for it always finds it on its way.
 */
async function fetchAhead(keys: SessionKeys, next: string): Promise<void> {
  dropAhead();
  if (typeof next !== 'string' || !URL.canParse(next, self.location.origin)) return; // an unlock page of an older build
  const url = new URL(next, self.location.origin);
  if (!inSection(url.href, self.location.origin) || PUBLIC_PATHS.has(url.pathname)) return;
  const path = canonicalPath(url.pathname);
  const { answer } = await requestBlob(keys, path);
  answer.catch(() => undefined); // the request that takes it handles a failure
  ahead = { keys, path, blob: answer };
}

/**
 * The blob fetched ahead, once, for the first request of `path` with the same keys: the navigation
 * there, or the unlock page's own fetch of it (open-in-place.ts). Any other navigation drops it.
 */
function takeAhead(keys: SessionKeys, path: string, navigate: boolean): Promise<FoundBlob> | undefined {
  const taken = ahead;
  if (taken?.keys === keys && taken.path === path) {
    ahead = undefined;
    return taken.blob;
  }
  if (navigate) dropAhead();
  return undefined;
}

function dropAhead(): void {
  if (ahead) cancel(ahead.blob);
  ahead = undefined;
}

function cancel(blob: Promise<FoundBlob>): void {
  void blob.then(
    ({ response }) => response.body?.cancel(),
    () => undefined,
  );
}

/**
 * The page for an address no key of the session opens, below the top clearance: it does not exist,
 * or it is sealed above the clearance. The worker cannot tell which (it cannot even name a blob of
 * a level it lacks), and so the page cannot confirm that a guessed address exists.
 */
function notAvailable(keys: SessionKeys): Response {
  const clearance = CLASSIFICATION_LABELS[keys.at(-1)?.level ?? 'biasa'];
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Halaman tidak tersedia</title></head><body><main><h1>Halaman tidak tersedia</h1><p>Halaman ini tidak ada, atau klasifikasinya lebih tinggi daripada izin kata sandi Anda, yang membuka dokumen sampai tingkat <strong>${clearance}</strong>.</p><p>Jika Anda memerlukan halaman ini, mintalah kepada pimpinan tim atau kepada pengirim tautannya.</p><p><a href="/internal/beranda/">Kembali ke beranda internal</a></p></main></body></html>`;
  return new Response(html, { status: 404, headers: PAGE_HEADERS });
}

async function serve(request: Request, url: URL): Promise<Response> {
  const navigate = request.mode === 'navigate';
  const current = await currentSession();
  if (!current)
    return navigate ? toUnlock(url, 'masuk') : new Response('locked', { status: 401, headers: PRIVATE_HEADERS });
  // A folder asked for without its slash (/internal/rapat): send the browser to the slashed address.
  if (!url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname)) {
    return Response.redirect(`${url.pathname}/${url.search}`, 301);
  }
  const path = canonicalPath(url.pathname);
  // The blob is on its way while the build deployed is checked: one round trip, not two. Checked
  // for a navigation and for a page however it is asked for (the unlock page fetches the first
  // one: open-in-place.ts), at most every 30 s; not for the files a page loads.
  const fetched = takeAhead(current.keys, path, navigate) ?? findBlob(current.keys, path);
  fetched.catch(() => undefined); // handled below, once awaited; not an unhandled rejection meanwhile
  if (navigate || url.pathname.endsWith('/')) {
    const deployed = await deployedBuild();
    if (deployed && deployed !== current.buildId) {
      cancel(fetched); // another build's blob
      await forget();
      return toUnlock(url, 'pembaruan');
    }
  }
  const { response, keys } = await fetched;
  if (response.status === 404) {
    if (!navigate) return new Response('not found', { status: 404, headers: PRIVATE_HEADERS });
    // No such blob: the page is missing, or a rebuild replaced every blob since the last check.
    build = undefined;
    const deployed = await deployedBuild();
    if (deployed && deployed !== current.buildId) {
      await forget();
      return toUnlock(url, 'pembaruan');
    }
    if (current.keys.at(-1)?.level !== TOP_LEVEL) return notAvailable(current.keys);
    const page = await fetch('/404.html');
    return new Response(page.body, {
      status: 404,
      headers: PAGE_HEADERS,
    });
  }
  if (!response.ok || !keys) return new Response('unavailable', { status: response.status, headers: PRIVATE_HEADERS });
  try {
    const { type, body } = await openBlob(keys, current.buildId, path, new Uint8Array(await response.arrayBuffer()));
    if (type.startsWith('text/html')) return new Response(body, { headers: PAGE_HEADERS });
    // A file opened in a tab is a document too; an attachment keeps its stricter, sandboxed policy.
    const headers = {
      ...PRIVATE_HEADERS,
      ...(navigate && INTERNAL_DOCUMENT_HEADERS),
      ...internalFileHeaders(path, type),
    };
    return new Response(body, { headers });
  } catch {
    return integrityError(navigate);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (!inSection(request.url, self.location.origin)) return;
  const navigate = request.mode === 'navigate';
  // The blob folder holds no page: a navigation there gets nothing of the host, not even its 404.
  if (url.pathname.startsWith(BLOB_DIR)) {
    if (navigate) event.respondWith(refused());
    return;
  }
  if (PUBLIC_PATHS.has(url.pathname)) {
    if (navigate) event.respondWith(fetch(request).then(asDocument));
    return;
  }
  const answer = mayRead(event).then((allowed) => (allowed ? serve(request, url) : refused()));
  event.respondWith(navigate ? answer.then(asDocument) : answer);
});

/** Only the section's own top-level pages may unlock, log out or ask: not a frame, not a public page. */
function trusted(source: ExtendableMessageEvent['source']): boolean {
  return (
    source instanceof WindowClient && source.frameType === 'top-level' && inSection(source.url, self.location.origin)
  );
}

self.addEventListener('message', (event) => {
  if (!trusted(event.source)) return;
  const request = event.data as VaultRequest;
  const reply = (message: VaultReply) => event.ports[0]?.postMessage(message);
  event.waitUntil(
    (async () => {
      if (request.type === 'unlock') {
        session = request.session;
        build = undefined;
        // The keyring check and the next page's blob start now, before the unlock page asks for it.
        void deployedBuild();
        // Without the Cookie Store API the worker could not unwrap them again: memory only. The
        // session in memory serves the next page; the write goes on meanwhile, the worker kept
        // alive until it is done (waitUntil), so the session survives the worker's next start.
        saving = self.cookieStore ? saveSession(request.stored) : undefined;
        await fetchAhead(session.keys, request.next).catch(() => undefined);
        reply({ ok: true });
        await saving;
      } else if (request.type === 'logout') {
        await forget();
        reply({ ok: true });
      } else {
        const keys = (await currentSession())?.keys;
        const clearance = keys?.at(-1)?.level;
        reply({ ok: true, unlocked: keys !== undefined, ...(clearance && { clearance }) });
      }
    })(),
  );
});
