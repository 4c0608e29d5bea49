import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetProblem } from '../../src/lib/content/files.ts';
import { signatureIssues } from '../../src/lib/content/signatures.ts';

const folder = mkdtempSync(join(tmpdir(), 'warta-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
writeFileSync(join(folder, 'foto.png'), PNG);
const record = join(folder, 'siaran.md');

describe('assetProblem', () => {
  it.each([['./foto.png'], ['foto.png'], ['https://contoh.example/foto.png']])('accepts %s', (path) => {
    expect(assetProblem(folder, record, path, 'picture')).toBeUndefined();
  });

  // Vite reads what follows ? or # as instructions (?raw, ?url): "../.env?url&/../foto.png"
  // once published the project's .env, and /proc/self/environ the build's whole environment.
  it.each([
    ['a query that makes the build publish another file', '../.env?url&/../foto.png', 'has a ?, #, %'],
    ['a fragment', './foto.png#x', 'has a ?, #, %'],
    ['an escaped character', './foto%2epng', 'has a ?, #, %'],
    ['a backslash', '.\\foto.png', 'has a ?, #, %'],
    ['a control character', './foto.png\u0000', 'has a ?, #, %'],
    ['a file address', 'file:///etc/passwd', 'is an address the site cannot publish'],
    ['a data address', 'data:image/svg+xml,<svg/>', 'is an address the site cannot publish'],
    ['an absolute path', '/etc/passwd', 'is an absolute path'],
    ['a path out of the folder', '../../etc/passwd', 'is outside the content folder'],
  ])('refuses %s', (_, path, problem) => {
    expect(assetProblem(folder, record, path, 'picture')).toContain(problem);
  });
});

describe('signatureIssues', () => {
  const file = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(folder, name), bytes);
    return { absolute: join(folder, name), file: `content/${name}` };
  };

  it('accepts files that begin as their extension says', () => {
    const files = [
      file('a.png', PNG),
      file('b.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xdb])),
      file('c.webp', 'RIFF\0\0\0\0WEBPVP8 '),
      file('d.gif', 'GIF89a'),
      file('e.pdf', '%PDF-1.7\n'),
      file('f.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04])),
      file('g.avif', '\0\0\0\x1cftypavif'),
    ];
    expect(signatureIssues(files)).toEqual([]);
  });

  it.each([
    [
      'an SVG document saved as .png',
      'peta.png',
      '<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>',
      'PNG picture',
    ],
    ['an HTML page saved as .jpg', 'foto.jpg', '<!doctype html><script>alert(1)</script>', 'JPEG picture'],
    ['an HTML page saved as .pdf', 'notulen.pdf', '<html><script>alert(1)</script>', 'PDF document'],
    ['an empty picture', 'kosong.webp', '', 'WebP picture'],
  ])('refuses %s, naming the file and the fix', (_, name, bytes, kind) => {
    const [issue] = signatureIssues([file(name, bytes)]);
    expect(issue).toMatchObject({ file: `content/${name}`, severity: 'error' });
    expect(issue?.message).toContain(`is not a ${kind}: open it and save (export) it again`);
  });
});
