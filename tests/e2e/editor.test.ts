import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the web editor at /admin/', () => {
  it('loads from the site itself, offers GitHub sign-in, and runs under its CSP without a violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('request', (request) => {
      if (!/^(data:|blob:)/.test(request.url()) && !request.url().startsWith(siteUrl)) foreign.push(request.url());
    });
    const response = await page.goto(`${siteUrl}/admin/`);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('GitHub');
    expect(violations).toEqual([]);
    // Only GitHub (the backend), its status page, the version check and the editor's fonts.
    expect(
      foreign.filter(
        (url) =>
          !/^https:\/\/(api\.github\.com|www\.githubstatus\.com|unpkg\.com|cdn\.jsdelivr\.net\/fontsource)\//.test(url),
      ),
    ).toEqual([]);
    await page.close();
  });
});
