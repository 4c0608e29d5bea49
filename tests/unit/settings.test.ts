import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isCi, readSettings } from '../../src/integrations/settings.ts';

describe('isCi', () => {
  it.each([{ CI: 'true' }, { CI: '1' }, { CI: 'True' }, { CI: 'yes' }, { TF_BUILD: 'True' }])(
    'takes %o for CI, where weak passwords are refused',
    (env) => {
      expect(isCi(env)).toBe(true);
    },
  );

  it.each([{}, { CI: '' }, { CI: '0' }, { CI: 'false' }, { CI: 'FALSE' }])('takes %o for a local build', (env) => {
    expect(isCi(env)).toBe(false);
  });
});

describe('readSettings: the internal address', () => {
  const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');
  const env = (extra: Record<string, string>) => ({ WARTA_CONTENT: FIXTURE, WARTA_PASSWORDS: '', ...extra });

  it('splits the build when INTERNAL_URL names another origin, and writes the internal site beside the output', () => {
    const settings = readSettings(
      env({ INTERNAL_URL: 'https://intern.warta-uji.example.org/', WARTA_OUT: '/tmp/situs/dist' }),
    );
    expect(settings.origins.internal).toBe('https://intern.warta-uji.example.org');
    expect(settings.internalOutDir).toBe('/tmp/situs/dist-internal');
  });

  it('keeps one origin without it', () => {
    expect(readSettings(env({})).origins.internal).toBeUndefined();
  });

  it('refuses an INTERNAL_URL on the public origin, naming the variable', () => {
    expect(() =>
      readSettings(env({ SITE_URL: 'https://warta.example.org', INTERNAL_URL: 'https://warta.example.org' })),
    ).toThrow(/^INTERNAL_URL: "https:\/\/warta\.example\.org" must be another origin than the public url/);
  });
});
