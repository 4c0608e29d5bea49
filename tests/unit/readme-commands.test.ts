import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

/** Every command the README shows: its inline code and the lines of its shell blocks. */
const commands = [
  ...[...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => (block[1] ?? '').split('\n')),
  ...[...readme.matchAll(/`([^`\n]+)`/g)].map((span) => span[1] ?? ''),
]
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter((line) => /^(?:[A-Z_]+=\S+\s+)*(?:npm|npx|node|bash)\b/.test(line));

describe('the commands in README.md', () => {
  it('are found', () => {
    expect(commands).toContain('npm test');
    expect(commands.length).toBeGreaterThan(10);
  });

  it('run TypeScript through npm or npx, as the README names Node 20, which cannot run it', () => {
    for (const command of commands)
      for (const part of command.split(/&&|\|\||[;|]/))
        expect(part.trim(), command).not.toMatch(/^(?:[A-Z_]+=\S+\s+)*node\s+\S+\.ts\b/);
  });

  it('name npm scripts that exist', () => {
    for (const command of commands)
      for (const [, name] of command.matchAll(/\bnpm run ([\w:-]+)/g)) expect(scripts, command).toContain(name);
  });
});
