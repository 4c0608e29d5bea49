import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeNext } from '../../src/client/vault-protocol.ts';

describe('safeNext', () => {
  it.each([
    ['/internal/rapat/2024-11-22-rakor/', '/internal/rapat/2024-11-22-rakor/'],
    ['/internal/cari/?q=paspor#hasil', '/internal/cari/?q=paspor#hasil'],
  ])('returns to the internal page %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ['no page', null],
    ['a public page', '/siaran-pers/'],
    ['another site', 'https://contoh.example/internal/'],
    ['another site without a scheme', '//contoh.example/internal/'],
    ['a path that climbs out of the internal section', '/internal/../_astro/peta.svg'],
    ['a path that climbs out with escaped dots', '/internal/%2e%2e/_astro/peta.svg'],
    ['a path that climbs out with backslashes', '/internal/..\\_astro/peta.svg'],
    ['the unlock page itself', '/internal/'],
    ['the keyring', '/internal/keyring.json'],
    ['a script address', 'javascript:alert(1)'],
    ['a broken escape, which no page has', '/internal/%E0%A4%A/'],
  ])('goes to the overview instead of %s', (_, next) => {
    expect(safeNext(next)).toBe(HOME_PATH);
  });
});
