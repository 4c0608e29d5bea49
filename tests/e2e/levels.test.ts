// A member whose password grants terbatas tries, in Chromium, to reach a rahasia meeting: by deep
// link, in the lists, in search, by asking the worker, and by a blob planted under their own name.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { blobName, blobUrl, openSlot, sessionKeys, type Keyring } from '../../src/lib/vault/format.ts';
import { launchBrowser } from '../support/browser.ts';
import { testPassword } from '../support/site.ts';

const siteUrl = inject('siteUrl');
const SECRET = '/internal/rapat/2024-12-09-rapat-evaluasi-operasi-gabungan/'; // rahasia
const MISSING = '/internal/rapat/2024-12-09-rapat-yang-tidak-pernah-ada/';
const TERBATAS = testPassword('pemkot');
const CHAIR = testPassword('imigrasi');
/** Search loads Pagefind's program and index through the worker: seconds on a busy machine. */
const WAIT = { timeout: 20_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh profile unlocked with `password`, on the page `next`. */
async function unlocked(password: string, next: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/internal/?next=${encodeURIComponent(next)}`);
  await page.fill('#sandi', password);
  await page.click('form[data-unlock] button');
  await page.waitForURL((url) => url.pathname === new URL(next, siteUrl).pathname);
  return { context, page };
}

/** The text a reader sees, without the markup. */
const text = (page: Page) => page.locator('body').innerText();

describe('with a terbatas password', () => {
  it('gets a deep link to a rahasia meeting answered without its title or date, exactly as a missing page', async () => {
    const { context, page } = await unlocked(TERBATAS.password, SECRET);
    const seen = await text(page);
    expect(seen).toContain('Halaman tidak tersedia');
    expect(seen).toContain('Terbatas');
    expect(seen).not.toContain('PENANDA');
    expect(seen).not.toMatch(/Desember|2024|Operasi/);
    // The worker cannot tell "above your clearance" from "no such page": no oracle for guessed addresses.
    const response = await page.goto(`${siteUrl}${MISSING}`);
    expect(response?.status()).toBe(404);
    expect(await text(page)).toBe(seen);
    await context.close();
  });

  it('sees no rahasia meeting in the lists and counts, nor its words in search', async () => {
    const { context, page } = await unlocked(TERBATAS.password, '/internal/rapat/');
    expect(await page.content()).not.toContain('PENANDA-RAPAT-TERTUTUP');
    expect(await page.content()).toContain('Rapat Koordinasi Tim PORA');
    await page.goto(`${siteUrl}/internal/cari/?q=${encodeURIComponent('diumumkan sebelum pelaksanaan')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), WAIT).toContain('tidak ditemukan');
    await page.goto(`${siteUrl}/internal/cari/?q=${encodeURIComponent('PENANDA-NOTULEN-1')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), WAIT).toMatch(/^Ditemukan \d+ hasil/);
    await context.close();
  });

  it('is told its clearance by the worker, and cannot fetch the rahasia search bundle', async () => {
    const { context, page } = await unlocked(TERBATAS.password, '/internal/beranda/');
    const answer = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.getRegistration('/internal/'))?.active;
      const channel = new MessageChannel();
      const reply = new Promise((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
      worker?.postMessage({ type: 'status' }, [channel.port2]);
      return {
        reply: await reply,
        rahasia: (await fetch('/internal/pagefind/rahasia/pagefind-entry.json')).status,
        terbatas: (await fetch('/internal/pagefind/terbatas/pagefind-entry.json')).status,
      };
    });
    expect(answer).toEqual({ reply: { ok: true, unlocked: true, clearance: 'terbatas' }, rahasia: 404, terbatas: 200 });
    await context.close();
  });

  it('shows an integrity error, and none of it, when the rahasia blob is served under its own terbatas name', async () => {
    const keyring = (await (await fetch(`${siteUrl}/internal/keyring.json`)).json()) as Keyring;
    const path = `${SECRET}index.html`;
    const nameIn = async (password: string, slot: number, level: string) => {
      const keys = await sessionKeys(
        await openSlot(keyring, keyring.slots[slot] as Keyring['slots'][number], password),
        keyring.buildId,
      );
      const own = keys.find((entry) => entry.level === level);
      if (!own) throw new Error(`no ${level} keys`);
      return blobName(own.names, path);
    };
    const secret = await (
      await fetch(`${siteUrl}${blobUrl(await nameIn(CHAIR.password, 0, 'rahasia'))}`)
    ).arrayBuffer();
    const { context, page } = await unlocked(TERBATAS.password, '/internal/beranda/');
    await context.route(`**${blobUrl(await nameIn(TERBATAS.password, 2, 'terbatas'))}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(secret) }),
    );
    await page.goto(`${siteUrl}${SECRET}`);
    const seen = await text(page);
    expect(seen).toContain('Data internal tidak utuh');
    expect(seen).not.toContain('PENANDA');
    await context.close();
  });
});

describe('with the chair\u2019s password', () => {
  it('opens the rahasia meeting and finds its words', async () => {
    const { context, page } = await unlocked(CHAIR.password, SECRET);
    expect(await page.content()).toContain('PENANDA-NOTULEN-3');
    await page.goto(`${siteUrl}/internal/cari/?q=${encodeURIComponent('diumumkan sebelum pelaksanaan')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), WAIT).toMatch(/^Ditemukan \d+ hasil/);
    await context.close();
  });
});
