import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SiteScan } from '../../src/integrations/site-scan.ts';
import { scanOnThread } from '../../src/integrations/site-scan-thread.ts';
import { LEVEL_PAGES } from '../../src/lib/internal/search-levels.ts';
import { HEADER_ONLY_DIRECTIVES } from '../../src/lib/headers.ts';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { headersFor, readHeaderRules } from '../../scripts/lib/serve.ts';
import { buildSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';
import { RELEASE_LEVEL } from '../../src/lib/levels.ts';
import { releaseVisibility } from '../../src/lib/visibility.ts';
import { must } from '../support/must.ts';
import { largeClass, MIN_BLOBS, paddedCount } from '../../src/lib/vault/volume.ts';
import {
  decryptResource,
  referenceBlobName,
  referenceOpenBlob,
  siteKeys,
  type ReferenceKeyring,
} from '../support/vault-reference.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const { content } = loadContentOrThrow(FIXTURE, { root: ROOT });
const closed = must(
  content.meetings.find((meeting) => !meeting.data.public),
  'an internal-only meeting',
);
const rakor = must(
  content.meetings.find((meeting) => meeting.id === '2024-11-22-rakor-tim-pora-pagaralam'),
  'the rakor',
);
let dist: string;
let buildLog: string;

beforeAll(() => {
  rmSync(join(TMP, 'vault'), { recursive: true, force: true });
  const result = buildSite('vault', FIXTURE, NOW);
  expect(result.status, result.output).toBe(0);
  dist = result.outDir;
  buildLog = result.output;
});

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length));

/** Decrypts one resource of the built site with the reference implementation and a password. */
function decrypt(path: string, password: string): { type: string; body: Buffer } {
  return decryptResource(join(dist, 'internal'), password, path);
}

describe('the built internal section', () => {
  it('leaves only the unlock page, keyring, service worker and opaque blobs under /internal/', () => {
    const internal = files(join(dist, 'internal'));
    const plain = internal.filter((path) => !path.startsWith('/_v/'));
    expect(plain.sort()).toEqual(['/index.html', '/keyring.json', '/sw.js']);
    const blobs = internal.filter((path) => path.startsWith('/_v/'));
    expect(blobs.length).toBeGreaterThan(10);
    for (const blob of blobs) expect(blob).toMatch(/^\/_v\/[A-Za-z0-9_-]{43}\.bin$/);
    // A folder left behind would name a page (a meeting's slug) that only its blob should know.
    const folders = readdirSync(join(dist, 'internal'), { withFileTypes: true, recursive: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(folders.map((entry) => entry.name)).toEqual(['_v']);
  });

  it("has a keyring with one slot per password at OWASP's Argon2id cost, and no password or key in any file", () => {
    const keyring = JSON.parse(readFileSync(join(dist, 'internal/keyring.json'), 'utf8')) as ReferenceKeyring;
    expect(keyring.kdf).toEqual({ name: 'Argon2id', memory: 19_456, passes: 2, parallelism: 1 });
    expect(keyring.slots).toHaveLength(TEST_PASSWORDS.length);
    for (const path of files(dist)) {
      const text = readFileSync(join(dist, path), 'latin1');
      for (const { password } of TEST_PASSWORDS) expect(text.includes(password), path).toBe(false);
    }
  });

  it('decrypts a meeting page with Node crypto and the format document alone, with every password', () => {
    for (const { password } of TEST_PASSWORDS) {
      const page = decrypt(`/internal/rapat/${rakor.id}/index.html`, password);
      expect(page.type).toBe('text/html; charset=utf-8');
      expect(page.body.toString('utf8')).toContain('PENANDA-NOTULEN-1');
    }
    expect(() => decrypt(`/internal/rapat/${rakor.id}/index.html`, 'kata-sandi-yang-salah-sekali')).toThrow();
  });

  it("encrypts each level's search index, which together hold every internal record page and no public one", () => {
    const password = must(TEST_PASSWORDS[0], 'a test password').password;
    const meetings = content.meetings.filter((meeting) => !meeting.data.draft);
    const levels = new Set([...meetings.map((meeting) => meeting.data.classification), RELEASE_LEVEL]);
    const pages = [...levels].map((level) => {
      const entry = JSON.parse(
        decrypt(`/internal/pagefind/${level}/pagefind-entry.json`, password).body.toString('utf8'),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      return Object.values(entry.languages)[0]?.page_count ?? 0;
    });
    const internalReleases = content.releases.filter(
      (release) => !release.data.draft && releaseVisibility(release.data, new Date(NOW)) !== 'public',
    );
    expect(pages.reduce((sum, count) => sum + count, 0)).toBe(meetings.length + internalReleases.length);
    expect(files(dist).some((path) => path.startsWith('/internal/pagefind'))).toBe(false);
  });
});

describe('what the public files say about internal volume', () => {
  /** How many blobs of each size a built site publishes, smallest size first. */
  const blobSizes = (site: string) => {
    const counts = new Map<number, number>();
    for (const name of readdirSync(join(site, 'internal/_v'))) {
      const size = statSync(join(site, 'internal/_v', name)).size;
      counts.set(size, (counts.get(size) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => a - b);
  };
  /** The keys of the level of the fixture's meetings that the tests below weigh: terbatas. */
  const keys = () =>
    must(
      siteKeys(join(dist, 'internal'), must(TEST_PASSWORDS[0], 'a test password').password).keys.find(
        (level) => level.level === 'terbatas',
      ),
      'the terbatas keys',
    );
  const blobOf = (names: Buffer, path: string) => join(dist, 'internal/_v', `${referenceBlobName(names, path)}.bin`);
  let bigger: string;

  beforeAll(() => {
    // The fixture with one closed meeting more, built with the labels published.
    const copy = join(TMP, 'vault-more', 'content');
    rmSync(join(TMP, 'vault-more'), { recursive: true, force: true });
    cpSync(FIXTURE, copy, { recursive: true });
    writeFileSync(join(copy, 'meetings/2024/2024-12-11-rapat-tertutup-tambahan.md'), EXTRA_MEETING);
    const result = buildSite('vault-more', copy, NOW, { WARTA_SLOT_LABELS: 'public' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /keyring: slot 1 imigrasi up to sangat-rahasia, slot 2 polda up to sangat-rahasia, .*; labels published/,
    );
    bigger = result.outDir;
  });

  it('publishes a padded number of blobs of each size, at least 32 but for a few large files', () => {
    let large = 0;
    for (const [size, count] of blobSizes(dist)) {
      const plaintext = size - 32; // magic, IV and tag
      if (count >= MIN_BLOBS) expect(paddedCount(count), `blobs of ${size} bytes`).toBe(count);
      else {
        expect(plaintext, `${count} blobs of ${size} bytes`).toBe(largeClass(plaintext));
        large += count;
      }
    }
    // The overviews and each level's search code, a size of their own each; not the records.
    expect(large).toBeLessThan(readdirSync(join(dist, 'internal/_v')).length / 5);
  });

  it('publishes as many blobs, as many of each size, with one closed meeting more', () => {
    const counts = (site: string) => blobSizes(site).map(([, count]) => count);
    expect(counts(bigger)).toEqual(counts(dist));
  });

  it('gives every meeting page, long minutes or short, whatever its level, one size', () => {
    const { keys: levels } = siteKeys(join(dist, 'internal'), must(TEST_PASSWORDS[0], 'a test password').password);
    const sizes = content.meetings
      .filter((entry) => !entry.data.draft)
      .map((meeting) => {
        const { names } = must(
          levels.find((level) => level.level === meeting.data.classification),
          'keys of the meeting level',
        );
        return statSync(blobOf(names, `/internal/rapat/${meeting.id}/index.html`)).size;
      });
    expect(new Set(sizes).size).toBe(1);
  });

  it('adds dummy blobs named, sized and headed like the sealed ones, which open with no key', () => {
    const [, sealed, dummies] = must(
      /vault: (\d+) files encrypted and (\d+) dummy blobs added/.exec(buildLog),
      'the log',
    );
    const blobs = readdirSync(join(dist, 'internal/_v'));
    expect(Number(dummies)).toBeGreaterThan(0);
    expect(blobs).toHaveLength(Number(sealed) + Number(dummies));
    const { names, content: contentKey } = keys();
    const keyring = JSON.parse(readFileSync(join(dist, 'internal/keyring.json'), 'utf8')) as ReferenceKeyring;
    expect(rakor.data.classification).toBe('terbatas');
    // Nothing tells a dummy apart: each size is one kind's (checked above), and every blob has
    // the name's shape and the magic; the only way to tell is a key, and no key opens a dummy.
    const path = `/internal/rapat/${rakor.id}/index.html`;
    const real = `${referenceBlobName(names, path)}.bin`;
    let opened = 0;
    for (const name of blobs) {
      expect(name).toMatch(/^[A-Za-z0-9_-]{43}\.bin$/);
      const bytes = readFileSync(join(dist, 'internal/_v', name));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('WRT2');
      if (bytes.length !== statSync(blobOf(names, path)).size) continue;
      try {
        referenceOpenBlob(contentKey, keyring.buildId, 'terbatas', path, bytes);
        opened++;
        expect(name).toBe(real);
      } catch {
        // another page, or a dummy
      }
    }
    expect(opened).toBe(1);
  });

  it('keeps the labels out of the keyring by default, and publishes them when the operator says so', () => {
    const slots = (site: string) =>
      (JSON.parse(readFileSync(join(site, 'internal/keyring.json'), 'utf8')) as ReferenceKeyring).slots;
    for (const slot of slots(dist)) expect(slot).not.toHaveProperty('label');
    for (const { label } of TEST_PASSWORDS)
      expect(readFileSync(join(dist, 'internal/keyring.json'), 'utf8')).not.toContain(label);
    expect(slots(bigger).map((slot) => slot.label)).toEqual(TEST_PASSWORDS.map((entry) => entry.label));
  });
});

/** A closed meeting added to the fixture: it must not change what the public files show. */
const EXTRA_MEETING = `---
title: Rapat tertutup tambahan tentang jadwal patroli
kind: operasi-gabungan
startsAt: 2024-12-11T09:00:00+07:00
endsAt: 2024-12-11T10:00:00+07:00
location:
  name: Ruang Rapat Bidang Intelijen Kanwil
  region: '16.71'
organizer: kanwil-imigrasi-sumsel
chair:
  person: ilham-djaya
noteTaker:
  person: sari-wulandari
participants:
  - organization: kanwil-imigrasi-sumsel
  - organization: polda-sumsel
decisions:
  - Jadwal patroli dibahas lagi pada rapat berikutnya.
classification: rahasia
exemptionBasis: UU 14/2008 Pasal 17 huruf a (menghambat proses penegakan hukum)
---

Peserta sepakat menunda pembahasan jadwal patroli sampai data lapangan lengkap.
`;

describe('the Content-Security-Policy in every page', () => {
  /** What `_headers` sends for a URL path, without the directives that a <meta> policy ignores. */
  function expectedPolicy(path: string): string {
    const header = must(headersFor(readHeaderRules(dist), path)['Content-Security-Policy'], `a policy for ${path}`);
    return header
      .split('; ')
      .filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0] ?? ''))
      .join('; ');
  }
  /** The page's one <meta> policy, which must come before anything that loads script or style. */
  function metaPolicy(html: string, page: string): string {
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/gi)];
    expect(metas.length, `${page}: policies in <meta>`).toBe(1);
    const [meta] = metas as [RegExpExecArray];
    const loader = html.search(/<(script|link|style)\b/i);
    expect(loader === -1 || meta.index < loader, `${page}: the policy comes before any script or style`).toBe(true);
    return must(meta[1], 'the policy');
  }

  it('is in every HTML file, the policy that _headers sends for its path', () => {
    const pages = files(dist).filter((path) => path.endsWith('.html'));
    expect(pages).toEqual(
      expect.arrayContaining(['/index.html', '/404.html', '/internal/index.html', '/admin/index.html']),
    );
    for (const page of pages)
      expect(metaPolicy(readFileSync(join(dist, page), 'utf8'), page), page).toBe(
        expectedPolicy(page.replace(/index\.html$/, '')),
      );
  });

  it('is in every decrypted internal page, the policy that _headers sends for /internal/', () => {
    const password = must(TEST_PASSWORDS[0], 'a test password').password;
    // Every internal page reachable by links from the internal home page.
    const pages = new Set<string>();
    const queue = ['/internal/beranda/'];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (pages.has(path) || path === '/internal/') continue; // the unlock page, public and checked above
      pages.add(path);
      const html = decrypt(`${path}index.html`, password).body.toString('utf8');
      expect(metaPolicy(html, path), path).toBe(expectedPolicy(path));
      for (const [, href] of html.matchAll(/href="(\/internal\/[^"#?]*\/)"/g)) if (href) queue.push(href);
    }
    for (const meeting of content.meetings.filter((entry) => !entry.data.draft))
      expect([...pages]).toContain(`/internal/rapat/${meeting.id}/`);
    expect(pages.size).toBeGreaterThan(content.meetings.length + 4);
  });
});

describe('the leak scan', () => {
  // Each case plants internal text in a copy of the clean build; the scan must name the file.
  const minutes = must(
    rakor.body.split(/(?<=\.)\s+/).find((sentence) => sentence.length > 40),
    'a minutes sentence',
  );
  const cases: [string, (copy: string) => string][] = [
    ['a public HTML page', (copy) => append(copy, '/siaran-pers/index.html', `<p>${minutes}</p>`)],
    ['a gzipped Pagefind file', (copy) => plantInPagefind(copy)],
    [
      'the sitemap',
      (copy) =>
        append(copy, '/sitemap-0.xml', `<url><loc>https://x.example.org/internal/rapat/${closed.id}/</loc></url>`),
    ],
    [
      'the feed',
      (copy) => append(copy, '/rss.xml', `<item><description>${rakor.data.decisions[0]}</description></item>`),
    ],
    [
      'a JavaScript bundle',
      (copy) =>
        append(copy, firstScript(copy), `const x = ${JSON.stringify(must(rakor.data.actions[0], 'an action').what)};`),
    ],
    ['a file name', (copy) => rename(copy, '/favicon.svg', `/${closed.id}.svg`)],
  ];

  it('finds nothing in the clean build', async () => {
    expect(new SiteScan(dist, content, new Date(NOW)).finish()).toEqual([]);
  });

  it.each(cases)('catches internal text planted in %s', async (_, plant) => {
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    cpSync(dist, copy, { recursive: true });
    try {
      const file = plant(copy);
      const leaks = new SiteScan(copy, content, new Date(NOW)).finish();
      expect(leaks.map((leak) => leak.file)).toContain(file);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps what an early pass found, rescans a file changed since, and forgets one deleted since', async () => {
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    cpSync(dist, copy, { recursive: true });
    try {
      append(copy, '/kegiatan/index.html', `<p>${minutes}</p>`);
      const kept = append(copy, '/siaran-pers/tahun/2024/index.html', `<p>${minutes}</p>`);
      const scan = new SiteScan(copy, content, new Date(NOW));
      scan.scan('/internal/');
      rmSync(join(copy, 'kegiatan', 'index.html')); // deleted after the early pass: not deployed
      const changed = append(copy, '/siaran-pers/index.html', `<p>${minutes}</p>`); // changed after it
      const found = new Set(scan.finish().map((leak) => leak.file));
      expect([...found].sort()).toEqual([changed, kept].sort());
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('reads a page again when its bytes changed after an early read, whatever its size and times say', async () => {
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    cpSync(dist, copy, { recursive: true });
    try {
      // Read while Astro was still writing it: the first half only. Then the rest arrives, with
      // internal text, and the file gets back the times it had (a coarse clock, or a hostile one).
      const file = join(copy, 'siaran-pers', 'index.html');
      const whole = `${readFileSync(file, 'utf8')}<p>${minutes}</p>`;
      const { atime, mtime } = statSync(file);
      writeFileSync(file, whole.slice(0, whole.length / 2));
      const scan = new SiteScan(copy, content, new Date(NOW));
      scan.read(['/siaran-pers/']);
      expect(scan.pages().get('/siaran-pers/index.html')?.links).not.toContain('/siaran-pers/tahun/2024/');
      writeFileSync(file, whole);
      utimesSync(file, atime, mtime);
      expect(scan.pages().get('/siaran-pers/index.html')?.links).toContain('/siaran-pers/tahun/2024/');
      expect(scan.finish().map((leak) => leak.file)).toEqual(['/siaran-pers/index.html']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('answers on a thread of its own as on this one, and reads the pages it is told were written', async () => {
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    cpSync(dist, copy, { recursive: true });
    const thread = scanOnThread(copy, content, new Date(NOW), []);
    try {
      const planted = append(copy, '/siaran-pers/index.html', `<p>${minutes}</p>`);
      thread.written('/siaran-pers/');
      thread.written('/no/such/page/');
      thread.written('/rss.xml');
      const here = new SiteScan(copy, content, new Date(NOW));
      expect(await thread.pages()).toEqual(here.pages());
      expect(await thread.levelLeaks()).toEqual([]);
      await thread.scan('/internal/');
      expect(await thread.finish()).toEqual(here.finish());
      expect((await thread.finish()).map((leak) => leak.file)).toEqual([planted]);
    } finally {
      await thread.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('neither lists nor reads the level pages linked for Pagefind while it answers, but the last pass reports any left behind', async () => {
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    cpSync(dist, copy, { recursive: true });
    try {
      // The build links and deletes these while the scan answers: a listing must not walk into them.
      const linked = join(copy, LEVEL_PAGES, 'terbatas', 'internal', 'rapat', 'x');
      mkdirSync(linked, { recursive: true });
      writeFileSync(join(linked, 'index.html'), `<html data-level="terbatas"><p>${minutes}</p></html>`);
      const scan = new SiteScan(copy, content, new Date(NOW));
      expect([...scan.pages().keys()].filter((path) => path.startsWith(LEVEL_PAGES))).toEqual([]);
      expect(scan.levelLeaks()).toEqual([]);
      scan.scan('/siaran-pers/');
      expect(scan.finish().map((leak) => leak.file)).toEqual([`${LEVEL_PAGES}terbatas/internal/rapat/x/index.html`]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('fails every question with the reason when a question fails, when its thread stops, and once it is closed', async () => {
    const missing = scanOnThread(join(TMP, 'vault', 'no-such-site'), content, new Date(NOW), []);
    await expect(missing.pages()).rejects.toThrow(/ENOENT.*no-such-site/);
    const open = expect(missing.finish()).rejects.toThrow('the site scan was closed');
    await missing.close();
    await open;
    await expect(missing.pages()).rejects.toThrow('the site scan was closed');

    // A page that cannot be read (here a folder) as it is written ends the thread: nothing it
    // would answer could be trusted.
    const copy = join(TMP, 'vault', `leak-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(copy, 'odd.html'), { recursive: true });
    const crashed = scanOnThread(copy, content, new Date(NOW), []);
    try {
      crashed.written('/odd.html');
      await expect(crashed.pages()).rejects.toThrow(/EISDIR/);
      await expect(crashed.finish()).rejects.toThrow(/EISDIR/);
    } finally {
      await crashed.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  function append(copy: string, path: string, text: string): string {
    writeFileSync(join(copy, path), readFileSync(join(copy, path), 'utf8') + text);
    return path;
  }
  function rename(copy: string, from: string, to: string): string {
    renameSync(join(copy, from), join(copy, to));
    return to;
  }
  function firstScript(copy: string): string {
    return must(
      files(copy).find((path) => path.startsWith('/_astro/') && path.endsWith('.js')),
      'a script',
    );
  }
  function plantInPagefind(copy: string): string {
    const path = must(
      files(copy).find((file) => file.startsWith('/pagefind/fragment/')),
      'a fragment',
    );
    const fragment = JSON.stringify({ url: '/x/', content: `${minutes} lagi` });
    writeFileSync(join(copy, path), gzipSync(`pagefind_dcd${fragment}`));
    return path;
  }
});
