import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser, launchProfile } from '../support/browser.ts';
import { TEST_PASSWORDS, TMP } from '../support/site.ts';

// The attacker: a script on a public page of the same origin (injected content, a compromised
// module, an extension) while a member's browser is unlocked. The site is served as GitHub Pages
// serves it, with no headers, so nothing but the pages and the vault's worker defends it.
const ROOT = join(TMP, 'e2e-same-origin');
const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
const MARKER = 'PENANDA-NOTULEN-1';
const [MEMBER] = TEST_PASSWORDS as [(typeof TEST_PASSWORDS)[0]];
let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync(inject('siteDir'), ROOT, { recursive: true });
  rmSync(join(ROOT, '_headers'));
  site = await serve(ROOT);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A member unlocks in `context` and reads the meeting; returns that tab. */
async function unlock(context: BrowserContext, { remember = false } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/internal/?next=${encodeURIComponent(RAKOR)}`);
  await page.fill('#sandi', MEMBER.password);
  if (remember) await page.check('#ingat');
  await page.click('form[data-unlock] button');
  await page.waitForURL(`${site.url}${RAKOR}`);
  await expect.poll(() => page.content(), { timeout: 15_000 }).toContain(MARKER);
  return page;
}

/** A public page of the same origin, where the attacker's script runs. */
async function publicPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  return page;
}

/** In the attacker's page: frames `path` and resolves with the frame's window once it has loaded. */
function frameOf(path: string): Promise<Window> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.src = path;
    frame.addEventListener('load', () => resolve(frame.contentWindow as Window), { once: true });
    document.body.append(frame);
  });
}

/** Gives the attacker's page `frameOf` (page.evaluate runs script even where the page's policy forbids it). */
async function withFrameOf(page: Page): Promise<void> {
  await page.evaluate(`window.frameOf = ${frameOf.toString()}`);
}

type Attacker = Window & { frameOf: typeof frameOf; early: Window; opened: Window; captured: string[] };

/**
 * The attacker opens the unlock page in a pop-up and keeps hooking its form, through every reload, to
 * copy the password when it is sent; the member then unlocks in that pop-up. Returns what was copied.
 */
async function capturedFromPopup(context: BrowserContext, attacker: Page): Promise<string[]> {
  const popup = context.waitForEvent('page');
  await attacker.evaluate((next) => {
    const spy = window as unknown as Attacker & { hooked: Set<Element> };
    spy.captured = [];
    spy.hooked = new Set();
    spy.opened = window.open(`/internal/?next=${encodeURIComponent(next)}`) as Window;
    setInterval(() => {
      try {
        const form = spy.opened.document.querySelector('form[data-unlock]');
        if (!form || spy.hooked.has(form)) return;
        spy.hooked.add(form);
        const field = form.querySelector<HTMLInputElement>('#sandi');
        form.addEventListener('submit', () => spy.captured.push(field?.value ?? ''), true);
      } catch {
        // the handle was cut
      }
    }, 5);
  }, RAKOR);
  const member = await popup;
  await member.fill('#sandi', MEMBER.password);
  await member.click('form[data-unlock] button');
  await member.waitForURL(`${site.url}${RAKOR}`);
  await expect.poll(() => member.content(), { timeout: 15_000 }).toContain(MARKER);
  return attacker.evaluate(() => (window as unknown as Attacker).captured);
}

describe('on one origin, a public page', () => {
  it('cannot read an internal page or file through an iframe', async () => {
    const context = await browser.newContext();
    await unlock(context);
    const attacker = await publicPage(context);
    await withFrameOf(attacker);
    // The meeting, and the internal search's entry file (how many internal pages there are).
    const read = await attacker.evaluate(
      async (paths) => {
        const results: string[] = [];
        for (const path of paths) {
          const frame = await (window as unknown as Attacker).frameOf(path);
          try {
            results.push(frame.document.documentElement.outerHTML);
          } catch (error) {
            results.push(String(error));
          }
        }
        return results.join('\n');
      },
      [RAKOR, '/internal/pagefind/pagefind-entry.json'],
    );
    expect(read).not.toContain(MARKER);
    expect(read).not.toContain('page_count');
    await context.close();
  });

  it('cannot read an internal page nor ask the worker through window.open, whose handle the page cuts', async () => {
    const context = await browser.newContext();
    await unlock(context);
    const attacker = await publicPage(context);
    // Pages, and addresses the host answers with its own 404: the blob folder, below files.
    const targets = [
      RAKOR,
      '/internal/',
      '/internal/_v/x',
      '/internal/_v/',
      '/internal/keyring.json/x',
      '/internal/sw.js/kunci/x',
    ];
    for (const path of targets) {
      const popup = context.waitForEvent('page');
      await attacker.evaluate((target) => Object.assign(window, { opened: window.open(target) }), path);
      await (await popup).waitForLoadState('load');
      // The handle is cut once the browser has moved the pop-up to a browsing context group of its own.
      await expect
        .poll(() => attacker.evaluate(() => (window as unknown as Attacker).opened.closed), { timeout: 5000 })
        .toBe(true);
      const read = await attacker.evaluate(async (target) => {
        const opened = (window as unknown as Attacker).opened;
        try {
          const page = opened.document.documentElement.outerHTML;
          const fetched = await (await opened.fetch(target)).text();
          const status = await new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(JSON.stringify(event.data));
            opened.navigator.serviceWorker.controller?.postMessage({ type: 'status' }, [channel.port2]);
            setTimeout(() => resolve('no answer'), 2000);
          });
          return `${page}\n${fetched}\nstatus: ${String(status)}`;
        } catch (error) {
          return `closed: ${opened.closed}; ${String(error)}`;
        }
      }, RAKOR);
      expect(read, path).not.toContain(MARKER);
      expect(read, path).toContain('closed: true');
    }
    await context.close();
  });

  it('cannot read an internal page through an iframe of the unlock page, framed before or after unlocking', async () => {
    const context = await browser.newContext();
    const attacker = await publicPage(context);
    await withFrameOf(attacker);
    // Framed before the member unlocks: the worker, once installed, takes the frame over.
    await attacker.evaluate(async () => {
      const framing = window as unknown as Attacker;
      framing.early = await framing.frameOf('/internal/');
    });
    await unlock(context);
    const read = await attacker.evaluate(async (path) => {
      const framing = window as unknown as Attacker;
      const results: string[] = [];
      const late = await framing.frameOf('/internal/');
      for (const frame of [framing.early, late]) {
        try {
          const controlled = frame.navigator.serviceWorker.controller !== null;
          const answer = frame.fetch(path).then((response) => response.text());
          const silence = new Promise((resolve) => setTimeout(() => resolve('no answer'), 5000));
          results.push(`controlled: ${controlled}; ${String(await Promise.race([answer, silence]))}`);
        } catch (error) {
          results.push(String(error));
        }
      }
      return results;
    }, RAKOR);
    expect(read[0]).toMatch(/^controlled: true; forbidden$/); // the attack reached the worker, which refused
    expect(read.join('\n')).not.toContain(MARKER);
    await context.close();
  });

  it('cannot talk to the worker: it neither answers nor logs out', async () => {
    const context = await browser.newContext();
    const member = await unlock(context);
    const attacker = await publicPage(context);
    const answers = await attacker.evaluate(async () => {
      const worker = (await navigator.serviceWorker.getRegistration('/internal/'))?.active;
      const ask = (type: string) =>
        new Promise<unknown>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data);
          worker?.postMessage({ type }, [channel.port2]);
          setTimeout(() => resolve('no answer'), 2000);
        });
      return [await ask('status'), await ask('logout')];
    });
    expect(answers).toEqual(['no answer', 'no answer']);
    await member.reload();
    await expect.poll(() => member.content(), { timeout: 15_000 }).toContain(MARKER);
    await context.close();
  });

  it('cannot send the open internal tabs to the unlock page with a forged logout message', async () => {
    const context = await browser.newContext();
    const member = await unlock(context);
    const attacker = await publicPage(context);
    await attacker.evaluate(() => new BroadcastChannel('warta-vault').postMessage('logout'));
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the page asks the worker, which answers at once
    expect(member.url()).toBe(`${site.url}${RAKOR}`);
    expect(await member.content()).toContain(MARKER);
    await context.close();
  });

  it('cannot read an internal page with the keys in IndexedDB after the browser closed', async () => {
    const profile = mkdtempSync(join(TMP, 'e2e-same-origin-profile-'));
    let context: BrowserContext | undefined;
    try {
      context = await launchProfile(profile);
      await unlock(context);
      await context.close();

      context = await launchProfile(profile);
      const attacker = await publicPage(context);
      // Everything IndexedDB holds, every CryptoKey in it tried on the meeting's blob.
      const read = await attacker.evaluate(async (path) => {
        const found: CryptoKey[] = [];
        const walk = (value: unknown): void => {
          if (value instanceof CryptoKey) found.push(value);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        for (const { name } of await indexedDB.databases()) {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(name ?? '');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          for (const store of db.objectStoreNames) {
            const request = db.transaction(store).objectStore(store).getAll();
            walk(await new Promise((resolve) => (request.onsuccess = () => resolve(request.result))));
          }
          db.close();
        }
        const names = found.find((key) => key.usages.includes('sign'));
        const content = found.find((key) => key.usages.includes('decrypt'));
        if (!names || !content) return `no usable keys among ${found.length}`;
        const { buildId } = (await (await fetch('/internal/keyring.json')).json()) as { buildId: string };
        const encode = (text: string) => new TextEncoder().encode(text);
        const full = `${path}index.html`;
        const mac = new Uint8Array(await crypto.subtle.sign('HMAC', names, encode(full)));
        const blob = btoa(String.fromCharCode(...mac))
          .replaceAll('+', '-')
          .replaceAll('/', '_')
          .replace(/=+$/, '');
        const bytes = new Uint8Array(await (await fetch(`/internal/_v/${blob}.bin`)).arrayBuffer());
        const additionalData = encode(`warta-vault/v2|${buildId}|terbatas|${full}`); // the rakor's level
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: bytes.slice(4, 16), additionalData },
          content,
          bytes.slice(16),
        );
        return new TextDecoder().decode(plain);
      }, RAKOR);
      expect(read).not.toContain(MARKER);
      expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('warta_kunci');
      // Nor can the member: the session ended with the browser.
      const member = await context.newPage();
      await member.goto(`${site.url}${RAKOR}`);
      await expect.poll(() => member.url(), { timeout: 15_000 }).toContain('/internal/?alasan=masuk');
    } finally {
      await context?.close(); // closed before the profile is deleted, also when the test fails
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('cannot capture the password typed into an unlock page it opened, on a first visit', async () => {
    const context = await browser.newContext();
    const attacker = await publicPage(context);
    expect(await capturedFromPopup(context, attacker)).toEqual([]);
    await context.close();
  });

  it('cannot capture the password typed into an unlock page it opened after the member logged out', async () => {
    const context = await browser.newContext();
    const member = await unlock(context);
    await member.click('[data-logout]');
    await member.waitForURL(/alasan=keluar/);
    await member.close();
    const attacker = await publicPage(context);
    expect(await capturedFromPopup(context, attacker)).toEqual([]);
    await context.close();
  });

  it('keeps its own storage and the editor logged in when a member logs out of the internal section', async () => {
    const context = await browser.newContext();
    const member = await unlock(context);
    const other = await publicPage(context);
    await other.evaluate(() => {
      localStorage.setItem('sveltia-cms.user', '{"token":"token-editor"}');
      localStorage.setItem('warta-tema', 'gelap');
      localStorage.setItem('warta-vault-instansi', 'imigrasi');
    });
    await member.click('[data-logout]');
    await member.waitForURL(/alasan=keluar/);
    const left = await other.evaluate(async () => ({
      local: Object.fromEntries(Object.entries(localStorage)),
      databases: (await indexedDB.databases()).map((database) => database.name),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(left).toEqual({
      local: { 'sveltia-cms.user': '{"token":"token-editor"}', 'warta-tema': 'gelap' },
      databases: [],
      workers: 1, // the worker stays, without keys, to serve the unlock page
    });
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('warta_kunci');
    await context.close();
  });
});

describe('on one origin, the vault worker', () => {
  it('sends the section document headers with every page it answers, the unlock page too', async () => {
    const context = await browser.newContext();
    await unlock(context);
    for (const path of ['/internal/', RAKOR, '/internal/tidak-ada/']) {
      const page = await context.newPage();
      const headers = (await page.goto(`${site.url}${path}`))?.headers() ?? {};
      expect(headers, path).toMatchObject({
        'cross-origin-opener-policy': 'same-origin',
        'x-frame-options': 'DENY',
      });
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    await context.close();
  });
});

describe('on one origin, the unlock page', () => {
  it('shows no form in a window another page holds, and asks to be opened directly', async () => {
    const context = await browser.newContext();
    const member = await unlock(context);
    // An internal page keeps its handle (same origin, same COOP): the one opener COOP lets through.
    const popup = context.waitForEvent('page');
    await member.evaluate(() => void window.open('/internal/'));
    const opened = await popup;
    await opened.waitForLoadState('load');
    await expect.poll(() => opened.locator('[data-unlock-blocked]').textContent()).toContain('dibuka langsung');
    expect(await opened.locator('form[data-unlock]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('on one origin, a member', () => {
  it('who chose to be remembered finds the section open after the browser restarts, without a password', async () => {
    const profile = mkdtempSync(join(TMP, 'e2e-same-origin-profile-'));
    let context: BrowserContext | undefined;
    try {
      context = await launchProfile(profile);
      await unlock(context, { remember: true });
      await context.close();
      context = await launchProfile(profile);
      const member = await context.newPage();
      await member.goto(`${site.url}${RAKOR}`);
      await expect.poll(() => member.content(), { timeout: 15_000 }).toContain(MARKER);
    } finally {
      await context?.close(); // closed before the profile is deleted, also when the test fails
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
