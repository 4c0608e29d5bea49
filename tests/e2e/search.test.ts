import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the search page (at phone width) and waits until Pagefind has answered. */
async function openSearch(query: string, width = 390): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${siteUrl}/cari/${query}`);
  // Wait for Pagefind's answer to this query, not an earlier state of the count.
  const term = new URLSearchParams(query).get('q');
  if (term)
    await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(q), term);
  return page;
}

/** Waits until the count of the current search is shown, then for its results. */
async function loadResults(page: Page): Promise<void> {
  await summary(page);
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === null);
}

async function resultTitles(page: Page): Promise<string[]> {
  await loadResults(page);
  return page.locator('.search-result__title a').allTextContents();
}

/** The sentence that says how many results were found, in the polite live region. */
async function summary(page: Page): Promise<string> {
  await page.waitForFunction(() =>
    /hasil|tidak ditemukan/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

describe('public search in Chromium', () => {
  it('finds a release by a word of its text and lists it first', async () => {
    const page = await openSearch('');
    await page.fill('#cari-q', 'batubara');
    await expect.poll(() => summary(page)).toContain('batubara');
    expect((await resultTitles(page))[0]).toBe('Pendataan Pekerja Asing di Tambang Batubara Muara Enim Rampung');
    expect(new URL(page.url()).searchParams.get('q')).toBe('batubara');
    await page.close();
  });

  it('stems Indonesian: "mengawasi" finds pages that only say "pengawasan"', async () => {
    const page = await openSearch('?q=mengawasi');
    const titles = await resultTitles(page);
    expect(titles).toContain('Pengelola Homestay di Palembang Diminta Melaporkan Tamu Asing');
    const html = await (await fetch(`${siteUrl}/siaran-pers/2025-06-10-penginapan-palembang-diminta-lapor/`)).text();
    expect(html).not.toMatch(/mengawasi/i);
    await page.close();
  });

  it('narrows results with a region filter and keeps it in the URL', async () => {
    const page = await openSearch('?q=asing');
    const all = await resultTitles(page);
    await page.click('summary:has-text("Saring dan urutkan")');
    await page.selectOption('#cari-wilayah', '16.71');
    await expect.poll(() => new URL(page.url()).searchParams.get('wilayah')).toBe('16.71');
    await expect
      .poll(() => resultTitles(page))
      .toEqual(['Pengelola Homestay di Palembang Diminta Melaporkan Tamu Asing']);
    expect(all.length).toBeGreaterThan(1);
    await page.close();
  });

  it('sorts by date, newest first, when asked', async () => {
    const page = await openSearch('?q=asing&urut=terbaru');
    await loadResults(page);
    const metas = await page.locator('.search-result__meta').allTextContents();
    const years = metas.map((meta) => Number(/(\d{4})/.exec(meta)?.[1]));
    expect(years.length).toBeGreaterThan(2);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    await page.close();
  });

  it('explains what to do when nothing matches', async () => {
    const page = await openSearch('?q=kapalselamkuning');
    await expect.poll(() => summary(page)).toContain('tidak ditemukan');
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  it('finds nothing for words that exist only in internal minutes, embargoes or drafts', async () => {
    for (const word of ['penanda', 'notulen', 'PENANDA-NOTULEN-1', 'PENANDA-EMBARGO']) {
      const page = await openSearch(`?q=${encodeURIComponent(word)}`);
      await expect.poll(() => summary(page), { message: word }).toContain('tidak ditemukan');
      await page.close();
    }
  });

  it('restores a shared search from its URL, and the back button returns to the previous search', async () => {
    const page = await openSearch('?q=pilkada&wilayah=16.72&jenis=kegiatan');
    await expect(page.inputValue('#cari-q')).resolves.toBe('pilkada');
    await expect(page.inputValue('#cari-wilayah')).resolves.toBe('16.72');
    await expect(page.inputValue('#cari-jenis')).resolves.toBe('kegiatan');
    await loadResults(page);
    const metas = await page.locator('.search-result__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((meta) => meta.startsWith('Kegiatan koordinasi'))).toBe(true);
    await page.selectOption('#cari-jenis', 'siaran-pers');
    await expect.poll(() => new URL(page.url()).searchParams.get('jenis')).toBe('siaran-pers');
    await page.goBack();
    await expect.poll(() => page.inputValue('#cari-jenis')).toBe('kegiatan');
    await page.close();
  });

  it('links each result to its page with the matched words highlighted', async () => {
    const page = await openSearch('?q=homestay');
    await loadResults(page);
    const href = await page.locator('.search-result__title a').first().getAttribute('href');
    expect(href).toMatch(/\/siaran-pers\/2025-06-10-penginapan-palembang-diminta-lapor\/#:~:text=homestay/i);
    await page.close();
  });

  it('leads to the search page from the header form of any page, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/siaran-pers/`);
    await page.fill('#header-q', 'pagar alam');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/cari\/\?q=pagar\+alam/);
    await expect(page.locator('noscript').count()).resolves.toBe(1);
    await context.close();
  });

  it('works by keyboard: type, then Tab reaches the filters and the first result', async () => {
    const page = await openSearch('');
    await page.focus('#cari-q');
    await page.keyboard.type('pilkada');
    await expect.poll(() => summary(page)).toContain('pilkada');
    await page.click('summary:has-text("Saring dan urutkan")');
    await page.focus('#cari-q');
    const focusable: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      focusable.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''));
    }
    expect(focusable).toContain('cari-wilayah');
    expect(focusable).toContain('search-result__link');
    await page.close();
  });

  it("loads neither Pagefind's UI nor a filter chunk for a first query, and announces the count politely", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/cari/?q=pengawasan`);
    const count = await summary(page);
    await page.waitForLoadState('networkidle');
    expect(count).toMatch(/^Ditemukan \d+ hasil untuk “pengawasan”\.$/);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests.filter((path) => /pagefind-(component-|modular-)?ui|\/pagefind\/filter\//.test(path))).toEqual([]);
    expect(requests.filter((path) => path.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(10);
    // Matched words are marked in the excerpt, which holds nothing but text and <mark>.
    const excerpt = page.locator('.search-result__excerpt').first();
    const elements = await excerpt.evaluate((element) =>
      [...element.querySelectorAll('*')].map((child) => child.outerHTML),
    );
    expect(elements.length).toBeGreaterThan(0);
    for (const html of elements) expect(html).toMatch(/^<mark>[^<>]+<\/mark>$/);
    await page.close();
  });

  it('shows ten results at a time, the next ten on request, and moves the keyboard to the first new one', async () => {
    // A stand-in for pagefind.js with 23 results, since the fixture has fewer than ten per search.
    const page = await browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          window.loaded = 0;
          const results = Array.from({ length: 23 }, (_, i) => ({
            id: String(i),
            data: async () => {
              window.loaded++;
              return {
                url: '/siaran-pers/hasil-' + (i + 1) + '/',
                excerpt: 'kata <mark>uji</mark> <img src=x onerror="window.injected = true"> ke-' + (i + 1),
                meta: { title: 'Hasil ' + (i + 1), jenis: 'Siaran pers', tanggal: 'Senin, 1 Juni 2026', ringkasan: 'Ringkasan <b>teks</b>' },
              };
            },
          }));
          export const options = async () => {};
          export const init = async () => {};
          export const search = async () => ({ results });`,
      }),
    );
    await page.goto(`${siteUrl}/cari/?q=uji`);
    await expect.poll(() => summary(page)).toBe('Ditemukan 23 hasil untuk “uji”.');
    const next = page.locator('[data-search-next]');
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(await page.evaluate(() => (window as unknown as { loaded: number }).loaded)).toBe(10);
    expect(await next.textContent()).toBe('Tampilkan 10 hasil berikutnya');

    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hasil 11');
    expect(await page.evaluate(() => (window as unknown as { loaded: number }).loaded)).toBe(20);
    expect(await next.textContent()).toBe('Tampilkan 3 hasil berikutnya');

    await next.click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(23);
    expect(await next.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hasil 21');
    // What is not a mark in an excerpt, and any markup in metadata, stays text.
    expect(await page.locator('.search-result img, .search-result b').count()).toBe(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(await page.locator('.search-result__summary').first().textContent()).toBe('Ringkasan <b>teks</b>');
    expect(await page.locator('.search-result__meta').first().textContent()).toBe('Siaran pers · Senin, 1 Juni 2026');
    expect(await page.locator('.search-result__title a').first().getAttribute('href')).toBe(
      '/siaran-pers/hasil-1/#:~:text=uji',
    );
    await page.close();
  });
});
