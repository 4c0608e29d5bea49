import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEDIA_LIBRARY } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/lint/check.ts';
import { copyFixture, type FixtureCopy } from './content-fixtures.ts';

// The web editor's media library writes to public/, which is published byte for byte: an editor
// account must not be able to put a document that runs script on the site's address.
describe('checkContent and the media library', () => {
  let copy: FixtureCopy | undefined;
  afterEach(() => copy?.remove());

  const withMedia = (files: Record<string, string | Buffer>) => {
    copy = copyFixture();
    const folder = join(copy.root, MEDIA_LIBRARY, '2024');
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return copy;
  };
  const errors = (site: FixtureCopy) =>
    checkContent(site.contentDir, { root: site.root })
      .issues.filter((issue) => issue.severity === 'error')
      .map((issue) => issue.file);

  it('accepts raster pictures', () => {
    const site = withMedia({
      'foto.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      'peta.PNG': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'sampul.webp': Buffer.from('RIFF\0\0\0\0WEBPVP8 '),
    });
    expect(errors(site)).toEqual([]);
    expect(checkContent(site.contentDir, { root: site.root }).content).toBeDefined();
  });

  it('refuses an SVG, an HTML page and a script uploaded there, naming each file', () => {
    const site = withMedia({
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'halaman.html': '<script>alert(1)</script>',
      'alat.js': 'alert(1)',
    });
    const result = checkContent(site.contentDir, { root: site.root });
    expect(result.content).toBeUndefined();
    expect(errors(site)).toEqual([
      'public/media/2024/alat.js',
      'public/media/2024/halaman.html',
      'public/media/2024/logo.svg',
    ]);
    expect(result.issues.find((issue) => issue.file.endsWith('logo.svg'))?.message).toContain('may hold only pictures');
  });

  it('refuses an SVG document saved under a picture name, which would be published as an SVG', () => {
    const site = withMedia({ 'peta.png': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' });
    const [issue] = checkContent(site.contentDir, { root: site.root }).issues.filter(
      (item) => item.severity === 'error',
    );
    expect(issue?.file).toBe('public/media/2024/peta.png');
    expect(issue?.message).toContain('is named .png but is not a PNG picture');
  });

  it('refuses a picture name that is a link to another file', () => {
    const site = withMedia({});
    symlinkSync('/etc/passwd', join(site.root, MEDIA_LIBRARY, '2024', 'foto.jpg'));
    expect(errors(site)).toEqual(['public/media/2024/foto.jpg']);
  });
});
