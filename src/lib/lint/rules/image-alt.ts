import { bodyOf } from '../texts.ts';
import { positionIn } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** Alt texts that describe nothing: a generic word, a camera file name or a file name. */
const MEANINGLESS =
  /^(?:foto|gambar|image|img|picture|photo|pic|ilustrasi|dokumentasi|dok|untitled|alt|screenshot|tangkapan layar)\s*[\d._-]*$|^(?:img|dsc|dscn|pxl|wa)[\s_-]*\d+|\.(?:jpe?g|png|webp|avif|gif|svg|heic)$/i;

/** Why a given alt text fails, or undefined when it is fine. */
function altProblem(alt: string | undefined): string | undefined {
  if (alt === undefined) return 'has no alt text';
  if (alt.trim() === '') return 'has empty alt text';
  if (MEANINGLESS.test(alt.trim())) return `has alt text ${JSON.stringify(alt.trim())} that describes nothing`;
  return undefined;
}

const FIX = 'say what the picture shows, for readers who cannot see it';
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;

/**
 * Pictures without a useful description: the lead image (whose alt the schema already requires)
 * and pictures placed in the text with Markdown or HTML.
 */
export const imageAlt: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    const alt = entry.data.image?.alt;
    if (alt !== undefined) {
      if (alt.trim() === '') report(entry, { path: ['image', 'alt'] }, `is blank: ${FIX}`);
      else if (MEANINGLESS.test(alt.trim()))
        report(entry, { path: ['image', 'alt'] }, `${JSON.stringify(alt.trim())} describes nothing: ${FIX}`);
    }
  }
  for (const entry of [...input.releases, ...input.meetings]) {
    for (const paragraph of bodyOf(entry).paragraphs) {
      for (const match of paragraph.text.matchAll(MARKDOWN_IMAGE)) {
        const problem = altProblem(match[1]);
        if (problem)
          report(
            entry,
            positionIn(paragraph, match.index),
            `picture ${JSON.stringify(match[2])} ${problem}: ${FIX}, e.g. ![Peserta rapat di aula](${match[2]})`,
          );
      }
      for (const match of paragraph.text.matchAll(HTML_IMAGE)) {
        const tag = match[0];
        const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
        const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
        const problem = altProblem(alt ? (alt[1] ?? alt[2] ?? '') : undefined);
        if (problem)
          report(
            entry,
            positionIn(paragraph, match.index),
            `picture ${JSON.stringify(src)} ${problem}: ${FIX} in its alt="..." attribute`,
          );
      }
    }
  }
};
