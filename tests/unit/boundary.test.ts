import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The public/internal boundary in the source: only internal pages, internal components and the
// internal layout may read src/data/internal.ts (everything but drafts); public pages read
// src/data/bulletin.ts, which applies visibility and the public view. The leak scan checks the
// output; this checks that no public page can even reach the internal data.
const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const INTERNAL = /^(pages\/internal\/|components\/Internal[^/]*\.astro$|layouts\/Internal\.astro$|data\/internal\.ts$)/;

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(astro|ts)$/.test(file))
  .map((file) => file.split('\\').join('/'));

describe('the public/internal boundary', () => {
  it('lets only internal pages, components and layout import src/data/internal.ts', () => {
    const offenders = files.filter(
      (file) =>
        !INTERNAL.test(file) &&
        /from ['"][./]*(?:\.\.\/)*data\/internal(?:\.ts)?['"]/.test(readFileSync(join(SRC, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every page outside /internal/ on public data: no public page imports an internal component', () => {
    const publicPages = files.filter((file) => file.startsWith('pages/') && !file.startsWith('pages/internal/'));
    const offenders = publicPages.filter((file) =>
      /components\/Internal|layouts\/Internal/.test(readFileSync(join(SRC, file), 'utf8')),
    );
    expect(offenders.map((file) => relative(ROOT, join(SRC, file)))).toEqual([]);
  });
});
