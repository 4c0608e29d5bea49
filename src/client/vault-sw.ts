/// <reference lib="webworker" />
// Service worker of the internal section: decrypts each request under /internal/ with the
// session's non-extractable keys, so pages, links, the back button and Pagefind work as usual.
import { assertKeyring, BLOB_DIR, blobName, blobUrl, canonicalPath, openBlob } from '../lib/vault/format.ts';
import {
  PUBLIC_PATHS,
  SESSION_COOKIE,
  SW_SCOPE,
  unlockUrl,
  type StoredSession,
  type UnlockReason,
  type VaultReply,
  type VaultRequest,
} from './vault-protocol.ts';
import { deleteSessions, loadSession, saveSession } from './vault-store.ts';
import { internalFileHeaders, policyFor } from '../lib/headers.ts';

declare const self: ServiceWorkerGlobalScope & {
  cookieStore?: { get(name: string): Promise<{ value: string } | null> };
};

let session: StoredSession | undefined;
let build: { checkedAt: number; buildId: string } | undefined;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function forget(): Promise<void> {
  session = undefined;
  build = undefined;
  await deleteSessions();
  for (const name of await caches.keys()) await caches.delete(name);
}

/** The session, if it is still valid: not expired, and for a browser session, the browser not restarted. */
async function currentSession(): Promise<StoredSession | undefined> {
  session ??= await loadSession();
  if (!session) return undefined;
  if (Date.now() > session.expiresAt) return forget().then(() => undefined);
  if (session.mode === 'session' && self.cookieStore) {
    const cookie = await self.cookieStore.get(SESSION_COOKIE);
    if (cookie?.value !== session.id) return forget().then(() => undefined);
  }
  return session;
}

/** The build now deployed (checked at most every 30 s), to notice a rebuild that changed the key. */
async function deployedBuild(): Promise<string | undefined> {
  if (build && Date.now() - build.checkedAt < 30_000) return build.buildId;
  try {
    const keyring: unknown = await (await fetch(`${SW_SCOPE}keyring.json`, { cache: 'no-store' })).json();
    assertKeyring(keyring);
    build = { checkedAt: Date.now(), buildId: keyring.buildId };
    return build.buildId;
  } catch {
    return undefined; // offline: keep the session, blobs will tell
  }
}

const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};

/**
 * A page made here gets no header from the host, so it carries the policy that `_headers` sends for
 * /internal/ itself: its `frame-ancestors 'none'`, which a page's <meta> policy cannot say, keeps
 * even the site's own pages from framing an internal page.
 */
const PAGE_HEADERS = {
  ...PRIVATE_HEADERS,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': policyFor('/internal/'),
  'X-Frame-Options': 'DENY',
};

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
  // The blob is on its way while a navigation checks which build is deployed: one round trip, not two.
  const fetched = blobName(current.keys.names, path).then((name) => fetch(blobUrl(name)));
  fetched.catch(() => undefined); // handled below, once awaited; not an unhandled rejection meanwhile
  if (navigate) {
    const deployed = await deployedBuild();
    if (deployed && deployed !== current.buildId) {
      void fetched.then(
        (response) => response.body?.cancel(),
        () => undefined,
      ); // another build's blob
      await forget();
      return toUnlock(url, 'pembaruan');
    }
  }
  const response = await fetched;
  if (response.status === 404) {
    if (!navigate) return new Response('not found', { status: 404, headers: PRIVATE_HEADERS });
    // No such blob: the page is missing, or a rebuild replaced every blob since the last check.
    build = undefined;
    const deployed = await deployedBuild();
    if (deployed && deployed !== current.buildId) {
      await forget();
      return toUnlock(url, 'pembaruan');
    }
    const page = await fetch('/404.html');
    return new Response(page.body, {
      status: 404,
      headers: PAGE_HEADERS,
    });
  }
  if (!response.ok) return new Response('unavailable', { status: response.status, headers: PRIVATE_HEADERS });
  try {
    const { type, body } = await openBlob(
      current.keys,
      current.buildId,
      path,
      new Uint8Array(await response.arrayBuffer()),
    );
    return new Response(body, {
      headers: type.startsWith('text/html') ? PAGE_HEADERS : { ...PRIVATE_HEADERS, ...internalFileHeaders(path, type) },
    });
  } catch {
    return integrityError(navigate);
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SW_SCOPE)) return;
  if (PUBLIC_PATHS.has(url.pathname) || url.pathname.startsWith(BLOB_DIR)) return;
  event.respondWith(serve(event.request, url));
});

self.addEventListener('message', (event) => {
  const request = event.data as VaultRequest;
  const reply = (message: VaultReply) => event.ports[0]?.postMessage(message);
  event.waitUntil(
    (async () => {
      if (request.type === 'unlock') {
        session = request.session;
        build = undefined;
        await saveSession(request.session);
        reply({ ok: true });
      } else if (request.type === 'logout') {
        await forget();
        reply({ ok: true });
      } else {
        reply({ ok: true, unlocked: (await currentSession()) !== undefined });
      }
    })(),
  );
});
