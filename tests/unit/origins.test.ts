import { describe, expect, it } from 'vitest';
import { internalUrlProblem, onOrigin, publicHref, servedBy, type Origins } from '../../src/lib/origins.ts';

const PUBLIC = 'https://warta.example.org';
const SPLIT: Origins = { public: PUBLIC, internal: 'https://intern.warta.example.org' };
const ONE: Origins = { public: PUBLIC, internal: undefined };

describe('internalUrlProblem', () => {
  it.each([
    'https://intern.warta.example.org',
    'https://warta.example.org:8443/',
    'http://127.0.0.1:4322',
    'http://localhost:4322',
  ])('accepts %s, an origin of its own', (url) =>
    expect(internalUrlProblem(url, 'http://localhost:4321')).toBeUndefined(),
  );

  it.each([
    ['http://intern.warta.example.org', /must start with https:\/\//],
    ['https://warta.example.org/internal/', /must be an origin alone, such as https:\/\/warta\.example\.org/],
    ['https://warta.example.org', /must be another origin than the public url/],
    ['https://WARTA.example.org:443/', /must be another origin than the public url/],
    ['intern.warta.example.org', /must be a full web address/],
  ])('refuses %s', (url, problem) => expect(internalUrlProblem(url, PUBLIC)).toMatch(problem));
});

describe('publicHref', () => {
  it('leaves every path as it is on one origin', () => {
    expect(publicHref(ONE, '/siaran-pers/', '/internal/beranda/')).toBe('/siaran-pers/');
  });

  it('links a public page from a page of the internal site, or from the 404 page both sites serve, on the public origin', () => {
    expect(publicHref(SPLIT, '/siaran-pers/', '/internal/rapat/x/')).toBe(`${PUBLIC}/siaran-pers/`);
    expect(publicHref(SPLIT, '/', '/404/')).toBe(`${PUBLIC}/`);
    expect(publicHref(SPLIT, '/siaran-pers/', '/kegiatan/')).toBe('/siaran-pers/');
  });

  it('leaves a path of the internal section as it is, wherever it is linked from on the internal site', () => {
    expect(publicHref(SPLIT, '/internal/siaran/x/', '/internal/rapat/y/')).toBe('/internal/siaran/x/');
  });
});

describe('servedBy', () => {
  it.each([
    ['/internal/index.html', 'internal'],
    ['/internal', 'internal'],
    ['/404.html', 'both'],
    ['/_astro/Base.css', 'both'],
    ['/favicon.svg', 'both'],
    ['/', 'public'],
    ['/internalia/', 'public'],
    ['/admin/index.html', 'public'],
  ] as const)('says %s is served by the %s site(s)', (path, site) => expect(servedBy(path)).toBe(site));
});

describe('onOrigin', () => {
  const at = (pathname: string, search = '', hash = '') => onOrigin(PUBLIC, { pathname, search, hash })?.href;

  it('keeps the path, query and fragment of an address on the configured origin', () =>
    expect(at('/siaran-pers/', '?q=wna', '#hasil')).toBe(`${PUBLIC}/siaran-pers/?q=wna#hasil`));

  it.each([
    ['//evil.example/x', `${PUBLIC}//evil.example/x`],
    ['/\\evil.example/x', `${PUBLIC}//evil.example/x`],
    ['\\\\evil.example/x', `${PUBLIC}//evil.example/x`],
    ['/%2F%2Fevil.example/x', `${PUBLIC}/%2F%2Fevil.example/x`],
    ['/\t/evil.example/x', `${PUBLIC}//evil.example/x`],
    ['/\n/\revil.example/x', `${PUBLIC}//evil.example/x`],
    ['///evil.example/x', `${PUBLIC}///evil.example/x`],
  ])('keeps %j a path on the configured origin, never a host', (pathname, href) => expect(at(pathname)).toBe(href));

  it('drops a path or credentials given with the configured origin', () =>
    expect(onOrigin('https://u:p@warta.example.org/sub/', { pathname: '/a/', search: '', hash: '' })?.href).toBe(
      `${PUBLIC}/a/`,
    ));
});
