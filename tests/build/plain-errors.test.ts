// Configuration and content mistakes end a build with a plain message and its fix, not with Astro's
// "unhandled error in a hook" and a stack trace; WARTA_DEBUG=1 brings the stack trace back.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const TRACE = /unhandled error|Stack trace|^\s+at /im;

/** A copy of the valid fixture whose site.yaml names a time zone that does not exist. */
function badSiteYaml(): string {
  const dir = join(TMP, 'plain-site-yaml', 'content');
  rmSync(join(TMP, 'plain-site-yaml'), { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  const site = readFileSync(join(FIXTURE, 'site.yaml'), 'utf8');
  writeFileSync(join(dir, 'site.yaml'), site.replace(/^timeZone: .*$/m, 'timeZone: Asia/Semarang'));
  return dir;
}

/**
 * A copy of the valid fixture in which one release's date is not a date. Astro's content sync,
 * which runs beside the content check, refuses it too, with its own message and stack trace.
 */
function badDate(): string {
  const dir = join(TMP, 'plain-bad-date', 'content');
  rmSync(join(TMP, 'plain-bad-date'), { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'press-releases', '2025', '2025-03-05-pendataan-pekerja-asing-tambang-muara-enim.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^publishedAt: .*$/m, 'publishedAt: besok pagi'));
  // And a warning elsewhere, which the report must still show beside the error.
  const other = join(dir, 'press-releases', '2025', '2025-06-10-penginapan-palembang-diminta-lapor.md');
  const text = readFileSync(other, 'utf8');
  writeFileSync(other, `${text}\n${/^title: (.*)$/m.exec(text)?.[1] ?? ''}\n`);
  return dir;
}

/** A copy of the valid fixture with one more release, whose text links to a meeting that does not exist. */
function brokenLink(): string {
  const dir = join(TMP, 'plain-broken-link', 'content');
  rmSync(join(TMP, 'plain-broken-link'), { recursive: true, force: true });
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(
    join(dir, 'press-releases', '2025', '2025-07-02-tautan-salah-ketik.md'),
    [
      '---',
      'title: Siaran dengan Tautan Salah Ketik',
      'summary: Tautan ke laporan rapat di siaran ini salah ketik.',
      'dateline: Palembang',
      'publishedAt: 2025-07-02T09:00:00+07:00',
      'author: Tim Humas Kanwil',
      'organizations:',
      '  - kanwil-imigrasi-sumsel',
      '---',
      '',
      'Rapat koordinasi berlangsung lancar.',
      '',
      'Laporannya ada di [halaman kegiatan](/kegiatan/2024-11-22-rakor-tim-pora-pagaralm/).',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('a build stopped by a mistake in its configuration or content', () => {
  it.each([
    {
      mistake: 'a short password',
      name: 'plain-short-password',
      content: () => FIXTURE,
      env: { CI: 'true', WARTA_PASSWORDS: 'imigrasi:pendek' },
      message: 'WARTA_PASSWORDS line 1 (imigrasi): the password is too easy to guess',
      fix: '"npm run password" prints a strong passphrase.',
    },
    {
      mistake: 'a WARTA_PASSWORDS line without a label',
      name: 'plain-password-line',
      content: () => FIXTURE,
      env: { WARTA_PASSWORDS: 'menang perak sepiring unjuk spesifik dirinya' },
      message: 'WARTA_PASSWORDS line 1: write "label@level:password"',
      fix: '"npm run password" prints a strong passphrase.',
    },
    {
      mistake: 'an unknown level in WARTA_PASSWORDS',
      name: 'plain-password-level',
      content: () => FIXTURE,
      env: { WARTA_PASSWORDS: 'imigrasi@rahasa:menang perak sepiring unjuk spesifik dirinya' },
      message:
        'WARTA_PASSWORDS line 1 (imigrasi): "rahasa" is not a level; write one of biasa, terbatas, rahasia, sangat-rahasia',
      fix: '"npm run password" prints a strong passphrase.',
    },
    {
      mistake: 'a bad site.yaml',
      name: 'plain-site-yaml',
      content: badSiteYaml,
      env: {},
      message: 'site.yaml:9:11: timeZone "Asia/Semarang" is not an IANA time zone such as "Asia/Jakarta"',
      fix: 'Fix each line above (npm run check lists them without building), then build again.',
    },
    {
      mistake: 'a release whose date is not a date',
      name: 'plain-bad-date',
      content: badDate,
      env: {},
      message:
        '2025-03-05-pendataan-pekerja-asing-tambang-muara-enim.md:7:14: publishedAt "besok pagi" must be a date and time with its offset',
      warning: '2025-06-10-penginapan-palembang-diminta-lapor.md:',
      fix: 'Fix each line above (npm run check lists them without building), then build again.',
    },
    {
      mistake: 'an internal address on the public origin',
      name: 'plain-internal-url',
      content: () => FIXTURE,
      env: { SITE_URL: 'https://warta.example.org', INTERNAL_URL: 'https://warta.example.org' },
      message: 'INTERNAL_URL: "https://warta.example.org" must be another origin than the public url',
      fix: undefined,
    },
    {
      mistake: 'a link in a release to a page that does not exist',
      name: 'plain-broken-link',
      content: brokenLink,
      env: {},
      // The record's file and line, not only the built page: the editor opens the file.
      message:
        '2025-07-02-tautan-salah-ketik.md, line 13 (page /siaran-pers/2025-07-02-tautan-salah-ketik/): /kegiatan/2024-11-22-rakor-tim-pora-pagaralm/ (no such page or file)',
      fix: "Correct each address in the file named, or remove the link: a record's page is /siaran-pers/<its file name>/",
    },
  ])('prints $mistake as a plain message with its fix, exits 1, and shows no stack trace', (mistake) => {
    const result = buildSite(mistake.name, mistake.content(), NOW, mistake.env);
    const output = stripVTControlCharacters(result.output); // CI=true colours it
    expect(result.status, output).toBe(1);
    expect(output).toContain(mistake.message);
    if (mistake.fix) expect(output).toContain(mistake.fix);
    if ('warning' in mistake) expect(output).toMatch(new RegExp(`${mistake.warning}\\d+:\\d+: warning: `));
    expect(output).not.toMatch(TRACE);
  });

  it('shows the stack trace with WARTA_DEBUG=1, for developers', () => {
    const result = buildSite('plain-debug', FIXTURE, NOW, {
      CI: 'true',
      WARTA_PASSWORDS: 'imigrasi:pendek',
      WARTA_DEBUG: '1',
    });
    const output = stripVTControlCharacters(result.output);
    expect(result.status).not.toBe(0);
    expect(output).toContain('WARTA_PASSWORDS line 1 (imigrasi): the password is too easy to guess');
    expect(output).toMatch(/Stack trace:\n\s+at /);
  });
});
