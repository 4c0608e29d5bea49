import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  discardSettled,
  endChildProcesses,
  moveIntoPlace,
  previousFolder,
  stagingFolder,
} from '../../src/integrations/staging.ts';

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

describe('discardSettled', () => {
  it('deletes a folder that another writer recreates for a while, until the writer has stopped', async () => {
    // Stands in for the bundler's threads, which go on writing into the staging folder after a signal.
    const folder = join(root, '.dist.incomplete');
    const chunks = join(folder, '.prerender', 'chunks');
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs'); const end = Date.now() + 300;
       for (let i = 0; Date.now() < end; i++) {
         try {
           fs.mkdirSync(${JSON.stringify(chunks)}, { recursive: true });
           fs.writeFileSync(${JSON.stringify(chunks)} + '/c' + (i % 50) + '.mjs', 'x');
         } catch {} // deleted between the two calls: write the next one
       }`,
    ]);
    const ended = new Promise((resolve) => writer.on('exit', resolve));
    while (!existsSync(folder)) await new Promise((resolve) => setTimeout(resolve, 5));
    discardSettled([folder, join(root, 'tidak-ada')]);
    await ended;
    expect(existsSync(folder)).toBe(false);
  });
});

describe.runIf(existsSync('/proc/self/task'))('endChildProcesses', () => {
  it('ends the processes this one started, so none goes on writing after the build has stopped', async () => {
    const child = spawn('sleep', ['30']);
    const ended = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise((resolve) => child.on('spawn', resolve));
    endChildProcesses();
    expect(await ended).toBe('SIGKILL');
  });
});
