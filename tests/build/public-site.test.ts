import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/integrations/link-check.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { meetingVisibility, releaseVisibility } from '../../src/lib/visibility.ts';
import { buildSite, builtPage, readSite, ROOT, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
// Before the fixture's embargoed release (15 January 2030, 09.00 WIB).
const BEFORE_EMBARGO = '2026-06-01T00:00:00+07:00';
const AT_EMBARGO = '2030-01-15T09:00:00+07:00';

const { content } = loadContent(FIXTURE, { root: ROOT });
if (!content) throw new Error('the valid fixture does not load: run npm run check -- tests/fixtures/valid');
const now = new Date(BEFORE_EMBARGO);
const hiddenReleases = content.releases.filter((entry) => releaseVisibility(entry.data, now) !== 'public');
const publicReleases = content.releases.filter((entry) => releaseVisibility(entry.data, now) === 'public');
const publicMeetings = content.meetings.filter((entry) => meetingVisibility(entry.data, now) === 'public');
const internalMeetings = content.meetings.filter((entry) => meetingVisibility(entry.data, now) !== 'public');

let site: Map<string, string>;
let outDir: string;

beforeAll(() => {
  rmSync(join(TMP, 'public'), { recursive: true, force: true });
  const result = buildSite('public', FIXTURE, BEFORE_EMBARGO);
  expect(result.status, result.output).toBe(0);
  site = readSite(result.outDir);
  outDir = result.outDir;
});

/** Pages for readers: not the encrypted internal section, not the press unit's web editor. */
const isReaderPage = (path: string) =>
  path.endsWith('.html') && !path.startsWith('/internal/') && !path.startsWith('/admin/');

const page = (path: string) => builtPage(site, path);

describe('the public site built from the fixture', () => {
  it('has the fixture the tests rely on: hidden and public records of each kind', () => {
    expect(hiddenReleases.map((entry) => releaseVisibility(entry.data, now)).sort()).toEqual([
      'draft',
      'internal',
      'scheduled',
    ]);
    expect(publicReleases.length).toBeGreaterThanOrEqual(2);
    expect(publicMeetings.length).toBeGreaterThanOrEqual(2);
    expect(internalMeetings.length).toBeGreaterThanOrEqual(1);
  });

  it('builds the home, list, archive, region, organization and record pages', () => {
    for (const path of ['/', '/siaran-pers/', '/siaran-pers/tahun/2024/', '/kegiatan/', '/wilayah/', '/instansi/']) {
      expect(page(path)).toContain('<html lang="id">');
    }
    for (const release of publicReleases) expect(page(`/siaran-pers/${release.id}/`)).toContain(release.data.title);
    for (const meeting of publicMeetings)
      expect(page(`/kegiatan/${meeting.id}/`)).toContain(meeting.data.public?.summary.trim().slice(0, 40));
    for (const region of content.regions) expect(page(`/wilayah/${region.id}/`)).toContain(region.name);
    for (const organization of content.organizations)
      expect(page(`/instansi/${organization.id}/`)).toContain(organization.name);
    for (const file of ['/rss.xml', '/sitemap-index.xml', '/robots.txt', '/404.html'])
      expect(site.has(file), file).toBe(true);
  });

  it('shows dates in Indonesian and in WIB, whatever the build machine’s zone', () => {
    const release = page('/siaran-pers/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam/');
    expect(release).toContain('Sabtu, 23 November 2024, 10.15 WIB');
    expect(release).toContain('datetime="2024-11-23T03:15:00.000Z"');
  });

  it('puts no internal marker from minutes, decisions, actions, drafts or embargoes in any file', () => {
    const leaks = [...site].filter(([, text]) => text.includes('PENANDA')).map(([path]) => path);
    expect(leaks).toEqual([]);
  });

  it('leaves drafts, embargoed and internal releases out of every page, feed and file name', () => {
    for (const release of hiddenReleases) {
      const mentions = [...site].filter(
        ([path, text]) => path.includes(release.id) || text.includes(release.id) || text.includes(release.data.title),
      );
      expect(
        mentions.map(([path]) => path),
        release.id,
      ).toEqual([]);
    }
  });

  it('gives internal-only meetings no page and no mention', () => {
    for (const meeting of internalMeetings) {
      const mentions = [...site].filter(
        ([path, text]) => path.includes(meeting.id) || text.includes(meeting.id) || text.includes(meeting.data.title),
      );
      expect(
        mentions.map(([path]) => path),
        meeting.id,
      ).toEqual([]);
    }
  });

  it('shows a public meeting only through its public view', () => {
    for (const meeting of publicMeetings) {
      const html = page(`/kegiatan/${meeting.id}/`);
      for (const decision of meeting.data.decisions) expect(html).not.toContain(decision);
      for (const action of meeting.data.actions) expect(html).not.toContain(action.what);
      expect(html).not.toContain(meeting.body.trim().slice(0, 60));
      expect(html).not.toContain(meeting.data.classification === 'terbatas' ? 'Terbatas' : meeting.data.classification);
    }
  });

  it('lists exactly the public releases in the feed', () => {
    const feed = site.get('/rss.xml') ?? '';
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    expect(links.sort()).toEqual(publicReleases.map((release) => `/siaran-pers/${release.id}/`).sort());
  });

  it('lists only built public pages in the sitemap', () => {
    const sitemap = [...site]
      .filter(([path]) => /^\/sitemap-\d+\.xml$/.test(path))
      .map(([, text]) => text)
      .join('');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(urls.length).toBeGreaterThan(10);
    for (const path of urls) expect(site.has(`${path}index.html`), path).toBe(true);
    expect(urls).not.toContain('/404/');
  });

  it('indexes for search exactly the public releases and meetings, with their filters', () => {
    const fragments = [...site]
      .filter(([path]) => path.startsWith('/pagefind/fragment/'))
      .map(
        ([, text]) =>
          JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; filters: Record<string, string[]> },
      );
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
      [
        ...publicReleases.map((release) => `/siaran-pers/${release.id}/`),
        ...publicMeetings.map((meeting) => `/kegiatan/${meeting.id}/`),
      ].sort(),
    );
    const release = fragments.find((fragment) => fragment.url.includes('2025-06-10-penginapan-palembang'));
    expect(release?.filters).toEqual({
      jenis: ['Siaran pers'],
      wilayah: ['Kota Palembang'],
      instansi: ['Kanwil Ditjen Imigrasi Sumsel'],
      tahun: ['2025'],
    });
  });

  it('sends no JavaScript to readers, except on the search page and the 404 page', () => {
    // Pages under /internal/ are for team members, behind the vault; their scripts are not readers'.
    // The 404 page carries one small script that sends internal deep links to the unlock page.
    const readerPages = [...site].filter(([path]) => isReaderPage(path));
    const notFound = site.get('/404.html') ?? '';
    expect([...notFound.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])).toEqual([
      expect.stringMatching(/^\/_astro\/404\.astro_astro_type_script.*\.js$/),
    ]);
    for (const [path, text] of readerPages) {
      if (path === '/cari/index.html' || path === '/404.html') continue;
      const scripts = [...text.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
      expect(
        scripts.every((attributes) => attributes?.includes('application/ld+json')),
        path,
      ).toBe(true);
    }
    // The search page loads its own script, and the modules that script imports, nothing else.
    const entries = [...page('/cari/').matchAll(/<script\b[^>]*\bsrc="(\/_astro\/[^"]+)"/g)].map((match) => match[1]);
    expect(entries).toEqual([expect.stringMatching(/^\/_astro\/cari\.astro_astro_type_script.*\.js$/)]);
    // Pagefind's own UI (its script and stylesheet) is not loaded: the page's script uses pagefind.js.
    expect(page('/cari/')).toContain('data-search-scope="public"');
    expect(page('/cari/')).not.toMatch(/pagefind-(component-|modular-)?ui/);
    // …nor deployed: the bundle holds the search itself (module, worker, WebAssembly, index).
    expect([...site.keys()].filter((file) => /^\/pagefind\/[^/]+$/.test(file)).sort()).toEqual([
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      expect.stringMatching(/^\/pagefind\/pagefind\.id_\w+\.pf_meta$/),
      '/pagefind/pagefind.js',
      '/pagefind/wasm.id.pagefind',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    const imports = (path: string) =>
      [...(site.get(path) ?? '').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map(
        (match) => `/_astro/${match[1]}`,
      );
    for (const module of [...entries, ...entries.flatMap((entry) => imports(entry ?? ''))]) {
      expect(site.has(module ?? ''), module).toBe(true);
    }
  });

  it('gives every page a canonical URL, Open Graph title and one h1', () => {
    for (const [path, html] of site) {
      if (!isReaderPage(path)) continue;
      if (path !== '/404.html') expect(html, path).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/"/);
      expect(html, path).toContain('<meta property="og:title"');
      expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1);
    }
  });
});

describe('the link check', () => {
  it('finds every link and anchor of the built site resolving', async () => {
    expect(await checkLinks(outDir)).toEqual([]);
  });

  it('reports a broken link and a broken anchor planted in a copy, naming the page', async () => {
    const copy = join(TMP, 'public', 'links');
    rmSync(copy, { recursive: true, force: true });
    cpSync(outDir, copy, { recursive: true });
    const home = join(copy, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        '</main>',
        '<a href="/kegiatan/hilang/">x</a><a href="/kegiatan/#hilang">y</a></main>',
      ),
    );
    expect(await checkLinks(copy)).toEqual([
      { page: '/index.html', href: '/kegiatan/hilang/', problem: 'no such page or file' },
      { page: '/index.html', href: '/kegiatan/#hilang', problem: 'no such anchor' },
    ]);
  });
});

describe('an embargoed release', () => {
  it('appears in its page, the list, the feed, the sitemap and search once the build clock reaches its time', () => {
    const embargoed = hiddenReleases.find((entry) => releaseVisibility(entry.data, now) === 'scheduled');
    if (!embargoed) throw new Error('the fixture needs a scheduled release');
    expect(releaseVisibility(embargoed.data, new Date(AT_EMBARGO))).toBe('public');
    const result = buildSite('embargo', FIXTURE, AT_EMBARGO);
    expect(result.status, result.output).toBe(0);
    const later = readSite(result.outDir);
    const path = `/siaran-pers/${embargoed.id}/`;
    expect(later.get(`${path}index.html`)).toContain(embargoed.data.title);
    expect(later.get('/siaran-pers/index.html')).toContain(path);
    expect(later.get('/rss.xml')).toContain(path);
    expect([...later].some(([file, text]) => file.startsWith('/sitemap-') && text.includes(path))).toBe(true);
    expect(
      [...later].some(([file, text]) => file.startsWith('/pagefind/fragment/') && text.includes(`"url":"${path}"`)),
    ).toBe(true);
    expect([...site].some(([file, text]) => file.startsWith('/pagefind/fragment/') && text.includes(path))).toBe(false);
  });
});

describe('a build with content errors', () => {
  it('fails, reports every error with file and field, and writes no output', () => {
    const result = buildSite('invalid', join(ROOT, 'tests/fixtures/broken-site'), BEFORE_EMBARGO);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content errors; nothing was built');
    expect(result.output).toMatch(/organizations\.yaml:\d+:\d+: \[\d+\]\.kind "polisi" is not allowed/);
    expect(result.output).toMatch(
      /2024-11-22-rakor-rusak\.md:\d+:\d+: participants\[1\]\.organization "polres-pagar-alam" is not in .*organizations\.yaml \(did you mean "polres-pagaralam"\?\)/,
    );
    expect(result.output).toMatch(
      /2024-11-23-siaran-rusak\.md:\d+:\d+: publishedAt "2024-11-23 10:15" must be a date and time with its offset/,
    );
    expect(existsSync(result.outDir)).toBe(false);
  });
});
