import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../support/browser.ts';
import { must } from '../support/must.ts';
import { TEST_PASSWORDS, TMP } from '../support/site.ts';

// A host like GitHub Pages sends no headers: the policy in each page is all that stands between
// markup injected into a page and script running on the site's origin.
const ROOT = join(TMP, 'e2e-no-headers');
const ATTACK = [
  `<script>window.attacked = 'inline script'; document.title = 'DISERANG';</script>`,
  `<img src="/tidak-ada.png" onerror="window.attacked = 'onerror'; document.title = 'DISERANG';" alt="">`,
  `<details open ontoggle="window.attacked = 'ontoggle'; document.title = 'DISERANG';"><summary>x</summary></details>`,
  `<a id="serang" href="javascript:void(window.attacked = 'javascript: link', document.title = 'DISERANG')">klik</a>`,
].join('\n');
const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
const FRAME = `<iframe id="bingkai" src="${RAKOR}" title="x"></iframe>`;
let browser: Browser;
let site: { url: string; close: () => Promise<void> };

/** Plants markup in a copy of a built page; `withoutPolicy` also strips the page's <meta> policy. */
function plant(path: string, markup: string, { withoutPolicy = false } = {}): void {
  const file = join(ROOT, path, 'index.html');
  let html = readFileSync(file, 'utf8').replace('</main>', `${markup}</main>`);
  if (withoutPolicy) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  writeFileSync(file, html);
}

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync(inject('siteDir'), ROOT, { recursive: true });
  rmSync(join(ROOT, '_headers')); // the test server then sends no header of the site's
  plant('siaran-pers', ATTACK);
  plant('kegiatan', ATTACK, { withoutPolicy: true });
  plant('wilayah', FRAME);
  site = await serve(ROOT);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page in a fresh profile that records every policy violation; checks that no policy header came. */
async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { violations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
  });
  const page = await context.newPage();
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status()).toBe(200);
  expect(Object.keys(response?.headers() ?? {}).filter((name) => name.includes('security-policy'))).toEqual([]);
  await page.click('#serang');
  await page.waitForTimeout(300); // a handler or link that ran would have set the title by now
  return page;
}

const attacked = (page: Page) => page.evaluate(() => (window as { attacked?: string }).attacked);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** A fresh browser context whose member has unlocked and been sent on to the rakor's minutes. */
async function unlockedAtRakor() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/internal/?next=${encodeURIComponent(RAKOR)}`);
  await page.fill('#sandi', must(TEST_PASSWORDS[0], 'a test password').password);
  await page.click('form[data-unlock] button');
  await page.waitForURL(`${site.url}${RAKOR}`);
  return { context, page };
}

describe('a page served with no headers at all', () => {
  it('runs no inline script, no event handler and no javascript: link planted in it', async () => {
    const page = await open('/siaran-pers/');
    expect(await attacked(page)).toBeUndefined();
    expect(await page.title()).not.toBe('DISERANG');
    // The inline script and the link are script elements to the policy; the two handlers are attributes.
    expect((await violations(page)).sort()).toEqual([
      'script-src-attr',
      'script-src-attr',
      'script-src-elem',
      'script-src-elem',
    ]);
    await page.context().close();
  });

  it('runs them once its <meta> policy is gone: the policy is what stops them', async () => {
    const page = await open('/kegiatan/');
    expect(await attacked(page)).toBeDefined();
    expect(await page.title()).toBe('DISERANG');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('cannot frame an internal page, even for a member who has unlocked', async () => {
    const { context, page } = await unlockedAtRakor();
    await expect.poll(() => page.content()).toContain('PENANDA-NOTULEN-1'); // unlocked, with no headers
    await page.goto(`${site.url}/wilayah/`);
    await page.locator('#bingkai').waitFor();
    await page.waitForTimeout(1000); // time for the frame to load, were it allowed to
    const framed = await page.evaluate(
      () => (document.getElementById('bingkai') as HTMLIFrameElement).contentDocument?.body?.textContent ?? '',
    );
    expect(framed).not.toContain('PENANDA');
    await context.close();
  });

  it("gives the section's document headers to every internal page, the host's answers as well as the worker's", async () => {
    const { context } = await unlockedAtRakor();
    // The unlock page and a missing page come from the host, which sends none; the record is decrypted.
    for (const path of ['/internal/', RAKOR, '/internal/tidak-ada/']) {
      const headers = (await (await context.newPage()).goto(`${site.url}${path}`))?.headers() ?? {};
      // Never referred: the unlock page's too, as it shows the page it opens in its own document.
      expect(headers, path).toMatchObject({
        'cross-origin-opener-policy': 'same-origin',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    await context.close();
  });
});
