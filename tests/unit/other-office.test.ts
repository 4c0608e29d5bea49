import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ciEnvironment,
  copyWithContent,
  OTHER_OFFICE,
  runIn,
  type OfficeCopy,
} from '../../scripts/lib/other-office.ts';
import { VALID } from './content-fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const copies: OfficeCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

function copyWith(content: string): OfficeCopy {
  const copy = copyWithContent(ROOT, content);
  copies.push(copy);
  return copy;
}

const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

/** A test that holds only while content/ is the test office's: what no product test may be. */
const PROBE = `import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
it('reads content/', () => {
  expect(readFileSync('content/site.yaml', 'utf8')).toBe(${JSON.stringify(readFileSync(join(VALID, 'site.yaml'), 'utf8'))});
});
`;

/** Runs the probe in a copy with vitest, as CI would; its exit code. */
function probe(copy: OfficeCopy): number {
  writeFileSync(join(copy.dir, 'tests/unit/probe.test.ts'), PROBE);
  // This test runs under vitest: the inner run must not take the outer run's worker settings.
  const env = Object.fromEntries(Object.entries(ciEnvironment()).filter(([name]) => !name.startsWith('VITEST')));
  const vitest = join(copy.dir, 'node_modules/vitest/vitest.mjs');
  return runIn(copy, [process.execPath, vitest, 'run', 'tests/unit/probe.test.ts'], { env, stdio: 'ignore' });
}

describe('a copy of the repository with another office as content/', () => {
  const copy = copyWith(join(ROOT, OTHER_OFFICE));

  it("holds the other office's content and nothing of content/", () => {
    expect(filesUnder(join(copy.dir, 'content'))).toEqual(filesUnder(join(ROOT, OTHER_OFFICE)));
  });

  it('holds the files git would commit and the installed packages, without ignored files', () => {
    for (const file of ['package.json', 'src/schemas/site.ts', 'tests/unit/other-office.test.ts', '.ci/run'])
      expect(existsSync(join(copy.dir, file)), file).toBe(true);
    expect(existsSync(join(copy.dir, 'node_modules/vitest/package.json'))).toBe(true);
    expect(existsSync(join(copy.dir, 'tests/.tmp'))).toBe(false);
  });

  it("is a git repository of its own with everything committed, as an office's fork is", () => {
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: copy.dir, encoding: 'utf8' });
    expect(status.status).toBe(0);
    expect(status.stdout).toBe('');
  });

  it(
    'fails a test that depends on the content it was written for, which passes where content/ is that content',
    { timeout: 180_000 },
    () => {
      expect(probe(copy)).toBe(1);
      expect(probe(copyWith(VALID))).toBe(0);
    },
  );
});

describe('ciEnvironment', () => {
  it('leaves out WARTA_* settings, which would point the copy back at this repository', () => {
    expect(ciEnvironment({ PATH: '/bin', WARTA_CONTENT: '/repo/content', WARTA_NOW: 'x' })).toEqual({ PATH: '/bin' });
  });
});
