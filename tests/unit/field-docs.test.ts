import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldTable, GUIDE_PATH, readFieldDocs, readListDocs, renderGuide } from '../../scripts/lib/field-docs.ts';
import { ROOT, TMP } from '../support/site.ts';

/** A schema source file written for one test, and its path. */
function schemaFile(name: string, source: string): string {
  mkdirSync(join(TMP, 'field-docs'), { recursive: true });
  const path = join(TMP, 'field-docs', `${name}.ts`);
  writeFileSync(path, source);
  return path;
}

describe('the adoption guide', () => {
  it('has field tables that match the schemas (npm run docs:fields regenerates them)', async () => {
    const guide = readFileSync(join(ROOT, GUIDE_PATH), 'utf8');
    expect(await renderGuide(guide)).toBe(guide);
  });
});

describe('readFieldDocs', () => {
  it('reads the Indonesian meaning of every field, nested blocks included', () => {
    const path = schemaFile(
      'documented',
      [
        'export const ContactSchema = z.strictObject({',
        '  /**',
        '   * Postal address.',
        '   * @panduan Alamat pos.',
        '   */',
        '  address: z.string(),',
        '  /**',
        '   * How to reach the office.',
        '   * @panduan Cara menghubungi kantor.',
        '   */',
        '  contact: z.strictObject({',
        '    /**',
        '     * E-mail address.',
        '     * @panduan Alamat e-mail.',
        '     */',
        '    email: z.string(),',
        '  }),',
        '});',
      ].join('\n'),
    );
    expect(readFieldDocs(path, 'ContactSchema')).toEqual([
      { path: 'address', meaning: 'Alamat pos.' },
      { path: 'contact', meaning: 'Cara menghubungi kantor.' },
      { path: 'contact.email', meaning: 'Alamat e-mail.' },
    ]);
  });

  it('refuses a field documented in English only, naming the file, line and fix', () => {
    const path = schemaFile(
      'english-only',
      ['export const TeamSchema = z.strictObject({', '  /** Name of the team. */', '  team: z.string(),', '});'].join(
        '\n',
      ),
    );
    expect(() => readFieldDocs(path, 'TeamSchema')).toThrow(
      `${path}:3: field "team" of TeamSchema has no @panduan line: add its meaning in Indonesian under its doc comment`,
    );
  });
});

describe('readListDocs', () => {
  it('refuses an item of a list without its Indonesian meaning', () => {
    const path = schemaFile(
      'kinds',
      [
        'export const KINDS = [',
        '  /**',
        '   * Police.',
        '   * @panduan Polda, Polres.',
        '   */',
        "  'kepolisian',",
        "  'lainnya',",
        '] as const;',
      ].join('\n'),
    );
    expect(() => readListDocs(path, 'KINDS')).toThrow(`${path}:7: "lainnya" of KINDS has no @panduan line`);
  });
});

describe('fieldTable', () => {
  it('refuses a schema whose source documents a field it no longer has', () => {
    const path = schemaFile(
      'renamed',
      [
        'export const S = z.strictObject({',
        '  /**',
        '   * Name.',
        '   * @panduan Nama.',
        '   */',
        '  name: z.string(),',
        '});',
      ].join('\n'),
    );
    expect(() => fieldTable(path, 'S', z.strictObject({ title: z.string() }))).toThrow(
      'S has fields its source does not document: title',
    );
  });

  it('gives each field whether it is required, its allowed values and its meaning', () => {
    const path = schemaFile(
      'table',
      [
        'export const S = z.strictObject({',
        '  /**',
        '   * Kind.',
        '   * @panduan Jenis wilayah.',
        '   */',
        '  kind: z.enum(["kabupaten", "kota"]),',
        '  /**',
        '   * Page size.',
        '   * @panduan Berita per halaman.',
        '   */',
        '  pageSize: z.number().default(10),',
        '});',
      ].join('\n'),
    );
    const schema = z.strictObject({ kind: z.enum(['kabupaten', 'kota']), pageSize: z.number().default(10) });
    expect(fieldTable(path, 'S', schema).split('\n').slice(2)).toEqual([
      '| `kind` | ya | `kabupaten`, `kota` | Jenis wilayah. |',
      '| `pageSize` | tidak (bawaan `10`) | bilangan bulat | Berita per halaman. |',
    ]);
  });
});
