import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { blobName, blobUrl, openSlot, sealBlob, sessionKeys, type Keyring } from '../../src/lib/vault/format.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { launchBrowser } from '../support/browser.ts';
import { must } from '../support/must.ts';
import { CLOSED_MEETING, contentWithInternalPictures, INTERNAL_RELEASE } from '../support/internal-pictures.ts';
import { buildSite, ROOT, TEST_PASSWORDS, testPassword, TMP } from '../support/site.ts';

const siteUrl = inject('siteUrl');
const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
const ATTACHMENT = '/internal/lampiran/2024-11-22-rakor-tim-pora-pagaralam/2024-11-22-daftar-hadir.pdf';
const [FIRST, SECOND] = TEST_PASSWORDS as [(typeof TEST_PASSWORDS)[number], (typeof TEST_PASSWORDS)[number]];
/** A wrong password is tried on every slot, a key derivation each: seconds on a busy machine. */
const WRONG_PASSWORD = { timeout: 15_000 };
const { content } = loadContentOrThrow(FIXTURE, { root: ROOT });
const meetings = content.meetings.filter((meeting) => !meeting.data.draft);
/** The internal pages of the fixture's "rahasia" minutes. */
const RAHASIA = new Set(
  meetings
    .filter((meeting) => meeting.data.classification === 'rahasia')
    .map((meeting) => `/internal/rapat/${meeting.id}/`),
);
/** Every record page a search can find, with its date. */
const RECORD_DATES = new Map<string, string>([
  ...meetings.flatMap((meeting) => [
    [`/internal/rapat/${meeting.id}/`, meeting.data.startsAt.toISOString()] as const,
    [`/kegiatan/${meeting.id}/`, meeting.data.startsAt.toISOString()] as const,
  ]),
  ...content.releases.flatMap((release) => [
    [`/siaran-pers/${release.id}/`, release.data.publishedAt.toISOString()] as const,
    [`/internal/siaran/${release.id}/`, release.data.publishedAt.toISOString()] as const,
  ]),
]);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh browser profile that records every Content-Security-Policy violation. */
async function freshContext(): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const context = await browser.newContext();
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const page = await context.newPage();
  return { context, page, violations };
}

async function unlock(page: Page, password: string): Promise<void> {
  await page.fill('#sandi', password);
  await page.click('form[data-unlock] button');
}

/**
 * What a browser profile keeps: before unlocking and after logout, only the vault's worker, which the
 * unlock page installs to be served through it and which holds no keys.
 */
async function storedState(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    caches: (await caches.keys()).length,
  }));
}
const NOTHING = { databases: [], workers: 1, cookie: '', local: 0, session: 0, caches: 0 };

describe('the internal section in Chromium', () => {
  it('refuses a wrong password, says so accessibly and stores nothing', async () => {
    const { context, page, violations } = await freshContext();
    await page.goto(`${siteUrl}/internal/`);
    await unlock(page, 'kata-sandi-yang-salah-sekali');
    const alert = page.locator('[role="alert"][data-unlock-error]');
    await expect.poll(() => alert.textContent(), WRONG_PASSWORD).toContain('Kata sandi salah');
    expect(await storedState(page)).toEqual(NOTHING);
    expect(page.url()).not.toContain('sandi');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('opens with the JavaScript key derivation in a browser that refuses WebAssembly, and still refuses a wrong password', async () => {
    const { context, page, violations } = await freshContext();
    // As Safari before 16 under the section's policy, or a browser with WebAssembly switched off.
    await context.addInitScript(() => {
      const refuse = () => Promise.reject(new WebAssembly.CompileError('Refused to compile WebAssembly'));
      WebAssembly.compile = refuse;
      WebAssembly.instantiate = refuse;
    });
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await unlock(page, 'kata-sandi-yang-salah-sekali');
    const alert = page.locator('[role="alert"][data-unlock-error]');
    await expect.poll(() => alert.textContent(), WRONG_PASSWORD).toContain('Kata sandi salah');
    expect(await storedState(page)).toEqual(NOTHING);
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`, WRONG_PASSWORD);
    await expect.poll(() => page.content()).toContain('PENANDA-NOTULEN-1');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('opens the deep-linked page after the right password, with no CSP violation', async () => {
    const { context, page, violations } = await freshContext();
    await page.goto(`${siteUrl}${RAKOR}`);
    await expect.poll(() => page.url()).toContain('/internal/?alasan=masuk');
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    await expect.poll(() => page.content()).toContain('PENANDA-NOTULEN-1');
    await expect(page.locator('h1').textContent()).resolves.toContain('Rapat Koordinasi');
    expect(violations).toEqual([]);
    await context.close();
  });

  it("shows the page it opens in the unlock page's own document, as a navigation would: address, head, content, scripts", async () => {
    const { context, page, violations } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await page.waitForSelector('#sandi', { state: 'visible' });
    const loaded = () => page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name);
    const unlockDocument = await loaded();
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    await expect.poll(() => page.content()).toContain('PENANDA-NOTULEN-1');
    // No navigation: the document the unlock page loaded in now shows the meeting.
    expect(await loaded()).toBe(unlockDocument);
    expect(await page.locator('#sandi').count()).toBe(0);
    const shown = async () => ({
      root: await page.evaluate(() =>
        [...document.documentElement.attributes].map(({ name, value }) => `${name}=${value}`),
      ),
      head: (
        await page.locator('head > *').evaluateAll((elements) => elements.map((element) => element.outerHTML))
      ).sort(),
      title: await page.title(),
      text: await page.locator('main').innerText(),
    });
    const inPlace = await shown();
    await page.reload(); // the same address, navigated to and decrypted by the worker
    await expect.poll(() => page.content()).toContain('PENANDA-NOTULEN-1');
    expect(await loaded()).not.toBe(unlockDocument);
    expect(inPlace).toEqual(await shown());
    expect(inPlace.title).toMatch(/^Rapat Koordinasi/);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("runs the opened page's scripts in the unlock page's document: its logout works", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(/\/internal\/beranda\//);
    await expect(page.locator('h1').textContent()).resolves.toBe('Beranda internal');
    // Its module arrives after the page shows, as after a navigation: clicked until it answers.
    await expect
      .poll(async () => {
        await page.click('[data-logout]', { timeout: 500 }).catch(() => undefined);
        return page.url();
      })
      .toContain('alasan=keluar');
    await page.waitForSelector('#sandi', { state: 'visible' });
    expect(await storedState(page)).toEqual(NOTHING);
    await context.close();
  });

  // The worker names the blob (an HMAC) and asks for it before it tells the page that the keys
  // arrived; the page then asks for the page. A worker that fetched only when asked would come
  // second every time. Retried: the two start times reach the test from two processes.
  it(
    "fetches the next page's blob as the session arrives, before the page asks, and nothing for a wrong password",
    { retry: 2 },
    async () => {
      const { context, page } = await freshContext();
      const requests: Request[] = [];
      context.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/internal/_v/') || pathname === '/internal/beranda/') requests.push(request);
      });
      // In the order the browser started them: the worker's and the page's events reach the test apart.
      const asked = () =>
        requests
          .map((request) => ({ start: request.timing().startTime, pathname: new URL(request.url()).pathname }))
          .sort((a, b) => a.start - b.start)
          .map(({ pathname }) => (pathname.startsWith('/internal/_v/') ? 'blob' : pathname));
      await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
      await unlock(page, 'kata-sandi-yang-salah-sekali');
      await expect
        .poll(() => page.locator('[data-unlock-error]').textContent(), WRONG_PASSWORD)
        .toContain('Kata sandi salah');
      expect(asked()).toEqual([]);
      expect(await storedState(page)).toEqual(NOTHING);
      await unlock(page, FIRST.password);
      await page.waitForURL(/\/internal\/beranda\//);
      await expect(page.locator('h1').textContent()).resolves.toBe('Beranda internal');
      // The overview's one blob, asked for by the worker as the keys arrived, and served from there.
      await page.waitForLoadState('load');
      expect(asked()).toEqual(['blob', '/internal/beranda/']);
      await context.close();
    },
  );

  it('opens with every configured password, naming no agency, and remembers only the slot position', async () => {
    for (const [slot, { password }] of [FIRST, SECOND].entries()) {
      const { context, page } = await freshContext();
      await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
      // A wrong password first: once it is refused, the page has read the keyring.
      await unlock(page, 'kata-sandi-yang-salah-sekali');
      await expect
        .poll(() => page.locator('[data-unlock-error]').textContent(), WRONG_PASSWORD)
        .toContain('Kata sandi salah');
      expect(await page.locator('#instansi option').allTextContents()).toEqual(['Coba semua kata sandi']);
      expect(await page.locator('[data-slot-field]').isHidden()).toBe(true);
      await unlock(page, password);
      await page.waitForURL(`${siteUrl}${RAKOR}`);
      expect(await page.evaluate(() => localStorage.getItem('warta-vault-slot'))).toBe(String(slot));
      await context.close();
    }
  });

  it('searches the internal archive for words found only in minutes', async () => {
    const { context, page, violations } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/cari/?q=belum pernah menyampaikan')}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(/\/internal\/cari\//);
    await page.waitForSelector('.search-result__title a');
    // Result addresses are site-absolute, not under the bundle's folder (/internal/internal/…).
    const href = (await page.locator('.search-result__title a').first().getAttribute('href')) ?? '';
    expect(new URL(href, siteUrl).pathname).toBe(RAKOR);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^Ditemukan \d+ hasil/);
    const publicPage = await context.newPage();
    await publicPage.goto(`${siteUrl}/cari/?q=${encodeURIComponent('belum pernah menyampaikan')}`);
    await expect
      .poll(() => publicPage.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toContain('tidak ditemukan');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('searches internal and public records together, filtered and sorted by date across bundles', async () => {
    const { context, page, violations } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/cari/?q=pengawasan')}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(/\/internal\/cari\//);
    await page.waitForSelector('.search-result__title a');
    const paths = async () =>
      (
        await page
          .locator('.search-result__title a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      ).map((href) => new URL(href, siteUrl).pathname);
    const found = await paths();
    expect(found.some((path) => path.startsWith('/internal/rapat/'))).toBe(true);
    expect(found.some((path) => /^\/(?:siaran-pers|kegiatan)\//.test(path))).toBe(true);
    // A classification filter leaves out public records, whose bundle has no classification.
    await page.goto(`${siteUrl}/internal/cari/?q=pengawasan&klasifikasi=rahasia`);
    await page.waitForSelector('.search-result__title a');
    expect((await paths()).filter((path) => !RAHASIA.has(path))).toEqual([]);
    // Newest first over every bundle, not the newest of each bundle in turn.
    await page.goto(`${siteUrl}/internal/cari/?tahun=2024&urut=terbaru`);
    await page.waitForSelector('.search-result__title a');
    expect((await paths()).length).toBeGreaterThan(3);
    const dates = (await paths()).map((path) => must(RECORD_DATES.get(path), path));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set((await paths()).map((path) => path.split('/')[1] === 'internal')).size).toBe(2);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("never asks for the search bundle of a level above the session's clearance", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
    await unlock(page, testPassword('pemkot').password); // clearance terbatas
    await page.waitForURL(/\/internal\/beranda\//);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const search = await context.newPage();
    await search.goto(`${siteUrl}/internal/cari/?q=pengawasan`);
    await search.waitForSelector('.search-result__title a');
    const found = await search
      .locator('.search-result__title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(requests.some((path) => path.startsWith('/internal/pagefind/terbatas/'))).toBe(true);
    expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    expect(requests.filter((path) => /^\/internal\/pagefind\/(?:rahasia|sangat-rahasia)\//.test(path))).toEqual([]);
    expect(found.filter((href) => RAHASIA.has(new URL(href, siteUrl).pathname))).toEqual([]);
    await context.close();
  });

  it('refuses a keyring that asks for absurd key derivation, without trying the password', async () => {
    const { context, page } = await freshContext();
    // 2^31 Argon2id passes would keep the tab busy for hours on every unlock attempt.
    await context.route('**/internal/keyring.json', async (route) => {
      const response = await route.fetch();
      const keyring = (await response.json()) as { kdf: { passes: number } };
      keyring.kdf.passes = 2 ** 31;
      await route.fulfill({ response, json: keyring });
    });
    await page.goto(`${siteUrl}/internal/`);
    const alert = page.locator('[role="alert"][data-unlock-error]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Berkas kunci situs tidak sah');
    expect(await page.locator('form[data-unlock] button').isDisabled()).toBe(true);
    expect(await storedState(page)).toEqual(NOTHING);
    await context.close();
  });

  it('serves an attachment as a sandboxed document held to its type, and a PDF still opens inline', async () => {
    const { context, page } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    // Asked for from the page, as the browser's PDF viewer hides the headers of the document it shows.
    const headers = await page.evaluate(async (url) => Object.fromEntries((await fetch(url)).headers), ATTACHMENT);
    expect(headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    await page.goto(`${siteUrl}${ATTACHMENT}`);
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-extension:'))).toBe(true);
    await context.close();
  });

  it('runs no script in an attachment that slipped past the content check', async () => {
    // A scripted SVG sealed under a real attachment's address, as a build without the check would.
    const keyring = (await (await fetch(`${siteUrl}/internal/keyring.json`)).json()) as Keyring;
    const slot = keyring.slots[0]; // FIRST's, the first line of WARTA_PASSWORDS
    if (!slot) throw new Error('no slot');
    const opened = await sessionKeys(await openSlot(keyring, slot, FIRST.password), keyring.buildId);
    const keys = opened.find((level) => level.level === 'terbatas'); // the rakor's class
    if (!keys) throw new Error('no terbatas keys');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><script>fetch('/internal/beranda/').then((r) => r.text()).then((t) => { window.leak = t; fetch('/bocor') })</script><rect width="100" height="100"/></svg>`;
    const planted = await sealBlob(keys, keyring.buildId, ATTACHMENT, 'image/svg+xml', new TextEncoder().encode(svg));
    const { context, page } = await freshContext();
    await context.route(`**${blobUrl(await blobName(keys.names, ATTACHMENT))}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(planted) }),
    );
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    const response = await page.goto(`${siteUrl}${ATTACHMENT}`);
    await page.waitForTimeout(1000); // time for the script's fetches, were it to run
    expect(await page.evaluate(() => (window as { leak?: string }).leak)).toBeUndefined();
    expect(requests).not.toContain('/bocor');
    expect(response?.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
    await context.close();
  });

  it('runs no script planted in the page the unlock page shows in its own document', async () => {
    // A page with an inline script and an event handler, sealed under the rakor's address as a
    // build that let them through would: the unlock page's policy, the section's, still stops them.
    const keyring = (await (await fetch(`${siteUrl}/internal/keyring.json`)).json()) as Keyring;
    const slot = keyring.slots[0]; // FIRST's
    if (!slot) throw new Error('no slot');
    const opened = await sessionKeys(await openSlot(keyring, slot, FIRST.password), keyring.buildId);
    const keys = opened.find((level) => level.level === 'terbatas'); // the rakor's class
    if (!keys) throw new Error('no terbatas keys');
    const leak = "window.leak = document.body.innerHTML; fetch('/bocor')";
    const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rapat</title></head><body><main><h1>Rapat tertanam</h1><script>${leak}</script><img src="/tidak-ada.png" onerror="${leak}"></main></body></html>`;
    const sealed = await sealBlob(
      keys,
      keyring.buildId,
      `${RAKOR}index.html`,
      'text/html; charset=utf-8',
      new TextEncoder().encode(html),
    );
    const { context, page, violations } = await freshContext();
    await context.route(`**${blobUrl(await blobName(keys.names, `${RAKOR}index.html`))}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(sealed) }),
    );
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await page.waitForSelector('#sandi', { state: 'visible' });
    const unlockDocument = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name);
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rapat tertanam');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.name)).toBe(unlockDocument);
    await page.waitForTimeout(1000); // time for the script's fetches, were it to run
    expect(await page.evaluate(() => (window as { leak?: string }).leak)).toBeUndefined();
    expect(requests).not.toContain('/bocor');
    expect(violations.length).toBeGreaterThan(0); // refused by the policy, not absent
    await context.close();
  });

  it('shows an integrity error and none of the content when a file was tampered with', async () => {
    const { context, page } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent('/internal/beranda/')}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(/\/internal\/beranda\//);
    await context.route('**/internal/_v/**', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 20] = (body[body.length - 20] ?? 0) ^ 0xff;
      await route.fulfill({ response, body });
    });
    await page.goto(`${siteUrl}${RAKOR}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Data internal tidak utuh');
    expect(await page.content()).not.toContain('PENANDA');
    await context.close();
  });

  it('logs out completely: nothing stored, other tabs leave, and Back shows no internal content', async () => {
    const { context, page } = await freshContext();
    await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await unlock(page, FIRST.password);
    await page.waitForURL(`${siteUrl}${RAKOR}`);
    await page.click('a[href="/internal/tindak-lanjut/"]');
    await page.waitForURL(/\/internal\/tindak-lanjut\//);
    const other = await context.newPage();
    await other.goto(`${siteUrl}${RAKOR}`);
    await page.click('[data-logout]');
    await page.waitForURL(/alasan=keluar/);
    await expect.poll(() => other.url()).toContain('alasan=keluar');
    expect(await storedState(page)).toEqual(NOTHING);
    await page.goBack(); // to the meeting page, opened before the tracker
    await page.waitForLoadState('load');
    await expect.poll(() => page.url()).toContain('/internal/?alasan=masuk');
    expect(await page.content()).not.toContain('PENANDA');
    await context.close();
  });
});

describe('after a rebuild', () => {
  const served = join(TMP, 'e2e-rebuild', 'served');
  let site: { url: string; close: () => Promise<void> };
  let first: ReturnType<typeof buildSite>;
  let second: ReturnType<typeof buildSite>;
  /** Deploys a build as a host that replaces the whole folder does. */
  const deploy = (build: ReturnType<typeof buildSite>) => {
    rmSync(served, { recursive: true, force: true });
    cpSync(build.outDir, served, { recursive: true });
  };

  /** A fresh profile at the first build's unlock form, asked to open RAKOR next. */
  const formOfFirstBuild = async () => {
    deploy(first);
    const opened = await freshContext();
    await opened.page.goto(`${site.url}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await opened.page.waitForSelector('#sandi', { state: 'visible' });
    return opened;
  };

  beforeAll(async () => {
    first = buildSite('e2e-rebuild-a', FIXTURE, '2026-06-01T00:00:00+07:00');
    expect(first.status, first.output).toBe(0);
    // A new build without the second password: a new key.
    second = buildSite('e2e-rebuild-b', FIXTURE, '2026-06-01T00:00:00+07:00', {
      WARTA_PASSWORDS: `${FIRST.label}:${FIRST.password}`,
    });
    expect(second.status, second.output).toBe(0);
    site = await serve(served);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('asks to unlock again when the key changed, and a removed password no longer opens', async () => {
    deploy(first);
    const { context, page } = await freshContext();
    await page.goto(`${site.url}/internal/?next=${encodeURIComponent(RAKOR)}`);
    await unlock(page, SECOND.password);
    await page.waitForURL(`${site.url}${RAKOR}`);

    deploy(second); // without the second password

    await page.goto(`${site.url}/internal/tindak-lanjut/`);
    await expect.poll(() => page.url()).toContain('alasan=pembaruan');
    await expect(page.locator('[data-reason="pembaruan"]').isVisible()).resolves.toBe(true);
    await unlock(page, SECOND.password);
    await expect
      .poll(() => page.locator('[data-unlock-error]').textContent(), WRONG_PASSWORD)
      .toContain('Kata sandi salah');
    await unlock(page, FIRST.password);
    await page.waitForURL(`${site.url}/internal/tindak-lanjut/`);
    await context.close();
  });

  // The page opened after unlocking is not a navigation (open-in-place.ts), yet the worker checks
  // the build for it as for one. The form's build's files are left on the host, as a copy
  // without deleting leaves them: its blob of the page still exists and would be shown, to a
  // password whose clearance the rebuild lowered (a line without a level: the lowest).
  it('asks to unlock again when the site was rebuilt while the form was open, old files left on the host', async () => {
    const { context, page } = await formOfFirstBuild();
    cpSync(second.outDir, served, { recursive: true }); // the rebuild, over the first build
    await unlock(page, FIRST.password);
    await expect.poll(() => page.url()).toContain('alasan=pembaruan');
    await expect.poll(() => page.locator('[data-reason="pembaruan"]').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('PENANDA');
    await unlock(page, FIRST.password);
    await page.waitForURL(`${site.url}${RAKOR}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Halaman tidak tersedia');
    expect(await page.content()).not.toContain('PENANDA');
    await context.close();
  });

  // The same, with the worker stopped (as a browser stops idle workers, or a crash) after it
  // answered the unlock page and before the page asked: the blob it fetched ahead is gone with it,
  // and the worker that starts again checks the build for the page all the same.
  it('asks to unlock again when the site was rebuilt while the form was open, and the worker restarted', async () => {
    const { context, page } = await formOfFirstBuild();
    // The unlock page's request for the page waits until the worker has been stopped.
    await page.evaluate((rakor) => {
      const original = window.fetch;
      window.fetch = async (input, init) => {
        if (String(input).includes(rakor)) {
          console.log('asking for the page');
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
        return original(input, init);
      };
    }, RAKOR);
    cpSync(second.outDir, served, { recursive: true });
    const asking = page.waitForEvent('console', { predicate: (message) => message.text() === 'asking for the page' });
    await unlock(page, FIRST.password);
    await asking;
    const devtools = await context.newCDPSession(page);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    // Back on the unlock page: saying the site changed, or, had the stored session not been
    // written yet, asking to unlock; never the earlier build's page.
    await expect.poll(() => page.url()).toMatch(/\/internal\/\?alasan=(pembaruan|masuk)/);
    await expect.poll(() => page.locator('#sandi').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('PENANDA');
    await context.close();
  });
});

describe('with the labels published (WARTA_SLOT_LABELS=public)', () => {
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const built = buildSite('e2e-labels', FIXTURE, NOW, { WARTA_SLOT_LABELS: 'public' });
    expect(built.status, built.output).toBe(0);
    site = await serve(built.outDir);
  });

  afterAll(async () => {
    await site?.close();
  });

  it("lists the agencies, and tries only the chosen one's slot", async () => {
    const { context, page } = await freshContext();
    await page.goto(`${site.url}/internal/?next=${encodeURIComponent(RAKOR)}`);
    // A first visit installs the worker and reloads through it before the form appears.
    await expect
      .poll(() => page.locator('#instansi option').allTextContents(), { timeout: 15_000 })
      .toEqual(['Coba semua kata sandi', ...TEST_PASSWORDS.map((entry) => entry.label)]);
    await page.selectOption('#instansi', { label: FIRST.label });
    await unlock(page, SECOND.password);
    await expect
      .poll(() => page.locator('[data-unlock-error]').textContent(), WRONG_PASSWORD)
      .toContain('Kata sandi salah');
    await page.selectOption('#instansi', { label: SECOND.label });
    await unlock(page, SECOND.password);
    await page.waitForURL(`${site.url}${RAKOR}`);
    await context.close();
  });
});

describe('pictures of internal records', () => {
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const built = buildSite('e2e-internal-pictures', contentWithInternalPictures('e2e-internal-pictures'), NOW);
    expect(built.status, built.output).toBe(0);
    site = await serve(built.outDir);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('load after unlocking, decrypted by the service worker, with no CSP violation', async () => {
    const { context, page, violations } = await freshContext();
    const release = `/internal/siaran/${INTERNAL_RELEASE}/`;
    await page.goto(`${site.url}/internal/?next=${encodeURIComponent(release)}`);
    await unlock(page, FIRST.password);
    for (const [path, alt] of [
      [release, 'Petugas memeriksa dokumen'],
      [`/internal/rapat/${CLOSED_MEETING}/`, 'Foto rapat tertutup'],
    ] as const) {
      if (path !== release) await page.goto(`${site.url}${path}`);
      await page.waitForURL(`${site.url}${path}`);
      const picture = page.locator(`img[alt^="${alt}"]`);
      await expect.poll(() => picture.getAttribute('src')).toMatch(/^\/internal\/_astro\//);
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
