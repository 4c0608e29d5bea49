import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
  '/',
  '/siaran-pers/',
  '/siaran-pers/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam/',
  '/siaran-pers/tahun/2024/',
  '/kegiatan/',
  '/kegiatan/2024-11-22-rakor-tim-pora-pagaralam/',
  '/kegiatan/ringkasan/',
  '/wilayah/',
  '/wilayah/16.72/',
  '/instansi/',
  '/instansi/kanwil-imigrasi-sumsel/',
  '/cari/?q=pengawasan',
  '/internal/',
  '/halaman-yang-tidak-ada/',
];

const site = { url: inject('siteUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A page that lets axe-core in: the site's CSP (rightly) refuses injected scripts. */
async function auditPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  return context.newPage();
}

/** Opens a page, checking that it exists unless it is the 404 test address. */
async function open(page: Page, path: string) {
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(path.startsWith('/halaman-yang-tidak-ada') ? 404 : 200);
}

async function axe(page: Page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

describe('public pages in Chromium', () => {
  it.each(PAGES)('%s runs under its Content-Security-Policy without a violation', async (path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await open(page, path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('%s has no WCAG 2.2 AA violation on a desktop screen', async (path) => {
    const page = await auditPage({ width: 1280, height: 900 });
    await open(page, path);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it.each(PAGES)('%s reads at 320 px wide without sideways scrolling or violations', async (path) => {
    const page = await auditPage({ width: 320, height: 640 });
    await open(page, path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('offers a skip link as the first stop of the keyboard, leading to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      visible: document.activeElement?.getBoundingClientRect().top,
    }));
    expect(focused.text).toBe('Langsung ke konten utama');
    expect(focused.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten');
    await page.close();
  });

  it('shows a visible focus outline on links', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(site.url + '/tidak-ada/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Halaman tidak ditemukan');
    await page.close();
  });
});
