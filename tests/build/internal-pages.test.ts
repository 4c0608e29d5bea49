import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Pagefind from 'pagefind';
import { readLinks } from '../../src/integrations/link-check.ts';
import { buildLevelIndexes, withPagefind, type LevelIndexes } from '../../src/integrations/search.ts';
import { childProcesses } from '../../src/integrations/staging.ts';
import { variantPath } from '../../src/lib/internal/paths.ts';
import { LEVELS, RELEASE_LEVEL, type Level } from '../../src/lib/levels.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { localDay } from '../../src/lib/dates.ts';
import { isOverdue } from '../../src/lib/internal/tracker.ts';
import { releaseVisibility } from '../../src/lib/visibility.ts';
import { buildSite, builtPage, readSite, ROOT, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
// Before the fixture's embargoed release, and after every due day of its actions.
const NOW = '2026-06-01T00:00:00+07:00';

const { content } = loadContent(FIXTURE, { root: ROOT });
if (!content) throw new Error('the valid fixture does not load: run npm run check -- tests/fixtures/valid');
const now = new Date(NOW);
const today = localDay(now, { timeZone: 'Asia/Jakarta' });
const meetings = content.meetings.filter((entry) => !entry.data.draft);
const releases = content.releases.filter((entry) => !entry.data.draft);
const drafts = content.releases.filter((entry) => entry.data.draft);
const notPublic = releases.filter((entry) => releaseVisibility(entry.data, now) !== 'public');
const actions = meetings.flatMap((meeting) => meeting.data.actions.map((action) => ({ meeting, action })));

let site: Map<string, string>;
let outDir: string;

beforeAll(() => {
  rmSync(join(TMP, 'internal'), { recursive: true, force: true });
  // The vault would encrypt /internal/; these tests read the pages it is given.
  const result = buildSite('internal', FIXTURE, NOW, { WARTA_VAULT: 'off' });
  expect(result.status, result.output).toBe(0);
  outDir = result.outDir;
  site = readSite(outDir);
});

const page = (path: string) => builtPage(site, path);

/** The text of a page between two markers, to look at one section. */
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to));

describe('the internal pages built from the fixture', () => {
  it('has the fixture the tests rely on: overdue and finished actions, hidden releases, a draft, an attachment', () => {
    expect(actions.some(({ action }) => isOverdue(action, today))).toBe(true);
    expect(actions.some(({ action }) => !isOverdue(action, today))).toBe(true);
    expect(notPublic.map((entry) => releaseVisibility(entry.data, now)).sort()).toEqual(['internal', 'scheduled']);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    expect(meetings.some((meeting) => meeting.data.public === undefined)).toBe(true);
    expect(meetings.flatMap((meeting) => meeting.data.attachments).length).toBeGreaterThanOrEqual(1);
  });

  it('builds the overview, meeting list, tracker, release list and archive search, once per level', () => {
    for (const path of ['/internal/beranda/', '/internal/rapat/', '/internal/tindak-lanjut/', '/internal/siaran/']) {
      expect(page(path)).toContain('<html lang="id" data-level="sangat-rahasia" ');
      for (const level of ['biasa', 'terbatas', 'rahasia'])
        expect(page(variantPath(level as Level, path))).toContain(`<html lang="id" data-level="${level}" `);
    }
    const search = page('/internal/cari/');
    // The page's script loads the internal bundles of the session's levels, and no Pagefind UI.
    expect(search).toContain('data-search-scope="internal"');
    expect(search).not.toContain('pagefind-component-ui');
    for (const filter of ['jenis', 'wilayah', 'instansi', 'klasifikasi', 'status', 'tahun']) {
      expect(search).toContain(`data-filter="${filter}"`);
    }
  });

  it('gives every meeting, internal-only ones included, its full record: minutes, decisions and actions', () => {
    for (const meeting of meetings) {
      const html = page(`/internal/rapat/${meeting.id}/`);
      const marker = /PENANDA-NOTULEN-\d+/.exec(meeting.body)?.[0];
      expect(marker, `${meeting.id} has a minutes marker`).toBeDefined();
      expect(html).toContain(marker);
      expect(html).toContain(meeting.data.title);
      for (const decision of meeting.data.decisions) expect(html).toContain(decision);
      for (const item of meeting.data.agenda) expect(html).toContain(item.title);
      for (const action of meeting.data.actions) {
        expect(html).toContain(action.what);
        expect(html).toContain(`id="tindakan-${action.id}"`);
      }
      expect(html).toContain(meeting.data.location.name);
      expect(page('/internal/rapat/')).toContain(`/internal/rapat/${meeting.id}/`);
    }
  });

  it('shows classification, exemption basis, time in WIB and the review links', () => {
    const rakor = page('/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/');
    expect(rakor).toContain('Jumat, 22 November 2024, 09.00–12.30 WIB');
    expect(rakor).toContain('Terbatas; dikecualikan berdasarkan UU 14/2008 Pasal 17 huruf c');
    expect(rakor).toContain('href="/internal/rapat/2024-12-06-rakor-evaluasi-pengawasan-pilkada/"');
    expect(rakor).toContain('href="/kegiatan/2024-11-22-rakor-tim-pora-pagaralam/"');
    const evaluation = page('/internal/rapat/2024-12-06-rakor-evaluasi-pengawasan-pilkada/');
    expect(evaluation).toContain('Meninjau tindak lanjut');
    expect(evaluation).toContain('href="/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/"');
    const closed = page('/internal/rapat/2024-12-09-rapat-evaluasi-operasi-gabungan/');
    expect(closed).toContain('Rahasia');
    expect(closed).toContain('hanya tercatat di bagian internal');
    expect(closed).not.toContain('href="/kegiatan/2024-12-09-rapat-evaluasi-operasi-gabungan/"');
  });

  it('links related releases: public ones to their public page, the others to their internal page', () => {
    const rakor = page('/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/');
    expect(rakor).toContain('href="/siaran-pers/2024-11-23-tim-pora-perketat-pengawasan-wna-pagaralam/"');
    expect(rakor).toContain('href="/internal/siaran/2030-01-15-operasi-gabungan-awal-tahun/"');
    expect(rakor).toContain('Terjadwal — tayang Selasa, 15 Januari 2030, 09.00 WIB');
    const closed = page('/internal/rapat/2024-12-09-rapat-evaluasi-operasi-gabungan/');
    expect(closed).toContain('href="/internal/siaran/2024-12-05-laporan-internal-pengawasan/"');
  });

  it('lists every action in the tracker, overdue ones first, each linked to its meeting and reviewing meeting', () => {
    const tracker = page('/internal/tindak-lanjut/');
    const byStatus = between(tracker, 'id="menurut-status"', 'id="menurut-instansi"');
    const byOwner = tracker.slice(tracker.indexOf('id="menurut-instansi"'));
    const position = (what: string) => byStatus.indexOf(what);
    for (const { meeting, action } of actions) {
      expect(position(action.what), action.what).toBeGreaterThan(-1);
      expect(byOwner).toContain(action.what);
      expect(tracker).toContain(`href="/internal/rapat/${meeting.id}/#tindakan-${action.id}"`);
    }
    const overdue = actions.filter(({ action }) => isOverdue(action, today)).map(({ action }) => position(action.what));
    const rest = actions.filter(({ action }) => !isOverdue(action, today)).map(({ action }) => position(action.what));
    expect(Math.max(...overdue)).toBeLessThan(Math.min(...rest));
    // Overdue ones oldest due first.
    const overdueByDue = actions
      .filter(({ action }) => isOverdue(action, today))
      .sort((a, b) => a.action.due.localeCompare(b.action.due))
      .map(({ action }) => position(action.what));
    expect(overdueByDue).toEqual([...overdueByDue].sort((a, b) => a - b));
    // The 22 November meeting's actions were reviewed on 6 December.
    const row = byStatus.slice(byStatus.indexOf('PENANDA-TINDAKLANJUT-2'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(
      'href="/internal/rapat/2024-12-06-rakor-evaluasi-pengawasan-pilkada/"',
    );
  });

  it('counts overdue actions on the overview and lists them', () => {
    const overdue = actions.filter(({ action }) => isOverdue(action, today));
    const home = page('/internal/beranda/');
    expect(home).toContain(`Tindak lanjut terlambat (${overdue.length})`);
    for (const { action } of overdue) expect(home).toContain(action.what);
    expect(home).toContain('/internal/siaran/2030-01-15-operasi-gabungan-awal-tahun/');
  });

  it('gives scheduled and internal releases an internal page with their full text, marked as such', () => {
    for (const release of notPublic) {
      const html = page(`/internal/siaran/${release.id}/`);
      expect(html).toContain(release.data.title);
      const marker = /PENANDA-[A-Z]+/.exec(release.body)?.[0] ?? '';
      expect(html).toContain(marker);
      const status = releaseVisibility(release.data, now);
      expect(html).toContain(status === 'scheduled' ? 'Terjadwal — tayang' : 'tidak akan tayang di situs publik');
      expect(page('/internal/siaran/')).toContain(`/internal/siaran/${release.id}/`);
    }
  });

  it('lists public releases with a link to their public page and builds no internal copy of them', () => {
    const list = page('/internal/siaran/');
    for (const release of releases.filter((entry) => releaseVisibility(entry.data, now) === 'public')) {
      expect(list).toContain(`href="/siaran-pers/${release.id}/"`);
      expect(site.has(`/internal/siaran/${release.id}/index.html`)).toBe(false);
    }
  });

  it('builds drafts nowhere', () => {
    const leaks = [...site].filter(([, text]) => text.includes('PENANDA-DRAF')).map(([path]) => path);
    expect(leaks).toEqual([]);
    for (const draft of drafts) {
      const mentions = [...site].filter(([path, text]) => path.includes(draft.id) || text.includes(draft.id));
      expect(mentions.map(([path]) => path)).toEqual([]);
    }
  });

  it('copies each attachment unchanged into the internal section and links it', () => {
    for (const meeting of meetings) {
      for (const attachment of meeting.data.attachments) {
        const name = attachment.file.split('/').at(-1) ?? '';
        const served = join(outDir, 'internal/lampiran', meeting.id, name);
        const source = join(ROOT, dirname(meeting.file), attachment.file);
        expect(readFileSync(served).equals(readFileSync(source)), served).toBe(true);
        expect(page(`/internal/rapat/${meeting.id}/`)).toContain(`href="/internal/lampiran/${meeting.id}/${name}"`);
      }
    }
  });

  it('asks search engines to stay away from every internal page and keeps them out of the sitemap', () => {
    const internal = [...site].filter(([path]) => path.startsWith('/internal/') && path.endsWith('.html'));
    expect(internal.length).toBeGreaterThan(8);
    for (const [path, html] of internal)
      expect(html, path).toContain('<meta name="robots" content="noindex, nofollow">');
    const sitemaps = [...site].filter(([path]) => path.startsWith('/sitemap')).map(([, text]) => text);
    expect(sitemaps.join('')).not.toContain('/internal/');
  });

  it('puts the internal menu and the logout button on every internal page but the unlock page', () => {
    for (const [path, html] of site) {
      if (!path.startsWith('/internal/') || !path.endsWith('.html') || path === '/internal/index.html') continue;
      expect(html, path).toContain('<button type="button" class="internal-bar__logout" data-logout>Keluar</button>');
      expect(html, path).toContain('aria-label="Menu internal"');
    }
  });

  it('marks for the internal index the minutes and non-public releases, with their filters, and nothing else internal', () => {
    const indexed = [...site]
      .filter(([path, html]) => path.startsWith('/internal/') && html.includes('data-pagefind-body'))
      .map(([path]) => path)
      .sort();
    expect(indexed).toEqual(
      [
        ...meetings.map((meeting) => `/internal/rapat/${meeting.id}/index.html`),
        ...notPublic.map((release) => `/internal/siaran/${release.id}/index.html`),
      ].sort(),
    );
    const closed = page('/internal/rapat/2024-12-09-rapat-evaluasi-operasi-gabungan/');
    expect(closed).toContain('data-pagefind-filter="jenis:Notulen rapat"');
    expect(closed).toContain('data-pagefind-filter="klasifikasi:Rahasia"');
    const rakor = page('/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/');
    expect(rakor).toContain('data-pagefind-filter="status:Terlambat"');
    expect(rakor).toContain('data-pagefind-filter="status:Selesai"');
  });

  it('gives every internal page one h1 and table headers with captions and scopes', () => {
    for (const [path, html] of site) {
      if (!path.startsWith('/internal/') || !path.endsWith('.html')) continue;
      expect(html.match(/<h1[\s>]/g)?.length, path).toBe(1);
      const tables = html.match(/<table[\s>]/g)?.length ?? 0;
      expect(html.match(/<caption[\s>]/g)?.length ?? 0, path).toBe(tables);
      expect(html.match(/<th(?![a-z])(?![^>]*scope=)[^>]*>/g) ?? [], path).toEqual([]);
    }
  });
});

/** Called each time Pagefind has created an index, so that a test can fail a step just then. */
const created = vi.hoisted(() => ({ listeners: [] as (() => void)[] }));
vi.mock('pagefind', async (original) => {
  const pagefind = await original<typeof Pagefind>();
  return {
    ...pagefind,
    createIndex: async (...args: Parameters<typeof pagefind.createIndex>) => {
      const result = await pagefind.createIndex(...args);
      for (const listener of created.listeners.splice(0)) listener();
      return result;
    },
  };
});

describe('the internal search bundles', () => {
  let bundles: LevelIndexes;
  beforeAll(async () => {
    bundles = await withPagefind(async () => buildLevelIndexes(outDir, await readLinks(outDir)));
  });

  /** The addresses of the pages in a level's bundle, from its fragments (gzip, after Pagefind's 12-byte marker). */
  const indexed = (level: (typeof LEVELS)[number]) =>
    (bundles.get(level)?.files ?? [])
      .filter((file) => file.path.startsWith('fragment/'))
      .map((file) => (JSON.parse(gunzipSync(file.content).subarray(12).toString('utf8')) as { url: string }).url)
      .sort();

  it('puts each record page in the bundle of its level, and nowhere else', () => {
    for (const level of LEVELS) {
      const expected = [
        ...meetings
          .filter((meeting) => meeting.data.classification === level)
          .map((meeting) => `/internal/rapat/${meeting.id}/`),
        ...(level === RELEASE_LEVEL ? notPublic.map((release) => `/internal/siaran/${release.id}/`) : []),
      ].sort();
      expect(indexed(level), level).toEqual(expected);
    }
  });

  it('stop when a step beside them fails: no Pagefind process is left, nor the folder of linked pages', async () => {
    const pages = await readLinks(outDir);
    let indexing: Promise<LevelIndexes> | undefined;
    const failing = withPagefind(async () => {
      const indexCreated = new Promise<void>((resolve) => created.listeners.push(resolve));
      indexing = buildLevelIndexes(outDir, pages);
      indexing.catch(() => undefined);
      await indexCreated; // the first level's index is being built
      throw new Error('a scan beside the indexes failed');
    });
    await expect(failing).rejects.toThrow('a scan beside the indexes failed');
    await expect(indexing).rejects.toThrow(/Pagefind/);
    expect(existsSync(join(outDir, 'internal/.search-levels'))).toBe(false);
    // Each test file runs in a process of its own, which starts no other process than Pagefind's.
    await expect.poll(childProcesses, { timeout: 5_000 }).toEqual([]);
  });

  it('has the fixture the test relies on: records at more than one level', () => {
    expect(new Set(meetings.map((meeting) => meeting.data.classification)).size).toBeGreaterThan(1);
  });

  it('indexes no public page again: the browser merges the public bundle', () => {
    const urls = LEVELS.flatMap(indexed);
    expect(urls.every((url) => url.startsWith('/internal/'))).toBe(true);
    expect(urls.length).toBe(meetings.length + notPublic.length);
  });

  it('writes no bundle for a level without records', () => {
    for (const level of LEVELS) {
      expect(bundles.has(level), level).toBe(
        meetings.some((meeting) => meeting.data.classification === level) || level === RELEASE_LEVEL,
      );
    }
  });

  it('marks every record page with its level', () => {
    for (const meeting of meetings) {
      expect(page(`/internal/rapat/${meeting.id}/`)).toContain(
        `<html lang="id" data-level="${meeting.data.classification}" data-mark="${meeting.data.classification}">`,
      );
    }
  });
});
