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

/**
 * Why a text does not look like wire copy, in Indonesian for the draft's `# PERINGATAN:` line, or
 * undefined when it does: an English paragraph, no Indonesian function words at all, or one block
 * with no dateline.
 */
export function notWireReason(paragraphs: readonly string[], hasDateline: boolean): string | undefined {
  const all = words(paragraphs.join(' '));
  if (count(all, INDONESIAN) === 0)
    return 'naskah tidak memuat kata tugas bahasa Indonesia (yang, dan, di, dari): bukan naskah berita berbahasa Indonesia';
  const english = paragraphs.find((paragraph) => {
    const list = words(paragraph);
    return list.length >= 8 && count(list, ENGLISH) >= 3 && count(list, ENGLISH) > count(list, INDONESIAN);
  });
  if (english !== undefined) return `ada paragraf berbahasa Inggris ("${excerpt(english, 60)}")`;
  if (!hasDateline && paragraphs.length < 2)
    return 'naskah hanya satu blok teks tanpa dateline dan tanpa paragraf: bukan susunan naskah berita';
  return undefined;
}
