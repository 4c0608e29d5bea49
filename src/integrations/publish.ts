import { appendFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build as bundle } from 'esbuild';
import { levelBundle } from '../lib/internal/search-levels.ts';
import { environmentSecrets, passwordSecrets } from '../lib/vault/leaks.ts';
import { createVault } from '../lib/vault/seal.ts';
import { installEditor } from '../../scripts/lib/cms/editor.ts';
import { buildReport } from '../lib/build-report.ts';
import { unexpectedAssets } from '../lib/built-assets.ts';
import { withholdInternalAssets } from './internal-assets.ts';
import { formatLeaks } from './site-scan.ts';
import { scanOnThread, type SiteScanThread } from './site-scan-thread.ts';
import { checkLinks } from './link-check.ts';
import { siteFiles } from './site-files.ts';
import { copyPublicSearch, splitSite, writeHeaders } from './split.ts';
import { stagingFolder } from './staging.ts';
import { buildLevelIndexes, buildSearchIndex, withPagefind } from './search.ts';
import type { WartaSettings } from './settings.ts';
import { sealInternalSection } from './vault.ts';
import { DEFAULT_CLEARANCE } from '../lib/levels.ts';
import { BROKEN_LINK_FIX, describeBrokenLinks } from '../lib/link-report.ts';
import { WartaError } from '../lib/warta-error.ts';
import { stopPlainly } from './plain-errors.ts';
import { reportingWrites } from './written-pages.ts';

const PUBLIC_RECORDS = '{siaran-pers,kegiatan}/**/*.html';

/**
 * Benchmarks only: with WARTA_TIMINGS=<file>, each step appends a JSON line {phase, ms} there,
 * timed from the end of the previous step. Without it, nothing is measured or written.
 */
function stepTimer(file: string | undefined): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    if (file) appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(now - last) })}\n`);
    last = now;
  };
}

/**
 * While Astro renders, a thread of its own reads each page as it is written (site-scan.ts): its
 * links, and the leak scan of a public page or the level scan of an internal one. After the last
 * page: Pagefind indexes the public pages (public records only) while that thread answers with
 * every page's links (it reads every page again, and works out again only what changed) and this one takes pictures that no public
 * page shows off the public asset folder (into the vault when internal pages show them, else
 * deleted); then the internal search indexes (one per level, of internal record pages only, kept
 * in memory), queued in Pagefind's process behind the public index, while the scan's thread
 * answers the level scan (each internal page below the top level read for text of records above
 * its level) and leak-scans the public files once the public index is written. Then the link
 * check of every page while all are still readable, the vault (encrypt the internal section and
 * its index, delete the plaintext), the web editor at /admin/, build.json, the split into two sites
 * when the internal section has an origin of its own, `_headers`, and last the leak scan of what
 * changed since, the passwords and the withheld pictures, which fails the build on any hit; then
 * the internal site gets its copy of the public search bundle, bytes the scan has read.
 */
export function publish(settings: WartaSettings): AstroIntegration {
  let outDir = '';
  let scans: SiteScanThread | undefined;
  return {
    name: 'warta:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        if (!settings.vault) return;
        // The content integration has stopped the build before this on bad content or passwords.
        const { content } = await settings.checked;
        if (!content) return;
        const secrets = [
          ...passwordSecrets(await settings.passwords()),
          ...environmentSecrets(settings.environmentSecrets),
        ];
        // Started with the first page written, not now: its needles (4 s at 10 000 records) are
        // then built on the core that rendering leaves idle, not beside Astro's bundling, which
        // uses both cores at times.
        const started = () => (scans ??= scanOnThread(outDir, content, settings.now, secrets));
        setPrerenderer((astro) => reportingWrites(astro, (path) => started().written(path)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await publishSite(settings, fileURLToPath(dir), scans, logger);
        } finally {
          await scans?.close();
        }
      },
    },
  };
}

/** The steps after the pages, in the order described above. */
async function publishSite(
  settings: WartaSettings,
  dist: string,
  scans: SiteScanThread | undefined,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const step = stepTimer(process.env['WARTA_TIMINGS']);
  const { content, publicRecords, git } = await settings.checked;
  if (!content) throw new Error('the content was not loaded'); // the content integration stops earlier
  if (settings.vault && scans?.dist !== dist) throw new Error(`the site scan did not start for ${dist}`);
  // Pagefind indexes in its own process, which answers one call at a time: the public pages,
  // then each level's, queued behind them. Meanwhile the scan's thread reads links and scans,
  // and this one withholds pictures.
  const searched = await withPagefind(async () => {
    const publicSearch = buildSearchIndex(dist, PUBLIC_RECORDS, join(dist, 'pagefind')).then(({ pages: indexed }) => {
      if (indexed !== publicRecords) {
        throw new Error(
          `the public search index has ${indexed} pages but ${publicRecords} public records were built: a record page lacks data-pagefind-body`,
        );
      }
      logger.info(`public search index: ${indexed} pages`);
    });
    // Awaited below; if a step before it fails, the build stops with that step's error instead.
    publicSearch.catch(() => undefined);
    if (!scans) return void (await publicSearch); // WARTA_VAULT=off, checked above
    const pages = await scans.pages();
    // Before the internal index, so that its results point at the pictures' place in the vault.
    const withheld = await withholdInternalAssets(dist, pages);
    step('links read, pictures of internal pages withheld');
    logger.info(
      `pictures: ${withheld.filter((asset) => asset.fate === 'sealed').length} moved into the vault, ${withheld.filter((asset) => asset.fate === 'removed').length} shown by no page removed`,
    );
    // Everything outside /internal/ is final once the public index is written; the leak scan
    // rescans whatever changes later.
    const [internal, , levelLeaks] = await Promise.all([
      buildLevelIndexes(dist, pages),
      publicSearch.then(() => scans.scan('/internal/')),
      scans.levelLeaks(),
    ]);
    return { pages, withheld, internal, levelLeaks };
  });
  step('search indexes, files scanned');
  if (!searched || !scans) {
    logger.warn('WARTA_VAULT=off: the internal section is NOT encrypted. Never deploy this build.');
    return;
  }
  const passwords = await settings.passwords();
  const { pages, withheld, internal, levelLeaks } = searched;
  if (levelLeaks.length > 0)
    stopPlainly(
      new WartaError(
        `level scan: internal pages show text of records above their own level, which their readers may not know of:\n${formatLeaks(levelLeaks)}`,
        "Remove that text (or the link) from the lower record, or raise the lower record's classification.",
      ),
    );
  logger.info(
    `internal search index: ${[...internal].map(([level, bundle]) => `${bundle.pages} ${level}`).join(', ') || 'no'} pages, merged with the public index in the browser`,
  );

  // Before encryption, while every page (internal ones too) can still be read.
  const broken = await checkLinks(
    dist,
    Object.fromEntries(
      [...internal].map(([level, bundle]) => [levelBundle(level), bundle.files.map((file) => file.path)]),
    ),
    pages,
    settings.origins,
  );
  if (broken.length > 0) {
    stopPlainly(
      new WartaError(
        `link check: ${broken.length} broken link(s):\n${describeBrokenLinks(broken, content)}`,
        BROKEN_LINK_FIX,
      ),
    );
  }
  step('link check');
  logger.info('link check: every link and anchor resolves');

  const vault = await createVault(passwords.passwords, { publicLabels: passwords.publicLabels });
  const sealed = await sealInternalSection(
    dist,
    new Map([...internal].map(([level, bundle]) => [level, bundle.files])),
    vault,
    pages,
    [settings.origins.public, settings.origins.internal].filter((origin) => origin !== undefined),
  );
  await bundle({
    entryPoints: [fileURLToPath(new URL('../client/vault-sw.ts', import.meta.url))],
    outfile: join(dist, 'internal', 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  });
  step('vault');
  logger.info(
    `vault: ${sealed.sealed} files encrypted and ${sealed.dummies} dummy blobs added (${(sealed.bytes / 2 ** 20).toFixed(1)} MiB in all)`,
  );
  // The labels, for revocation, and the clearances, for the operator to check: the keyring
  // itself names slots only by their position, and does not tell their clearances apart.
  logger.info(
    `keyring: ${passwords.passwords.map(({ label, clearance, defaulted }, i) => `slot ${i + 1} ${label} up to ${clearance}${defaulted ? ' (no level given)' : ''}`).join(', ')}; labels ${passwords.publicLabels ? 'published (WARTA_SLOT_LABELS=public)' : 'not published'}`,
  );
  const defaulted = passwords.passwords.filter((password) => password.defaulted);
  if (defaulted.length > 0)
    logger.warn(
      `WARTA_PASSWORDS: ${defaulted.map(({ label }) => label).join(', ')} name no level, so they open ${DEFAULT_CLEARANCE} records only; write "label@level:password" to give a clearance (docs/internal-section.md#clearances)`,
    );

  installEditor(dist);
  const report = buildReport(content, settings.now, settings.previousBuild, git);
  await writeFile(join(dist, 'build.json'), `${JSON.stringify(report, null, 2)}\n`);
  // The staging step moves the internal site into place with the public one, or neither.
  const internalSite = settings.origins.internal ? stagingFolder(settings.internalOutDir) : undefined;
  if (internalSite) {
    await splitSite(dist, internalSite, pages);
    await writeHeaders(internalSite);
    logger.info(`split: the internal site is in ${internalSite}, for ${settings.origins.internal}`);
  }
  await writeHeaders(dist);

  step('editor, build.json, split, _headers');
  const strays = unexpectedAssets(siteFiles(dist, '_astro').map((file) => file.path));
  if (strays.length > 0)
    throw new Error(
      `files of a kind the site never writes in /_astro/, which could run script on the site; nothing may be deployed:\n${strays.join('\n')}`,
    );
  // The internal site's plain files (unlock page, keyring, worker, code) are public too.
  const found = await scans.finish(withheld, internalSite);
  if (found.length > 0)
    stopPlainly(
      new WartaError(
        `leak scan: internal content in public files; nothing may be deployed:\n${formatLeaks(found)}`,
        'Each line names the public file and the internal record and field its text came from: remove that text from the public record (summary, body, public block), or mark the record internal. Never deploy this build.',
      ),
    );
  if (internalSite) await copyPublicSearch(dist, internalSite); // bytes the scan just read in dist
  step('leak scan');
  logger.info('leak scan: no internal text in any public file');
}
