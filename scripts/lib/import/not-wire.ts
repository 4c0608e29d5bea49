import { excerpt } from '../../../src/lib/lint/text.ts';

/** Function words every Indonesian news text uses. */
const INDONESIAN = new Set(
  'yang dan di ke dari untuk dengan ini itu pada dalam tidak akan oleh telah sudah bahwa juga para adalah atau kami kata ujar'.split(
    ' ',
  ),
);
/** English function words; a paragraph full of them is not Indonesian copy. */
const ENGLISH = new Set(
  'the and of to is are was were with for that this on by from have has will it its be been an which their'.split(' '),
);

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
const count = (list: readonly string[], set: ReadonlySet<string>) => list.filter((word) => set.has(word)).length;

/** A paragraph of at least eight words where English function words outnumber Indonesian ones. */
function isEnglish(paragraph: string): boolean {
  const list = words(paragraph);
  const english = count(list, ENGLISH);
  return list.length >= 8 && english >= 3 && english > count(list, INDONESIAN);
}

/**
 * Why a text does not look like wire copy, in Indonesian for the draft's `# PERINGATAN:` line, or
 * undefined when it does: English sentences, no Indonesian function words at all, or one block
 * with no dateline. A missing dateline is named too, as part of the reason.
 */
export function notWireReason(paragraphs: readonly string[], hasDateline: boolean): string | undefined {
  const english = paragraphs.filter(isEnglish);
  const noIndonesian = count(words(paragraphs.join(' ')), INDONESIAN) === 0;
  const language =
    english.length > 0 && english.length === paragraphs.length
      ? 'kalimatnya berbahasa Inggris'
      : english.length > 0
        ? `ada paragraf berbahasa Inggris ("${excerpt(english[0] ?? '', 60)}")`
        : noIndonesian
          ? 'tidak ada kata tugas bahasa Indonesia (yang, dan, di, dari)'
          : undefined;
  const shape = !hasDateline && paragraphs.length < 2 ? 'teksnya hanya satu blok tanpa paragraf' : undefined;
  const reason = language ?? shape;
  if (reason === undefined) return undefined;
  const kind = language ? 'naskah berita berbahasa Indonesia' : 'naskah berita';
  return `teks ini tidak tampak seperti ${kind}: ${hasDateline ? '' : 'tidak ada dateline dan '}${reason}`;
}
