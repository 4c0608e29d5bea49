import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
 * Indexes the pages of `site` matched by `glob` that carry data-pagefind-body, writes the bundle
 * to `output` and returns how many pages it indexed.
 */
export async function buildSearchIndex(site: string, glob: string, output: string): Promise<number> {
  const created = await pagefind.createIndex({ forceLanguage: 'id' });
  assertOk('createIndex', created);
  const { index } = created;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    assertOk(`indexing ${site}`, await index.addDirectory({ path: site, glob }));
    assertOk('writing the index', await index.writeFiles({ outputPath: output }));
  } finally {
    await index.deleteIndex();
  }
  // addDirectory counts every HTML file it read; the entry file counts what was indexed.
  const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Stops Pagefind's background process once every index is written. */
export const closeSearch = () => pagefind.close();
