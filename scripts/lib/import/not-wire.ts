import { excerpt } from '../../../src/lib/lint/text.ts';

/** Function words every Indonesian news text uses. */
const INDONESIAN = new Set(
  (
    'yang dan di ke dari untuk dengan ini itu pada dalam tidak akan oleh telah sudah bahwa juga para adalah atau ' +
    'kami kita kata ujar agar serta bagi setiap tersebut saat sejak hingga sampai kepada antara karena jika ' +
    'namun tetapi masih belum bisa dapat harus secara seluruh semua pihak tiap atas bawah usai selama'
  ).split(' '),
);
/** Indonesian affixes: "menggelar", "diperiksa", "berjalan", "pelaporan", "ujarnya", "sampaikan". */
const AFFIXED = /^(?:me(?:ng|ny|m|n)?|di|ber|ter|per|pe(?:ng|ny|m|n)?|ke)\p{L}{3,}|\p{L}{3,}(?:kan|nya|lah)$/u;
/** Below this share of Indonesian words a text is not Indonesian; a short lead may have no function word at all. */
const MIN_INDONESIAN = 0.15;
/** English function words; a paragraph full of them is not Indonesian copy. */
const ENGLISH = new Set(
  'the and of to is are was were with for that this on by from have has will it its be been an which their'.split(' '),
);

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const count = (list: readonly string[], set: ReadonlySet<string>) => list.filter((word) => set.has(word)).length;
const indonesianShare = (list: readonly string[]) =>
  list.filter((word) => INDONESIAN.has(word) || AFFIXED.test(word)).length / Math.max(list.length, 1);

/** A paragraph of at least eight words where English function words outnumber Indonesian ones. */
function isEnglish(paragraph: string): boolean {
  const list = words(paragraph);
  const english = count(list, ENGLISH);
  return list.length >= 8 && english >= 3 && english > count(list, INDONESIAN);
}

/**
 * Why a text does not look like wire copy, in Indonesian for the draft's `# PERINGATAN:` line, or
 * undefined when it does: only a headline, English sentences, (almost) no Indonesian words, or one block
 * with no dateline. A missing dateline is named too, as part of the reason.
 */
export function notWireReason(paragraphs: readonly string[], hasDateline: boolean): string | undefined {
  if (paragraphs.length === 0) return 'teks ini tidak tampak seperti naskah berita: hanya ada judul, tanpa isi';
  const english = paragraphs.filter(isEnglish);
  const noIndonesian = indonesianShare(words(paragraphs.join(' '))) < MIN_INDONESIAN;
  const language =
    english.length > 0 && english.length === paragraphs.length
      ? 'kalimatnya berbahasa Inggris'
      : english.length > 0
        ? `ada paragraf berbahasa Inggris ("${excerpt(english[0] ?? '', 60)}")`
        : noIndonesian
          ? 'hampir tidak ada kata bahasa Indonesia'
          : undefined;
  const shape = !hasDateline && paragraphs.length < 2 ? 'teksnya hanya satu blok tanpa paragraf' : undefined;
  const reason = language ?? shape;
  if (reason === undefined) return undefined;
  const kind = language ? 'naskah berita berbahasa Indonesia' : 'naskah berita';
  return `teks ini tidak tampak seperti ${kind}: ${hasDateline ? '' : 'tidak ada dateline dan '}${reason}`;
}
