import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { isSplit, LOCAL_ORIGINS, localBuildEnv } from '../../scripts/lib/start.ts';

const contentWith = (yaml: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'warta-start-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
};

describe('npm start', () => {
  it('serves a site with an internal address on two origins, and one without on one', () => {
    expect(isSplit({}, contentWith('url: https://w.example.org\ninternal: https://i.w.example.org\n'))).toBe(true);
    expect(isSplit({}, contentWith('url: https://w.example.org\n'))).toBe(false);
    expect(isSplit({ INTERNAL_URL: 'https://i.w.example.org' }, contentWith('url: https://w.example.org\n'))).toBe(
      true,
    );
  });

  it('builds a split site for the local origins, whatever the environment names', () => {
    const env = localBuildEnv({ SITE_URL: 'https://w.example.org', INTERNAL_URL: 'https://i.w.example.org' }, true);
    expect([env['SITE_URL'], env['INTERNAL_URL']]).toEqual([LOCAL_ORIGINS.public, LOCAL_ORIGINS.internal]);
    expect(new URL(LOCAL_ORIGINS.public).origin).not.toBe(new URL(LOCAL_ORIGINS.internal).origin);
    expect(localBuildEnv({ SITE_URL: 'https://w.example.org' }, false)['SITE_URL']).toBe('https://w.example.org');
  });
});
