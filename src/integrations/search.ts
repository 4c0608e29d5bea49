import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The part of pagefind-entry.json that says what was indexed. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Throws with context when a Pagefind call reports errors (its API returns them instead of throwing). */
function assertOk(step: string, result: { errors: string[] }): void {
  if (result.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${result.errors.join('\n')}`);
}

/**
 * Builds the public search index after the pages are written. Only pages that carry
 * data-pagefind-body are indexed; `expectedPages` proves none was left out or slipped in.
 */
export function publicSearch(expectedPages: number): AstroIntegration {
  return {
    name: 'warta:public-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const created = await pagefind.createIndex({ forceLanguage: 'id' });
        assertOk('createIndex', created);
        const { index } = created;
        if (!index) throw new Error('Pagefind createIndex returned no index');
        try {
          assertOk(`indexing ${site}`, await index.addDirectory({ path: site, glob: '**/*.html' }));
          const output = join(site, 'pagefind');
          assertOk('writing the index', await index.writeFiles({ outputPath: output }));
          // addDirectory counts every HTML file it read; the entry file counts what was indexed.
          const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          if (indexed !== expectedPages) {
            throw new Error(
              `Pagefind indexed ${indexed} pages but ${expectedPages} public records were built: a record page lacks data-pagefind-body, or another page has it`,
            );
          }
          logger.info(`search index: ${indexed} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
