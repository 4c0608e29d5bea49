import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP } from '../support/site.ts';
import { copyFixture } from '../unit/content-fixtures.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/valid');
const NOW = '2026-06-01T00:00:00+07:00';
const RELEASE = 'press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md';
const MEETING = 'meetings/2024/2024-11-22-rakor-tim-pora-pagaralam.md';

/** A copy of the valid fixture whose release (and meeting) bodies are replaced. */
function contentWith(name: string, bodies: { release: string; meeting?: string; mdx?: string }): string {
  const contentDir = join(TMP, name, 'content');
  rmSync(join(TMP, name), { recursive: true, force: true });
  cpSync(FIXTURE, contentDir, { recursive: true });
  const withBody = (file: string, body: string) => {
    const text = readFileSync(join(FIXTURE, file), 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    return `${text.slice(0, end)}\n${body}`;
  };
  writeFileSync(join(contentDir, RELEASE), withBody(RELEASE, bodies.release));
  if (bodies.meeting) writeFileSync(join(contentDir, MEETING), withBody(MEETING, bodies.meeting));
  if (bodies.mdx) {
    const mdx = withBody(RELEASE, bodies.mdx).replace(/^title: .*$/m, 'title: Uji Isi MDX Yang Disaring');
    writeFileSync(join(contentDir, 'press-releases/2024/2024-12-11-uji-isi-mdx.mdx'), mdx);
  }
  return contentDir;
}

describe('a release whose text tries to run script', () => {
  const hostile = [
    'Sandi baru sudah dibagikan <img src="x.png" onerror="fetch(\'/internal/\')"> kepada anggota.',
    '',
    '<script>document.title = "terbuka"</script>',
    '',
    '<details ontoggle="alert(1)"><summary>Rincian</summary>Isi.</details>',
    '',
    '[Klik untuk rincian](javascript:alert(document.cookie))',
    '',
    '<iframe src="/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/"></iframe>',
    '',
  ].join('\n');
  let result: ReturnType<typeof buildSite>;

  beforeAll(() => {
    result = buildSite('hostile-content', contentWith('hostile-content', { release: hostile }), NOW);
  });

  it('fails the build before any page is written', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(existsSync(join(result.outDir, 'siaran-pers'))).toBe(false);
  });

  it('names the file, line and column of each construct, and the fix', () => {
    const file = `content/${RELEASE}`;
    for (const line of [
      `${file}:30:28: onerror="fetch('/internal/')" on <img> is not allowed: event handlers run code`,
      `${file}:32:1: <script> is not allowed in the text`,
      `${file}:34:1: ontoggle="alert(1)" on <details> is not allowed`,
      `${file}:36:1: link "javascript:alert(document.cookie)" is not allowed: javascript: addresses can run code`,
      `${file}:38:1: <iframe> is not allowed in the text`,
    ]) {
      expect(result.output).toContain(line);
    }
  });
});

describe('bodies with markup pasted from other sites', () => {
  const pasted = [
    '<p class="MsoNormal" style="position:fixed;top:0">Teks dari pengolah kata <font color="red">merah</font>.</p>',
    '',
    '<!-- catatan-redaksi-yang-tidak-terbit -->',
    '',
    '## Rincian kegiatan',
    '',
    'Kegiatan berjalan lancar[^1].',
    '',
    '| Instansi | Peserta |',
    '| -------- | ------: |',
    '| Imigrasi |       4 |',
    '',
    '[^1]: Menurut catatan panitia.',
    '',
  ].join('\n');
  let site: (path: string) => string;

  beforeAll(() => {
    const contentDir = contentWith('pasted-content', {
      release: pasted,
      meeting: '<div style="display:none" data-x="1">Notulen <span class="rahasia-kelas">rapat</span>.</div>\n',
      // Tags are refused in .mdx files (tests/unit/mdx.test.ts); Markdown in them is sanitized.
      mdx: 'Lihat [arsip lama](ftp://arsip.example.org/berkas) dan **berkas** terbaru.\n',
    });
    // The vault would encrypt /internal/; the meeting's minutes are read in plaintext here.
    const result = buildSite('pasted-content', contentDir, NOW, { WARTA_VAULT: 'off' });
    expect(result.status, result.output).toBe(0);
    site = (path) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');
  });

  it('publishes the release without the attributes, tags and comments the sanitizer removes', () => {
    const html = site('/siaran-pers/2024-12-10-posko-pengawasan-orang-asing-ditutup/');
    expect(html).toContain('Teks dari pengolah kata merah.');
    expect(html).not.toMatch(/MsoNormal|position:fixed|<font|catatan-redaksi/);
  });

  it("keeps what Markdown and Astro's later steps write: heading ids, footnotes that meet their targets, aligned columns", () => {
    const html = site('/siaran-pers/2024-12-10-posko-pengawasan-orang-asing-ditutup/');
    expect(html).toContain('<h2 id="rincian-kegiatan">Rincian kegiatan</h2>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).toContain('<td align="right">4</td>');
    // Each table in its own labelled scroll region, so a wide one never widens a phone's screen.
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel 1"><table>');
  });

  it('sanitizes the minutes of an internal meeting page too', () => {
    const html = site('/internal/rapat/2024-11-22-rakor-tim-pora-pagaralam/');
    expect(html).toContain('<div>Notulen <span>rapat</span>.</div>');
    expect(html).not.toMatch(/display:none|data-x|rahasia-kelas/);
  });

  it('sanitizes an MDX body through the same plugin', () => {
    const html = site('/siaran-pers/2024-12-11-uji-isi-mdx/');
    expect(html).toContain('<a>arsip lama</a> dan <strong>berkas</strong>');
    expect(html).not.toContain('ftp:');
  });
});

// Files and data from content that once reached the site or crashed the build without a word.
describe.each([
  {
    name: 'svg-picture',
    attack: 'an SVG picture carrying a script',
    says: 'press-releases/2024/2024-12-10-posko-pengawasan.svg: is an SVG picture, which can carry script',
  },
  {
    name: 'image-outside-content',
    attack: 'a picture path that leaves the content folder',
    says: 'press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:25:8: image.src "../../../../etc/passwd" is outside the content folder',
  },
  {
    name: 'yaml-alias-bomb',
    attack: 'a YAML alias bomb',
    says: 'press-releases/2024/2024-12-10-posko-pengawasan-orang-asing-ditutup.md:18:8: repeats a list or group of fields with a YAML alias',
  },
])('a release with $attack', ({ name, says }) => {
  let result: ReturnType<typeof buildSite>;
  beforeAll(() => {
    const copy = copyFixture(name);
    try {
      result = buildSite(`hostile-${name}`, copy.contentDir, NOW);
    } finally {
      copy.remove();
    }
  });

  it('fails the build, naming the file (and line and field) with the fix, and publishes nothing', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(says);
    expect(existsSync(result.outDir)).toBe(false);
  });
});

// Found by review: a picture path with a query made Vite publish the project's .env (or the
// build's whole environment, from /proc/self/environ), and an SVG saved as .png was published as
// an SVG whose script ran on the site's address.
describe.each([
  {
    attack: "a picture path with a query that would publish the project's .env",
    change: (text: string) =>
      text.replace(/src: .*\.png/, "src: '../.env?url&/../2024/2024-12-10-posko-pengawasan.png'"),
    says: `${RELEASE}:25:8: image.src "../.env?url&/../2024/2024-12-10-posko-pengawasan.png" has a ?, #, %`,
  },
  {
    attack: 'an SVG document saved as its PNG picture',
    picture: '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title = "terbuka"</script></svg>',
    says: 'press-releases/2024/2024-12-10-posko-pengawasan.png: is named .png but is not a PNG picture',
  },
])('a release with $attack', ({ attack, change, picture, says }) => {
  let result: ReturnType<typeof buildSite>;
  beforeAll(() => {
    const name = `hostile-${attack.split(' ').slice(-2).join('-')}`;
    const contentDir = contentWith(name, { release: 'Isi siaran.\n' });
    const release = join(contentDir, RELEASE);
    if (change) writeFileSync(release, change(readFileSync(release, 'utf8')));
    if (picture) writeFileSync(join(contentDir, 'press-releases/2024/2024-12-10-posko-pengawasan.png'), picture);
    result = buildSite(name, contentDir, NOW);
  });

  it('fails the build, naming the file and the fix, and publishes nothing', () => {
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(says);
    expect(existsSync(result.outDir)).toBe(false);
  });
});

// Hidden files escaped every check (tools skip names starting with "."), and an attachment could be
// any file, so a scripted SVG or HTML page ran beside the decrypted internal section.
describe('content with hidden, scripted or folder attachments and pictures', () => {
  const script = "fetch('/internal/beranda/').then((r) => r.text()).then((t) => { window.leak = t })";
  let result: ReturnType<typeof buildSite>;

  beforeAll(() => {
    const copy = copyFixture();
    try {
      const at = (file: string) => join(copy.contentDir, file);
      writeFileSync(
        at('meetings/2024/.notulen.svg'),
        `<svg xmlns="http://www.w3.org/2000/svg"><script>${script}</script><rect width="100" height="100"/></svg>`,
      );
      writeFileSync(at('meetings/2024/.lihat.html'), '<script src="./.lihat.js"></script>');
      writeFileSync(at('meetings/2024/.lihat.js'), script);
      mkdirSync(at('meetings/2024/berkas.pdf'));
      const meeting = readFileSync(at(MEETING), 'utf8').replace(
        '    file: ./2024-11-22-daftar-hadir.pdf\n',
        [
          '    file: ./2024-11-22-daftar-hadir.pdf',
          '  - title: Notulen bergambar',
          '    file: ./.notulen.svg',
          '  - title: Lihat',
          '    file: ./.lihat.html',
          '  - title: Berkas',
          '    file: ./berkas.pdf',
          '',
        ].join('\n'),
      );
      writeFileSync(at(MEETING), meeting);
      cpSync(at('meetings/2024/.notulen.svg'), at('press-releases/2024/.posko.svg'));
      writeFileSync(
        at(RELEASE),
        readFileSync(at(RELEASE), 'utf8').replace('./2024-12-10-posko-pengawasan.png', './.posko.svg'),
      );
      result = buildSite('hostile-hidden-files', copy.contentDir, NOW);
    } finally {
      copy.remove();
    }
  });

  it('fails the build, naming each hidden file and each field that names one, and publishes nothing', () => {
    expect(result.status, result.output).not.toBe(0);
    for (const line of [
      'content/meetings/2024/.notulen.svg: is hidden',
      'content/meetings/2024/.lihat.html: is hidden',
      'content/meetings/2024/.lihat.js: is hidden',
      'content/press-releases/2024/.posko.svg: is hidden',
      `content/${MEETING}:63:11: attachments[1].file "./.notulen.svg" names a hidden file`,
      `content/${MEETING}:65:11: attachments[2].file "./.lihat.html" names a hidden file`,
      `content/${MEETING}:67:11: attachments[3].file "./berkas.pdf" is a folder, not a file`,
      `content/${RELEASE}:25:8: image.src "./.posko.svg" names a hidden file`,
    ]) {
      expect(result.output).toContain(line);
    }
    expect(existsSync(result.outDir)).toBe(false);
  });
});

// The content check runs beside Astro's content sync: found by review, a record that linked to a
// file outside the content folder was refused by the check, yet Astro's loader had meanwhile read
// that file and written it, rendered, into its cache.
describe('a record that is a link to a file outside the content folder', () => {
  const MARKER = 'ISI-BERKAS-DI-LUAR-FOLDER-KONTEN';
  let result: ReturnType<typeof buildSite>;
  beforeAll(() => {
    const contentDir = contentWith('hostile-link-out', { release: 'Isi siaran.\n' });
    const outside = join(TMP, 'hostile-link-out', 'di-luar.md');
    writeFileSync(outside, readFileSync(join(contentDir, RELEASE), 'utf8').replace('Isi siaran.', MARKER));
    symlinkSync(outside, join(contentDir, 'press-releases/2024/2024-12-20-tautan-keluar.md'));
    result = buildSite('hostile-link-out', contentDir, NOW);
  });

  it('fails the build, naming the file and the fix, and publishes nothing', () => {
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(
      'press-releases/2024/2024-12-20-tautan-keluar.md: is a link to a file outside the content folder',
    );
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('stops before Astro reads the file it points at', () => {
    const cache = join(TMP, 'hostile-link-out', 'cache');
    const files = existsSync(cache) ? readdirSync(cache, { recursive: true, withFileTypes: true }) : [];
    const holding = files
      .filter((file) => file.isFile())
      .map((file) => join(file.parentPath, file.name))
      .filter((file) => readFileSync(file, 'utf8').includes(MARKER));
    expect(holding).toEqual([]);
  });
});
