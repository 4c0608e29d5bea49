import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  moreResultsLabel,
  pagefindQuery,
  RESULTS_PER_PAGE,
  resultCountMessage,
  resultView,
} from '../../src/lib/search-results.ts';

const labels = {
  wilayah: { '16.72': 'Kota Pagar Alam', '16.71': 'Kota Palembang' },
  jenis: { kegiatan: 'Kegiatan koordinasi', 'siaran-pers': 'Siaran pers' },
};

describe('pagefindQuery', () => {
  it('asks nothing when there is no term and no filter', () => {
    expect(pagefindQuery({ q: '', filters: {}, sort: 'terbaru' }, labels)).toBeUndefined();
  });

  it('searches the term by relevance, with no filter, so Pagefind loads no filter chunk', () => {
    expect(pagefindQuery({ q: 'pengawasan', filters: {} }, labels)).toEqual({
      term: 'pengawasan',
      options: { filters: {}, sort: {} },
    });
  });

  it('filters on the labels the index holds, not on the values in the URL', () => {
    expect(
      pagefindQuery({ q: 'pilkada', filters: { wilayah: '16.72', jenis: 'kegiatan' }, sort: 'terbaru' }, labels),
    ).toEqual({
      term: 'pilkada',
      options: { filters: { wilayah: ['Kota Pagar Alam'], jenis: ['Kegiatan koordinasi'] }, sort: { tanggal: 'desc' } },
    });
  });

  it('lists every record that passes the filters when there is no term', () => {
    expect(pagefindQuery({ q: '', filters: { wilayah: '16.71' }, sort: 'terlama' }, labels)).toEqual({
      term: null,
      options: { filters: { wilayah: ['Kota Palembang'] }, sort: { tanggal: 'asc' } },
    });
  });

  it('ignores a filter value the page does not offer', () => {
    expect(pagefindQuery({ q: 'rakor', filters: { wilayah: '99.99', instansi: 'polda' } }, labels)?.options).toEqual({
      filters: {},
      sort: {},
    });
  });
});

describe('excerptParts', () => {
  it.each([
    { excerpt: '', expected: [] },
    { excerpt: 'tanpa kata yang cocok', expected: [{ text: 'tanpa kata yang cocok', marked: false }] },
    {
      excerpt: 'Tim <mark>pengawasan</mark> orang <mark>asing</mark>',
      expected: [
        { text: 'Tim ', marked: false },
        { text: 'pengawasan', marked: true },
        { text: ' orang ', marked: false },
        { text: 'asing', marked: true },
      ],
    },
    {
      excerpt: '<mark>Rapat</mark> <mark>koordinasi</mark>',
      expected: [
        { text: 'Rapat', marked: true },
        { text: ' ', marked: false },
        { text: 'koordinasi', marked: true },
      ],
    },
  ])('splits "$excerpt" into text and marked words', ({ excerpt, expected }) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });

  it("undoes Pagefind's escapes of < and >, and leaves other text as it is", () => {
    expect(excerptParts('a &lt;b&gt; &amp; "c" &copy; Tom & Jerry')).toEqual([
      { text: 'a <b> &amp; "c" &copy; Tom & Jerry', marked: false },
    ]);
  });

  it('keeps nothing of any other tag but its text', () => {
    const parts = excerptParts(
      '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">klik</a> <MARK class="x">kata</MARK>',
    );
    expect(parts).toEqual([
      { text: 'alert(1)klik ', marked: false },
      { text: 'kata', marked: true },
    ]);
    expect(parts.map((part) => part.text).join('')).not.toMatch(/[<>]/);
  });

  it('leaves a lone < as text and ends a mark that is never closed at the end of the excerpt', () => {
    expect(excerptParts('1 < 2 <mark>tiga')).toEqual([
      { text: '1 < 2 ', marked: false },
      { text: 'tiga', marked: true },
    ]);
  });
});

describe('resultView', () => {
  const data = {
    url: '/siaran-pers/2025-06-10-penginapan-palembang-diminta-lapor/',
    excerpt: 'pengelola <mark>homestay,</mark> dan <mark>Homestay</mark> lain &lt;wajib&gt;',
    meta: {
      title: 'Pengelola Homestay di Palembang Diminta Melaporkan Tamu Asing',
      jenis: 'Siaran pers',
      tanggal: 'Selasa, 10 Juni 2025',
      tempat: 'Kota Palembang',
      ringkasan: 'Ringkasan <b>tetap teks</b>.',
    },
  };

  it('shows kind, date and place, title, summary and excerpt, and links with the matched words', () => {
    expect(resultView(data)).toEqual({
      title: 'Pengelola Homestay di Palembang Diminta Melaporkan Tamu Asing',
      href: '/siaran-pers/2025-06-10-penginapan-palembang-diminta-lapor/#:~:text=homestay',
      meta: 'Siaran pers · Selasa, 10 Juni 2025 · Kota Palembang',
      summary: 'Ringkasan <b>tetap teks</b>.',
      excerpt: [
        { text: 'pengelola ', marked: false },
        { text: 'homestay,', marked: true },
        { text: ' dan ', marked: false },
        { text: 'Homestay', marked: true },
        { text: ' lain <wajib>', marked: false },
      ],
    });
  });

  it('leaves out metadata a record does not have, and falls back to the address for a title', () => {
    const view = resultView({ url: '/kegiatan/x/', excerpt: 'tanpa tanda', meta: { jenis: 'Kegiatan koordinasi' } });
    expect(view).toMatchObject({
      title: '/kegiatan/x/',
      href: '/kegiatan/x/',
      meta: 'Kegiatan koordinasi',
      summary: '',
    });
  });

  it('replaces a fragment already in the address', () => {
    expect(resultView({ ...data, url: '/kegiatan/x/#bagian' }).href).toBe('/kegiatan/x/#:~:text=homestay');
  });

  it('opens a public record on the public origin from the internal site, and an internal one where it is', () => {
    const origin = 'https://warta.example.org';
    expect(resultView(data, origin).href).toBe(`${origin}${data.url}#:~:text=homestay`);
    expect(resultView({ ...data, url: '/internal/rapat/x/' }, origin).href).toBe('/internal/rapat/x/#:~:text=homestay');
  });
});

describe('resultCountMessage', () => {
  it.each([
    { count: 12, term: 'pengawasan', filtered: false, expected: 'Ditemukan 12 hasil untuk “pengawasan”.' },
    {
      count: 1,
      term: 'pilkada',
      filtered: true,
      expected: 'Ditemukan 1 hasil untuk “pilkada” dengan saringan yang dipilih.',
    },
    { count: 10_000, term: 'asing', filtered: false, expected: 'Ditemukan 10.000 hasil untuk “asing”.' },
    { count: 0, term: 'kapalselam', filtered: false, expected: '“kapalselam” tidak ditemukan.' },
    { count: 0, term: 'rakor', filtered: true, expected: '“rakor” tidak ditemukan dengan saringan yang dipilih.' },
    { count: 7, term: '', filtered: true, expected: 'Ditemukan 7 hasil dengan saringan yang dipilih.' },
    { count: 0, term: '', filtered: true, expected: 'Tidak ada hasil dengan saringan yang dipilih.' },
  ])('says "$expected"', ({ count, term, filtered, expected }) => {
    expect(resultCountMessage({ count, term, filtered })).toBe(expected);
  });
});

describe('moreResultsLabel', () => {
  it('offers the next page of results, or what is left of them', () => {
    expect(RESULTS_PER_PAGE).toBe(10);
    expect(moreResultsLabel({ shown: 10, count: 45 })).toBe('Tampilkan 10 hasil berikutnya');
    expect(moreResultsLabel({ shown: 40, count: 45 })).toBe('Tampilkan 5 hasil berikutnya');
  });

  it('offers nothing once every result is shown', () => {
    expect(moreResultsLabel({ shown: 45, count: 45 })).toBeUndefined();
    expect(moreResultsLabel({ shown: 0, count: 0 })).toBeUndefined();
  });
});
