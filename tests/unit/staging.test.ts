import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveIntoPlace, previousFolder, stagingFolder } from '../../src/integrations/staging.ts';

let root: string;
const site = (name: string, text: string) => {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'index.html'), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'warta-staging-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('stagingFolder', () => {
  it('is a hidden sibling of the output folder whose name says it is unfinished', () => {
    expect(stagingFolder('/situs/dist')).toBe('/situs/.dist.incomplete');
    expect(previousFolder('/situs/dist')).toBe('/situs/.dist.previous');
  });
});

describe('moveIntoPlace', () => {
  it('replaces the previous output whole and leaves nothing beside it', async () => {
    site('dist', 'lama');
    writeFileSync(join(root, 'dist', 'hanya-lama.txt'), '');
    site('.dist.incomplete', 'baru');
    await moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('baru');
  });

  it('creates the output folder when there was none', async () => {
    site('.dist.incomplete', 'baru');
    await moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the previous output back when the finished build cannot take its place', async () => {
    site('dist', 'lama');
    await expect(moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'))).rejects.toThrow(/ENOENT/);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('lama');
    expect(existsSync(join(root, '.dist.previous'))).toBe(false);
  });
});
