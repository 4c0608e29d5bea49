import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load.ts';
import { formatLeaks } from '../../src/integrations/site-scan.ts';
import { DEVELOPMENT_PASSWORD } from '../../src/lib/vault/passwords.ts';
import { createScanner, internalNeedles, levelNeedles, normalise, passwordSecrets } from '../../src/lib/vault/leaks.ts';
import { must } from '../support/must.ts';

const ROOT = join(import.meta.dirname, '../..');
const { content } = loadContentOrThrow(join(ROOT, 'tests/fixtures/valid'), { root: ROOT });
const NOW = new Date('2026-06-01T00:00:00+07:00');
const meeting = must(
  content.meetings.find((entry) => entry.id === '2024-11-22-rakor-tim-pora-pagaralam'),
  'the rakor',
);
const minutesSentence = must(
  meeting.body.split(/(?<=\.)\s+/).find((sentence) => sentence.length > 40),
  'a minutes sentence',
);

describe('internalNeedles', () => {
  const needles = internalNeedles(content, NOW);
  const sources = needles.map((needle) => needle.source);

  it('collects minutes, decisions, actions, internal titles and hidden records', () => {
    expect(sources.some((source) => source.endsWith('minutes'))).toBe(true);
    expect(sources.some((source) => source.endsWith('decisions'))).toBe(true);
    expect(sources.some((source) => source.endsWith('actions'))).toBe(true);
    expect(sources.some((source) => source.includes('id of an unpublished meeting'))).toBe(true);
    expect(sources.some((source) => source.includes('scheduled release'))).toBe(true);
    expect(sources.some((source) => source.includes('draft release'))).toBe(true);
  });

  it('leaves out what is public: a public summary, a public release, a public meeting id', () => {
    const publicTexts = [
      must(meeting.data.public, 'a public block').summary,
      meeting.id,
      must(content.releases[0], 'a release').data.title,
    ].map(normalise);
    for (const text of publicTexts) expect(needles.some((needle) => text.includes(needle.text))).toBe(false);
  });
});

describe('levelNeedles', () => {
  const secret = must(
    content.meetings.find((entry) => entry.data.classification === 'rahasia'),
    'a rahasia meeting',
  );
  const scan = createScanner(levelNeedles(content, NOW, 'terbatas'));
  const page = (text: string) => scan('/internal/rapat/x/index.html', `<main><p>${text}</p></main>`);

  it("finds a rahasia meeting's id, title, decision and minutes in a terbatas page", () => {
    const texts = [secret.id, secret.data.title, must(secret.data.decisions[0], 'a decision'), secret.body.trim()];
    for (const text of texts) expect(page(text), text).not.toEqual([]);
  });

  it('finds nothing of a terbatas meeting, a public release or a public summary in a terbatas page', () => {
    const publicRelease = must(content.releases[0], 'a release').data.title;
    expect(page([meeting.id, meeting.data.title, minutesSentence, publicRelease].join(' '))).toEqual([]);
  });

  it('still finds the rahasia meeting by its id when a terbatas minutes names it, but not a sentence it quotes', () => {
    const quoting = {
      ...content,
      meetings: content.meetings.map((entry) =>
        entry.id === meeting.id ? { ...entry, body: `${entry.body}\nLihat ${secret.id}. ${secret.body}` } : entry,
      ),
    };
    const quoted = createScanner(levelNeedles(quoting, NOW, 'terbatas'));
    expect(quoted('/internal/rapat/x/index.html', secret.id)).not.toEqual([]);
    expect(quoted('/internal/rapat/x/index.html', secret.body)).toEqual([]);
  });

  it('has nothing to look for in a page of the top level', () => {
    expect(levelNeedles(content, NOW, 'sangat-rahasia')).toEqual([]);
  });
});

describe('normalise', () => {
  it('keeps letters and digits of any spelling: full-width, ligatures, accents, capitals', () => {
    expect(normalise('Ｒａｐａｔ ﬁnal: Kantor İmigrasi, café ½ — RAHASIA')).toBe(
      'rapatfinalkantorimigrasicafe12rahasia',
    );
  });

  it('reads text that follows characters decomposing into many (NFKD), so none can push a sentence out of reach', () => {
    // U+FDFA decomposes into 18 characters: far more room than its one place in the text.
    const text = `${'\uFDFA\u3392'.repeat(5000)} rapat membahas pengawasan`;
    expect(normalise(text).endsWith('mhzrapatmembahaspengawasan')).toBe(true);
  });
});

describe('createScanner', () => {
  const scan = createScanner(internalNeedles(content, NOW));

  it('finds minutes text however it is escaped: HTML, JSON, different spacing and case', () => {
    const html = `<p>${minutesSentence.replaceAll('"', '&quot;').toUpperCase()}</p>`;
    const json = JSON.stringify({ content: minutesSentence.replace(/ /g, '\n  ') });
    expect(scan('/a.html', html)).toHaveLength(1);
    expect(scan('/b.json', json)[0]?.needle.source).toMatch(/rakor-tim-pora-pagaralam\.md: minutes$/);
  });

  it('finds an internal slug in a file name', () => {
    const closed = must(
      content.meetings.find((entry) => !entry.data.public),
      'an internal-only meeting',
    );
    const leaks = scan(`/kegiatan/${closed.id}/index.html`, '<p>kosong</p>');
    expect(leaks).toEqual([expect.objectContaining({ inName: true })]);
  });

  it('stays quiet on public pages', () => {
    expect(scan('/index.html', `<h1>${must(meeting.data.public, 'a public block').summary}</h1>`)).toEqual([]);
  });
});

describe('createScanner, against a plain search', () => {
  it('finds exactly the needles a naive substring search finds, in seeded random texts', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const word = () =>
      Array.from({ length: 3 + Math.floor(random() * 6) }, () => 'abcdeghiklmnoprstu'[Math.floor(random() * 18)]).join(
        '',
      );
    const sentence = (words: number) => Array.from({ length: words }, word).join(' ');
    const needles = Array.from({ length: 300 }, (_, i) => ({ text: normalise(sentence(6)), source: `needle ${i}` }));
    const scan = createScanner(needles);
    for (let round = 0; round < 50; round++) {
      const planted = needles.filter(() => random() < 0.02).map((needle) => needle.text);
      const text = [sentence(200), ...planted, sentence(200)].join(' ');
      const expected = needles.filter((needle) => normalise(text).includes(needle.text)).map((needle) => needle.source);
      expect(
        scan('/x.html', text)
          .map((leak) => leak.needle.source)
          .sort(),
      ).toEqual(expected.sort());
    }
  });

  it('tells apart needles that open alike, short ones included, wherever the text ends', () => {
    const opening = 'Pengawasan orang asing'; // the first characters the scanner indexes, shared by all
    const needles = [
      ...Array.from({ length: 40 }, (_, i) => `${opening} di wilayah nomor ${i} berlanjut minggu depan`),
      `${opening} ketat`, // shorter than two indexed widths
      `${opening} di wilayah nomor 7`,
    ].map((text, i) => ({ text: normalise(text), source: `needle ${i}` }));
    const scan = createScanner(needles);
    const found = (text: string) => scan('/x.html', text).map((leak) => leak.needle.source);
    expect(found(`<p>${opening} di wilayah nomor 7 berlanjut minggu depan.</p>`)).toEqual(['needle 7', 'needle 41']);
    expect(found(`<p>${opening} ketat</p>`)).toEqual(['needle 40']);
    expect(found(`${opening} di wilayah nomor 7`)).toEqual(['needle 41']);
    expect(found(`${opening} di wilayah nomor 70 berlanjut`)).toEqual(['needle 41']);
  });
});

describe('createScanner, with the passwords', () => {
  const words = 'kuda baterai staples benar';
  const symbols = 'x7$Kp!2@Lq9#V&m4<"';
  const scan = createScanner(
    [],
    passwordSecrets({
      kind: 'configured',
      passwords: [
        { label: 'imigrasi', password: words, clearance: 'sangat-rahasia' },
        { label: 'polda', password: symbols, clearance: 'terbatas' },
      ],
      publicLabels: false,
    }),
  );
  const found = (file: string, text: string) => scan(file, text).map((leak) => leak.needle.source);

  it.each([
    ['as written', `<p>Sandi: ${words}</p>`],
    ['in capitals, split over lines', `<p>SANDI: KUDA BATERAI\n  STAPLES BENAR</p>`],
    ['in JSON, as Pagefind stores it', JSON.stringify({ content: `sandi ${words}` })],
    ['in a link', `<a href="/cari/?q=${encodeURIComponent(words)}">cari</a>`],
  ])('finds a password of words %s', (_, text) => {
    expect(found('/siaran-pers/x/index.html', text)).toEqual(['WARTA_PASSWORDS: the password labelled "imigrasi"']);
  });

  it.each([
    ['as written', `const s = '${symbols}';`],
    [
      'escaped for HTML',
      `<code>${symbols.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')}</code>`,
    ],
    ['escaped with numeric entities', `<code>${symbols.replaceAll('&', '&#x26;').replaceAll('<', '&#60;')}</code>`],
    ['escaped for JSON', JSON.stringify({ content: symbols })],
    ['escaped for a URL', `<a href="/?q=${encodeURIComponent(symbols)}">x</a>`],
  ])('finds a password of few letters and digits %s', (_, text) => {
    expect(found('/index.html', text)).toEqual(['WARTA_PASSWORDS: the password labelled "polda"']);
  });

  it('finds a password in a file name', () => {
    expect(scan(`/${words.replaceAll(' ', '-')}.txt`, 'kosong')).toEqual([
      expect.objectContaining({
        inName: true,
        needle: expect.objectContaining({ source: expect.stringContaining('"imigrasi"') }),
      }),
    ]);
  });

  it('stays quiet on text that merely shares words with a password', () => {
    expect(found('/index.html', '<p>Kuda dan baterai dibahas; staples tidak benar.</p>')).toEqual([]);
  });

  it('names whose password leaked, never the password', () => {
    const report = formatLeaks(scan('/siaran-pers/x/index.html', `${words} ${symbols}`));
    expect(report).toContain(
      '/siaran-pers/x/index.html: contains internal text from WARTA_PASSWORDS: the password labelled "imigrasi"',
    );
    expect(report).not.toContain(words);
    expect(report).not.toContain(symbols);
    expect(report).not.toContain(normalise(words));
  });

  it('allows the development password on the unlock page of a development build, and nowhere else', () => {
    const development = createScanner(
      [],
      passwordSecrets({ kind: 'development', passwords: [DEVELOPMENT_PASSWORD], publicLabels: false }),
    );
    const page = `<p>Kata sandi: <code>${DEVELOPMENT_PASSWORD.password}</code></p>`;
    expect(development('/internal/index.html', page)).toEqual([]);
    expect(development('/siaran-pers/x/index.html', page).map((leak) => leak.needle.source)).toEqual([
      'the development password',
    ]);
  });
});
