// The split deploy in Chromium: the public site and the internal site on two loopback origins, as
// `npm start` serves them. With the internal section unlocked in one tab, a script on a public page
// (injected content, a compromised editor module, an extension) must reach none of it.
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, ROOT, TEST_PASSWORDS } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
/** Text of the minutes only: on screen once the page is decrypted. */
const MINUTES = 'PENANDA-NOTULEN-1';
const PUBLIC_RELEASE = '/siaran-pers/2025-03-05-pendataan-pekerja-asing-tambang-muara-enim/';
const [FIRST] = TEST_PASSWORDS as [(typeof TEST_PASSWORDS)[0]];

let browser: Browser;
let publicUrl: string;
let internalUrl: string;
const closers: (() => Promise<void>)[] = [];

/** A port free right now, so the build can name the origins it is then served on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const [publicPort, internalPort] = [await freePort(), await freePort()];
  publicUrl = `http://localhost:${publicPort}`;
  internalUrl = `http://127.0.0.1:${internalPort}`;
  const built = buildSite('e2e-split', FIXTURE, NOW, { SITE_URL: publicUrl, INTERNAL_URL: internalUrl });
  if (built.status !== 0) throw new Error(`the split fixture did not build:\n${built.output}`);
  closers.push((await serve(built.outDir, publicPort)).close);
  closers.push((await serve(`${built.outDir}-internal`, internalPort)).close);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const close of closers) await close();
});

/** A tab unlocked on the internal site at `base`, on the minutes; `direct` opens the unlock page itself. */
async function unlockedTab(context: BrowserContext, base: string, direct = false): Promise<Page> {
  const page = await context.newPage();
  if (direct) await page.goto(`${base}/internal/?${new URLSearchParams({ alasan: 'masuk', next: RAKOR })}`);
  else {
    await page.goto(`${base}${RAKOR}`);
    await page.waitForURL(/\/internal\/\?alasan=masuk/);
  }
  await page.fill('#sandi', FIRST.password);
  await page.click('form[data-unlock] button');
  await page.waitForURL(`${base}${RAKOR}`);
  await expect.poll(() => page.content(), { timeout: 20_000 }).toContain(MINUTES);
  return page;
}

/**
 * What a script on a public page gets of the internal section: an iframe's document, a fetch's
 * body, an opened window's document, the origin's databases and its service workers.
 */
async function attack(context: BrowserContext, publicPage: Page, internalPage: string) {
  const popup = context.waitForEvent('page');
  const result = await publicPage.evaluate(async (target) => {
    const read = async (what: () => Promise<string | undefined> | string | undefined) => {
      try {
        return (await what()) ?? 'nothing';
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    };
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = target;
    document.body.append(frame);
    await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 3000))]);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the worker answer
    return {
      iframe: await read(() => frame.contentDocument?.body?.innerText),
      fetch: await read(async () => (await fetch(target, { credentials: 'include' })).text()),
      opened: await read(() => {
        (window as unknown as { attackWindow?: Window | null }).attackWindow = window.open(target, '_blank');
        return 'opened';
      }),
      databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      controlled: navigator.serviceWorker.controller !== null,
    };
  }, internalPage);
  const opened = await popup;
  await opened.waitForLoadState();
  // The window the script opened shows the minutes: there is something to read, for the member.
  await expect.poll(() => opened.content(), { timeout: 20_000 }).toContain(MINUTES);
  const openedDocument = await publicPage.evaluate(() => {
    try {
      return (window as unknown as { attackWindow?: Window | null }).attackWindow?.document.body.innerText ?? 'nothing';
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  });
  await opened.close();
  return { ...result, openedDocument };
}

describe('the split deploy on two origins in Chromium', () => {
  it('serves nothing of the internal section on the public origin', async () => {
    for (const path of ['/internal/', '/internal/keyring.json', '/internal/sw.js', RAKOR]) {
      const response = await fetch(`${publicUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('keyring');
    }
  });

  it('unlocks on the internal origin, whose pages link public pages on the public origin', async () => {
    const context = await browser.newContext();
    const page = await unlockedTab(context, internalUrl);
    const publicSummary = page.locator(`a[href="${publicUrl}/kegiatan/2024-11-22-rakor-tim-pora-pagaralam/"]`);
    await expect(publicSummary.count()).resolves.toBe(1);
    const relative = await page.$$eval('a[href^="/"]', (links) =>
      links.map((link) => link.getAttribute('href')).filter((href) => !href?.startsWith('/internal/')),
    );
    expect(relative).toEqual([]);
    await page.click(`.site-header a[href="${publicUrl}/siaran-pers/"]`);
    await page.waitForURL(`${publicUrl}/siaran-pers/`);
    await context.close();
  });

  it('sends an address of the other site there, from either 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publicUrl}${RAKOR}`);
    await page.waitForURL(new RegExp(`^${internalUrl}/internal/\\?alasan=masuk`));
    await page.goto(`${internalUrl}${PUBLIC_RELEASE}`);
    await page.waitForURL(`${publicUrl}${PUBLIC_RELEASE}`);
    await context.close();
  });

  it.each([
    ['/\\evil.example/x', '//evil.example/x'],
    ['//evil.example/x/', '//evil.example/x/'],
  ])('keeps %s on the internal site a path of the public site, never another host', async (attack, path) => {
    const context = await browser.newContext();
    const visited: string[] = [];
    await context.route('http://evil.example/**', async (route) => {
      visited.push(route.request().url());
      await route.fulfill({ contentType: 'text/html', body: '<p>elsewhere</p>' });
    });
    const page = await context.newPage();
    await page.goto(`${internalUrl}${attack}`);
    await page.waitForURL((url) => url.origin !== internalUrl);
    expect(page.url()).toBe(`${publicUrl}${path}`);
    expect(visited).toEqual([]);
    await context.close();
  });

  it('keeps an internal address with a doubled slash on the internal site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${publicUrl}/internal//evil.example/x`);
    await page.waitForURL((url) => url.origin === internalUrl);
    await context.close();
  });

  it('finds a public record in the internal search and opens it on the public origin', async () => {
    const context = await browser.newContext();
    const page = await unlockedTab(context, internalUrl);
    await page.goto(`${internalUrl}/internal/cari/?q=batubara`);
    await page.waitForSelector('.search-result__title a');
    const hrefs = await page.$$eval('.search-result__title a', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    const release = hrefs.find((href) => href.startsWith(`${publicUrl}${PUBLIC_RELEASE}`));
    expect(release, hrefs.join('\n')).toBeDefined();
    await page.click(`.search-result__title a[href^="${publicUrl}${PUBLIC_RELEASE}"]`);
    await page.waitForURL((url) => url.href.startsWith(`${publicUrl}${PUBLIC_RELEASE}`));
    await context.close();
  });

  it('keeps a script on a public page from the unlocked section: no page, no keys, no worker', async () => {
    const context = await browser.newContext();
    await unlockedTab(context, internalUrl);
    const publicPage = await context.newPage();
    await publicPage.goto(`${publicUrl}/`);
    const found = await attack(context, publicPage, `${internalUrl}${RAKOR}`);
    expect(found.iframe).not.toContain(MINUTES);
    expect(found.fetch).not.toContain(MINUTES);
    expect(found.openedDocument).toMatch(/^refused: SecurityError$/);
    expect(found.databases).toEqual([]);
    expect(found.workers).toBe(0);
    expect(found.controlled).toBe(false);
    await context.close();
  });

  it('keeps a session whose key cookie a sibling host shadowed, across a restart of the worker', async () => {
    // Two host names under one domain, as warta.example.org and intern.warta.example.org: Chromium
    // sends *.localhost to loopback and treats it as secure, and warta.localhost is the domain
    // both share (the public suffix list does not know .localhost, so it counts as one). The
    // build names 127.0.0.1, whose 404 page would send there: the unlock page is opened directly.
    const sibling = publicUrl.replace('localhost', 'pub.warta.localhost');
    const internal = internalUrl.replace('127.0.0.1', 'intern.warta.localhost');
    const context = await browser.newContext();
    const publicPage = await context.newPage();
    await publicPage.goto(`${sibling}/`);
    await publicPage.evaluate(() => {
      document.cookie = `warta_kunci=${'A'.repeat(43)}; Domain=warta.localhost; Path=/internal/sw.js/kunci/; Max-Age=9999999`;
    });
    const page = await unlockedTab(context, internal, true);
    const keyCookies = (await context.cookies(`${internal}/internal/sw.js/kunci/`)).filter(
      (cookie) => cookie.name === 'warta_kunci',
    );
    expect(keyCookies.map((cookie) => cookie.domain).sort()).toEqual(['.warta.localhost', 'intern.warta.localhost']);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(`${internal}${RAKOR}`);
    await expect.poll(() => page.content(), { timeout: 20_000 }).toContain(MINUTES);
    expect(page.url()).toBe(`${internal}${RAKOR}`);
    await context.close();
  });

  it('on one origin, the same script finds the keys and the worker (what the split takes away)', async () => {
    const siteUrl = inject('siteUrl');
    const context = await browser.newContext();
    await unlockedTab(context, siteUrl);
    const publicPage = await context.newPage();
    await publicPage.goto(`${siteUrl}/`);
    const found = await attack(context, publicPage, `${siteUrl}${RAKOR}`);
    expect(found.databases.length).toBeGreaterThan(0);
    expect(found.workers).toBe(1);
    await context.close();
  });
});
