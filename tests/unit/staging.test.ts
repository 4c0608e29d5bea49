import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
  it('replaces the previous output whole and leaves nothing beside it', () => {
    site('dist', 'lama');
    writeFileSync(join(root, 'dist', 'hanya-lama.txt'), '');
    site('.dist.incomplete', 'baru');
    moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('baru');
  });

  it('creates the output folder when there was none', () => {
    site('.dist.incomplete', 'baru');
    moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('puts the previous output back when the finished build cannot take its place', () => {
    site('dist', 'lama');
    expect(() => moveIntoPlace(join(root, '.dist.incomplete'), join(root, 'dist'))).toThrow(/ENOENT/);
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

const STAGING = fileURLToPath(new URL('../../src/integrations/staging.ts', import.meta.url));

/**
 * A process that runs as a build does, with the staging integration set up for `root/dist` (its
 * signal listeners installed) after `before` and then `during`; it writes a line once it is ready.
 */
function buildProcess(before: string, during: string) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `${before}
       const { staging } = await import(${JSON.stringify(STAGING)});
       const integration = staging(${JSON.stringify(join(root, 'dist'))});
       integration.hooks['astro:config:setup']({ command: 'build', updateConfig() {} });
       const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
       setInterval(() => {}, 1000); // a build goes on until it is stopped
       ${during}
       console.log('ready');`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return {
    kill: (signal: NodeJS.Signals) => child.kill(signal),
    ready: new Promise((resolve) => child.stdout.once('data', resolve)),
    ended: new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal))),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a build stopped by a signal', () => {
  it('finishes deleting the staging folder when a second signal follows, as npm passes on a Ctrl-C', async () => {
    // A thread that recreates the staging folder for a while after the signal, as the bundler's do.
    const writer = `const fs = process.getBuiltinModule('node:fs'); const end = Date.now() + 600;
      while (Date.now() < end) {
        try { fs.mkdirSync(${JSON.stringify(join(root, '.dist.incomplete', 'chunks'))}, { recursive: true }); } catch {}
      }`; // (a parent deleted meanwhile: the next try)
    const build = buildProcess(
      '',
      `const { Worker } = await import('node:worker_threads'); new Worker(${JSON.stringify(writer)}, { eval: true });`,
    );
    while (!existsSync(join(root, '.dist.incomplete'))) await sleep(5);
    build.kill('SIGINT'); // from the terminal
    await sleep(100);
    build.kill('SIGINT'); // passed on by npm, while the first one's cleanup runs
    expect(await build.ended).toBe('SIGINT');
    expect(readdirSync(root)).toEqual([]);
  });

  it('right after the previous output stepped aside, leaves the new output in place and nothing beside it', async () => {
    site('dist', 'lama');
    // The signal comes the moment the first rename of the move is done.
    const build = buildProcess(
      `const { default: fs } = await import('node:fs'); const { syncBuiltinESMExports } = await import('node:module');
       const stop = (to) => to.endsWith('.previous') && process.kill(process.pid, 'SIGTERM');
       const { renameSync } = fs; const { rename } = fs.promises;
       fs.renameSync = (from, to) => { renameSync(from, to); stop(to); };
       fs.promises.rename = async (from, to) => { await rename(from, to); if (stop(to)) await sleep(100); };
       syncBuiltinESMExports();`,
      `fs.mkdirSync(${JSON.stringify(join(root, '.dist.incomplete'))});
       fs.writeFileSync(${JSON.stringify(join(root, '.dist.incomplete', 'index.html'))}, 'baru');
       await integration.hooks['astro:build:done']({ logger: { info() {} } });`,
    );
    expect(await build.ended).toBe('SIGTERM');
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('baru');
  });
});
