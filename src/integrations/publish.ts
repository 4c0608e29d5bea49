import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build as bundle } from 'esbuild';
import { BLOB_DIR } from '../lib/vault/format.ts';
import { createScanner, internalNeedles, type Leak } from '../lib/vault/leaks.ts';
import { createVault } from '../lib/vault/seal.ts';
import { buildSearchIndex, closeSearch } from './search.ts';
import type { WartaSettings } from './settings.ts';
import { sealInternalSection } from './vault.ts';

const PUBLIC_RECORDS = '{siaran-pers,kegiatan}/**/*.html';
const ALL_RECORDS = '{internal,siaran-pers,kegiatan}/**/*.html';

/** Every public file of the built site as text (gzip undone), for the leak scan. */
async function publicFiles(dist: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  const result: { path: string; text: string }[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    if (path.startsWith(BLOB_DIR)) continue; // ciphertext
    const bytes = await readFile(file);
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    result.push({ path, text: plain.toString('utf8') });
  }
  return result;
}

/** The leak report: one line per hit, naming the public file and the internal source. */
export function formatLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (leak) => `${leak.file}${leak.inName ? ' (file name)' : ''}: contains internal text from ${leak.needle.source}`,
    )
    .join('\n');
}

/**
 * After Astro has written the pages, in this order: the public search index (public pages only),
 * the internal search index (internal and public pages, kept outside dist/), the vault (encrypt
 * the internal section and its index, delete the plaintext), and the leak scan of every public
 * byte, which fails the build on any hit.
 */
export function publish(settings: WartaSettings): AstroIntegration {
  return {
    name: 'warta:publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const staging = await mkdtemp(join(tmpdir(), 'warta-internal-search-'));
        try {
          const indexed = await buildSearchIndex(dist, PUBLIC_RECORDS, join(dist, 'pagefind'));
          if (indexed !== settings.publicRecords) {
            throw new Error(
              `the public search index has ${indexed} pages but ${settings.publicRecords} public records were built: a record page lacks data-pagefind-body`,
            );
          }
          logger.info(`public search index: ${indexed} pages`);
          if (!settings.vault) {
            logger.warn('WARTA_VAULT=off: the internal section is NOT encrypted. Never deploy this build.');
            return;
          }
          const internal = await buildSearchIndex(dist, ALL_RECORDS, staging);
          logger.info(`internal search index: ${internal} pages`);

          const vault = await createVault(settings.passwords.passwords);
          const sealed = await sealInternalSection(dist, staging, vault);
          await bundle({
            entryPoints: [fileURLToPath(new URL('../client/vault-sw.ts', import.meta.url))],
            outfile: join(dist, 'internal', 'sw.js'),
            bundle: true,
            minify: true,
            format: 'iife',
            target: 'es2022',
            logLevel: 'warning',
          });
          logger.info(`vault: ${sealed} files encrypted for ${vault.keyring.slots.length} password(s)`);

          if (!settings.content) throw new Error('leak scan: the content was not loaded');
          const content = settings.content;
          const scan = createScanner(internalNeedles(content, settings.now));
          const leaks = (await publicFiles(dist)).flatMap(({ path, text }) => scan(path, text));
          if (leaks.length > 0)
            throw new Error(
              `leak scan: internal content in public files; nothing may be deployed:\n${formatLeaks(leaks)}`,
            );
          logger.info('leak scan: no internal text in any public file');
        } finally {
          await closeSearch();
          await rm(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
