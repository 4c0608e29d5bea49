import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { TEST_PASSWORDS } from '../support/site.ts';

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

/** Internal pages, checked unlocked: their tables are the widest of the site. */
const INTERNAL_PAGES = [
  '/internal/beranda/',
  '/internal/rapat/',
  '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/',
  '/internal/siaran/',
  '/internal/siaran/2024-12-05-laporan-internal-pengawasan/',
  '/internal/tindak-lanjut/',
  '/internal/tindak-lanjut/grafik/',
  '/internal/cari/?q=pengawasan',
];
/**
 * Readers' phones draw the site in fonts of every width. Each 320 px check runs in the page's own
 * fonts (whatever this machine has), then forced into the wide sans and the monospace of
 * fonts-dejavu-core (installed by .ci/run): text that fits in these fits in narrower fonts too.
 */
const FONTS = [
  { name: 'its own fonts', family: undefined },
  { name: 'DejaVu Sans', family: 'DejaVu Sans' },
  { name: 'DejaVu Sans Mono', family: 'DejaVu Sans Mono' },
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
  // The unlock page installs the vault's worker and reloads once through it before it shows its form.
  if (path === '/internal/') await page.waitForSelector('#sandi', { state: 'visible' });
}

/** Opens an internal page as a member does: through the unlock page, with the first password. */
async function openUnlocked(page: Page, path: string) {
  await page.goto(`${site.url}/internal/?next=${encodeURIComponent(path)}`);
  await page.fill('#sandi', TEST_PASSWORDS[0]?.password ?? '');
  await page.click('form[data-unlock] button');
  await page.waitForURL(site.url + path);
  await page.waitForLoadState('networkidle');
}

/** The fonts Chromium actually drew the text of `selector` with (not the ones CSS asked for). */
async function drawnFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

/** Draws every element in `family`, and proves the browser uses it rather than a fallback. */
async function forceFont(page: Page, family: string) {
  await page.addStyleTag({ content: `*, *::before, *::after { font-family: "${family}" !important; }` });
  expect(await drawnFonts(page, 'h1'), `${family} is not installed: apt-get install fonts-dejavu-core`).toEqual([
    family,
  ]);
}

/**
 * Everything drawn past the screen's left or right edge, outside a region that scrolls on its own:
 * text cut off there is lost to the reader even when the page itself does not scroll (an SVG label).
 */
async function beyondTheScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsOnItsOwn = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 1 && (box.left < -0.5 || box.right > width + 0.5) && !scrollsOnItsOwn(element);
      })
      .map((element) => `<${element.localName}> "${element.textContent?.trim().slice(0, 40)}"`);
  });
}

/** Tables outside a named, focusable region of their own that scrolls sideways (WCAG 1.4.10, 2.1.1). */
async function tablesWithoutScrollRegion(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => {
        const region = table.parentElement;
        const labelledBy = region?.getAttribute('aria-labelledby');
        const name =
          region?.getAttribute('aria-label') ?? (labelledBy && document.getElementById(labelledBy)?.textContent);
        const scrolls = region && getComputedStyle(region).overflowX === 'auto';
        return !(region?.getAttribute('role') === 'region' && region.tabIndex === 0 && scrolls && name?.trim());
      })
      .map((table) => table.querySelector('caption')?.textContent ?? table.outerHTML.slice(0, 60)),
  );
}

/** Checks a page at 320 px: no sideways scrolling, nothing cut off, no axe violation; tables shown. */
async function expectReflow(page: Page) {
  // Closed <details> hide the data tables and filters: open them, so they are measured too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await beyondTheScreen(page)).toEqual([]);
  expect(await tablesWithoutScrollRegion(page)).toEqual([]);
  expect(await axe(page)).toEqual([]);
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

describe('the site in Chromium', () => {
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

  describe.each(FONTS)('at 320 px wide in $name', ({ family }) => {
    it.each(PAGES)('%s reads without sideways scrolling, cut-off text or violations', async (path) => {
      const page = await auditPage({ width: 320, height: 640 });
      await open(page, path);
      if (family) await forceFont(page, family);
      await expectReflow(page);
      await page.context().close();
    });

    it.each(INTERNAL_PAGES)('%s, unlocked, reads without sideways scrolling or violations', async (path) => {
      const page = await auditPage({ width: 320, height: 640 });
      await openUnlocked(page, path);
      if (family) await forceFont(page, family);
      await expectReflow(page);
      await page.context().close();
    });
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
