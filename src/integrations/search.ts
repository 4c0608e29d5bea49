import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** One file of a Pagefind bundle, by its path inside the bundle ("pagefind.js", "fragment/x.pf_fragment"). */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** Pagefind's ready-made interfaces and highlighter: the search pages use pagefind.js directly. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The part of pagefind-entry.json that says what was indexed. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Throws with context when a Pagefind call reports errors (its API returns them instead of throwing). */
function assertOk(step: string, result: { errors: string[] }): void {
  if (result.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${result.errors.join('\n')}`);
}

/**
 * Indexes the pages of `site` matched by `glob`, and the `pages` listed (paths from the site's
 * root), that carry data-pagefind-body. The bundle is written to `output`, or with no `output`
 * returned in memory (the internal ones go straight to encryption, never to disk). Also returns
 * how many pages were indexed.
 */
export async function buildSearchIndex(
  site: string,
  glob: string,
  output?: string,
  pages: readonly string[] = [],
): Promise<{ pages: number; files: BundleFile[] }> {
  let files: BundleFile[] = [];
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'id' });
    assertOk('createIndex', created);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    assertOk(`indexing ${site}`, await index.addDirectory({ path: site, glob }));
    for (const page of pages)
      assertOk(
        `indexing ${page}`,
        await index.addHTMLFile({
          url: page.replace(/index\.html$/, ''),
          content: await readFile(join(site, page), 'utf8'),
        }),
      );
    if (output) {
      assertOk('writing the index', await index.writeFiles({ outputPath: output }));
      for (const name of await readdir(output)) if (UNUSED.test(name)) await rm(join(output, name));
    } else {
      const bundle = await index.getFiles();
      assertOk('building the index', bundle);
      files = bundle.files.filter((file) => !UNUSED.test(file.path));
    }
  } finally {
    // One Pagefind process per index: it keeps an index's memory until it ends.
    await pagefind.close();
  }
  // addDirectory counts every HTML file it read; the entry file counts what was indexed.
  const entryFile = output
    ? await readFile(join(output, 'pagefind-entry.json'))
    : files.find((file) => file.path === 'pagefind-entry.json')?.content;
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(new TextDecoder().decode(entryFile)) as PagefindEntry;
  return { pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), files };
}
