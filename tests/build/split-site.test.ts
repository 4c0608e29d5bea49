// A split build: one build, two deployable sites, the internal section on an origin of its own.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/lib/links.ts';
import { parseHeadersFile } from '../support/headers-file.ts';
import { must } from '../support/must.ts';
import { workflowScript } from '../support/workflow.ts';
import { buildSite, ROOT, TEST_PASSWORDS, TMP } from '../support/site.ts';
import { decryptResource } from '../support/vault-reference.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const PUBLIC = 'https://warta-uji.example.org';
const INTERNAL = 'https://intern.warta-uji.example.org';
const RAKOR = '/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/';
let dist: string;
let internal: string;

beforeAll(() => {
  rmSync(join(TMP, 'split'), { recursive: true, force: true });
  const result = buildSite('split', FIXTURE, NOW, { SITE_URL: PUBLIC, INTERNAL_URL: INTERNAL });
  expect(result.status, result.output).toBe(0);
  dist = result.outDir;
  internal = `${result.outDir}-internal`;
});

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
    .sort();

/** An internal page as a member's browser sees it once unlocked. */
function decryptedPage(path: string): string {
  const password = must(TEST_PASSWORDS[0], 'a password').password;
  return decryptResource(join(internal, 'internal'), password, `${path}index.html`).body.toString('utf8');
}

describe('a split build', () => {
  it('leaves nothing of the internal section on the public site, and keeps the editor there', () => {
    const paths = files(dist);
    expect(paths.filter((path) => path.startsWith('/internal'))).toEqual([]);
    expect(paths).toContain('/admin/index.html');
    expect(paths).toContain('/siaran-pers/index.html');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).not.toContain('/internal/');
  });

  it('gives the internal site its section, code, 404 page, a root page and robots.txt, and nothing else', () => {
    const paths = files(internal);
    const other = paths.filter((path) => !/^\/(?:internal|_astro|pagefind)\//.test(path));
    expect(other).toEqual(['/404.html', '/_headers', '/favicon.svg', '/index.html', '/robots.txt']);
    expect(paths).toContain('/internal/index.html');
    expect(paths).toContain('/internal/keyring.json');
    expect(paths).toContain('/internal/sw.js');
    expect(paths.some((path) => path.startsWith('/internal/_v/'))).toBe(true);
    // Code only: no public picture is needed by an internal page of this fixture.
    expect(paths.filter((path) => path.startsWith('/_astro/') && !/\.(?:js|css)$/.test(path))).toEqual([]);
    expect(readFileSync(join(internal, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    // The public search index, which the internal search merges: a copy, byte for byte.
    const search = paths.filter((path) => path.startsWith('/pagefind/'));
    expect(search).toEqual(files(dist).filter((path) => path.startsWith('/pagefind/')));
    for (const path of search) expect(readFileSync(join(internal, path))).toEqual(readFileSync(join(dist, path)));
    expect(readFileSync(join(internal, 'index.html'), 'utf8')).toContain('content="0; url=/internal/"');
  });

  it('loads on the internal site every script and style its plain pages ask for', () => {
    const present = new Set(files(internal));
    for (const page of ['/internal/index.html', '/404.html']) {
      const html = readFileSync(join(internal, page), 'utf8');
      for (const link of pageLinks(html).filter((href) => href.startsWith('/_astro/')))
        expect(present.has(link), `${page}: ${link}`).toBe(true);
    }
  });

  it('sends each site its own headers: the internal section never indexed, the editor only on the public site', () => {
    const publicRules = new Map(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')));
    const internalRules = new Map(parseHeadersFile(readFileSync(join(internal, '_headers'), 'utf8')));
    expect(publicRules.has('/admin/*')).toBe(true);
    expect(internalRules.has('/admin/*')).toBe(false);
    expect(internalRules.get('/internal/*')?.['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(internalRules.get('/*')?.['X-Frame-Options']).toBe('DENY');
  });

  it('links public pages on the public origin from internal pages, the unlock page included', () => {
    for (const html of [
      decryptedPage(RAKOR),
      decryptedPage('/internal/beranda/'),
      readFileSync(join(internal, 'internal/index.html'), 'utf8'),
    ]) {
      const links = pageLinks(html);
      expect(
        links.filter((href) => href.startsWith('/') && !/^\/(?:internal|_astro)\/|^\/favicon\.svg$/.test(href)),
      ).toEqual([]);
      expect(links).toContain(`${PUBLIC}/siaran-pers/`);
    }
    expect(pageLinks(decryptedPage(RAKOR))).toContain(`${PUBLIC}/kegiatan/2024-11-22-rakor-tim-pora-pagaralam/`);
    expect(decryptedPage(RAKOR)).toContain(`action="/internal/cari/"`);
    expect(decryptedPage('/internal/cari/')).toContain(`data-public-origin="${PUBLIC}"`);
  });

  it('keeps public pages linking by path, as on one origin', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(pageLinks(home)).toContain('/siaran-pers/');
    expect(home).not.toContain(INTERNAL);
  });
});

describe("the publish workflow's guard on a split build", () => {
  const guard = workflowScript('Guard the internal section');
  /** A copy of both sites, changed by `change`, guarded as GitHub's runner does (bash -e). */
  const guarded = (name: string, change: (site: string) => void) => {
    const site = join(TMP, 'split', name);
    rmSync(site, { recursive: true, force: true });
    cpSync(dist, join(site, 'dist'), { recursive: true });
    cpSync(internal, join(site, 'dist-internal'), { recursive: true });
    change(site);
    const run = spawnSync('bash', ['-e', '-c', guard], { cwd: site, encoding: 'utf8' });
    rmSync(site, { recursive: true, force: true });
    return { status: run.status, output: run.stdout + run.stderr };
  };

  it('lets both sites of this build through', () => {
    const run = guarded('as-built', () => {});
    expect(run.status, run.output).toBe(0);
  });

  it('stops a public site holding the internal section, and an internal site holding a public page', () => {
    const leftBehind = guarded('left-behind', (site) =>
      cpSync(join(site, 'dist-internal/internal'), join(site, 'dist/internal'), { recursive: true }),
    );
    expect(leftBehind.status).not.toBe(0);
    expect(leftBehind.output).toContain('left dist/internal on the public site');
    const extra = guarded('extra', (site) => {
      mkdirSync(join(site, 'dist-internal/siaran-pers'));
      writeFileSync(join(site, 'dist-internal/_astro/sisipan.js'), 'alert(1)');
    });
    expect(extra.status).not.toBe(0);
    expect(extra.output).toContain('./siaran-pers');
    expect(extra.output).toContain('dist-internal/_astro/sisipan.js');
  });
});
