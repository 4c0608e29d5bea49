import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_PASSWORD, readPasswords } from '../../src/lib/vault/passwords.ts';

describe('readPasswords', () => {
  it('reads one "label:password" per line, ignoring blank lines and comments', () => {
    const setting = readPasswords(
      '# sandi per instansi\nimigrasi:empat kata acak dan panjang\n\npolda:sandi:dengan:titik-dua:boleh\n',
      {
        ci: true,
      },
    );
    expect(setting).toEqual({
      kind: 'configured',
      passwords: [
        { label: 'imigrasi', password: 'empat kata acak dan panjang' },
        { label: 'polda', password: 'sandi:dengan:titik-dua:boleh' },
      ],
    });
  });

  it('uses the announced development password locally when none is set', () => {
    expect(readPasswords(undefined, { ci: false })).toEqual({ kind: 'development', passwords: [DEVELOPMENT_PASSWORD] });
    expect(readPasswords('  \n', { ci: false }).kind).toBe('development');
  });

  it('fails in CI when no password is set', () => {
    expect(() => readPasswords(undefined, { ci: true })).toThrow('WARTA_PASSWORDS is not set');
  });

  it('refuses weak passwords, bad labels and repeated labels, naming the line', () => {
    expect(() => readPasswords('imigrasi:pendek', { ci: false })).toThrowErrorMatchingInlineSnapshot(
      `[Error: WARTA_PASSWORDS line 1 (imigrasi): the password has 6 characters; use at least 16, e.g. four random words]`,
    );
    expect(() => readPasswords('Imigrasi Sumsel:sandi yang cukup panjang', { ci: false })).toThrow(
      'line 1: write "label:password"',
    );
    expect(() => readPasswords('a:aaaaaaaaaaaaaaaaaaaa', { ci: false })).toThrow('repeats too few characters');
    expect(() => readPasswords('a:sandi yang cukup panjang\na:sandi lain yang panjang', { ci: false })).toThrow(
      'the label "a" appears twice',
    );
  });
});
