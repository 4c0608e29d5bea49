import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const PICTURE = join(import.meta.dirname, '../fixtures/valid/press-releases/2024/2024-12-10-posko-pengawasan.png');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Records what a page asks of other origins, the policy violations it reports, and its console errors. */
async function watch(page: Page) {
  const seen = {
    requests: [] as string[],
    foreign: [] as string[],
    violations: [] as string[],
    errors: [] as string[],
  };
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data:|blob:)/.test(url)) return;
    (url.startsWith(siteUrl) ? seen.requests : seen.foreign).push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.exposeFunction('reportViolation', (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return seen;
}

const COMMIT = 'a'.repeat(40);

/** GitHub's API as the editor needs it to sign in to an empty repository, answered in the browser. */
async function fakeGitHub(route: Route) {
  const { pathname } = new URL(route.request().url());
  const query = route.request().postData() ?? '';
  const data = (repository: unknown) => route.fulfill({ json: { data: { repository } } });
  if (pathname === '/user') return route.fulfill({ json: { id: 1, login: 'humas', name: 'Humas', avatar_url: '' } });
  if (pathname.includes('/collaborators/')) return route.fulfill({ status: 204 });
  if (pathname.includes('/git/trees/')) return route.fulfill({ json: { sha: COMMIT, tree: [], truncated: false } });
  if (query.includes('pullRequests')) return data({ pullRequests: { nodes: [] } });
  if (query.includes('history(first: 1)'))
    return data({ ref: { target: { history: { nodes: [{ oid: COMMIT, message: 'isi' }] } } } });
  if (query.includes('{ oid }')) return data({ ref: { target: { oid: COMMIT } } });
  return route.fulfill({ status: 404, json: { message: `not faked: ${pathname} ${query.slice(0, 80)}` } });
}

describe('the web editor at /admin/', () => {
  it('loads only from the site itself, offers GitHub sign-in, and runs under its CSP without a violation', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    const response = await page.goto(`${siteUrl}/admin/`);
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('GitHub');
    expect(seen.foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
    // The icons are a font: served by the site, and drawn.
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'search')))
      .toBe(true);
    expect(seen.requests).toContain(`${siteUrl}/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2`);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("signed in to GitHub, polls neither GitHub's status page nor unpkg for a newer version, and still shows the collections", async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    await page.route(/^https:\/\/api\.github\.com\//, fakeGitHub);
    await page.goto(`${siteUrl}/admin/`);
    await page.getByRole('button', { name: 'Sign In Using Access Token' }).click();
    await page
      .getByRole('textbox')
      .first()
      .fill(`ghp_${'x'.repeat(36)}`);
    await page.keyboard.press('Enter');
    await page.getByText('Catatan rapat').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    // The API itself, answered above, is the one other origin the editor may reach.
    expect(seen.foreign.filter((url) => !url.startsWith('https://api.github.com/'))).toEqual([]);
    expect(seen.foreign).toContain('https://api.github.com/user');
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("takes a British browser's translations and a picture's details module from the site, with the test repository", async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const seen = await watch(page);
    // The same configuration with Sveltia's in-memory repository, so the editor opens without GitHub.
    const config = readFileSync(join(siteDir, 'admin', 'config.yml'), 'utf8').replace(
      /^backend:\n( {2}.*\n)+/m,
      'backend:\n  name: test-repo\n',
    );
    expect(config).toContain('name: test-repo');
    await page.route(/\/admin\/config\.yml/, (route) => route.fulfill({ contentType: 'text/yaml', body: config }));
    await page.goto(`${siteUrl}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    await page.getByText('Siaran pers').first().waitFor({ timeout: 15_000 });
    expect(seen.requests).toContain(`${siteUrl}/admin/locales/en-GB.json`);

    // A picture's details read its date and place with exifr, which the site now serves.
    await page.goto(`${siteUrl}/admin/#/assets`);
    await page.locator('input[type=file]').first().setInputFiles(PICTURE);
    await page.getByRole('button', { name: 'Upload', exact: true }).last().click();
    await page.getByText('2024-12-10-posko-pengawasan.png').first().dblclick();
    await page.getByText('Dimensions').waitFor();
    await expect.poll(() => seen.requests).toContain(`${siteUrl}/admin/vendor/exifr/dist/lite.esm.mjs`);

    expect(seen.foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
