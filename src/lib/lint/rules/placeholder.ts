import { bodyOf } from '../texts.ts';
import { positionIn } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** The mark templates, `npm run new` and `npm run import` leave where an editor must still write. */
export const PLACEHOLDER = /\bTODO\b/;
const PLACEHOLDER_ALL = new RegExp(PLACEHOLDER.source, 'g');

/** Every text value of the frontmatter with its field path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value !== null && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

const MESSAGE = 'still holds the placeholder TODO: write the real text (a record cannot be published with it)';

/**
 * "TODO" left where a template or the wire import asked for text. Lint applies the configured level
 * to drafts; once `draft: false`, it is an error, so a placeholder is never published.
 */
export const placeholder: RuleCheck = (input, report) => {
  for (const entry of [...input.releases, ...input.meetings]) {
    for (const [path, text] of strings(entry.data)) {
      if (PLACEHOLDER.test(text)) report(entry, { path }, MESSAGE);
    }
    for (const paragraph of bodyOf(entry).paragraphs) {
      for (const match of paragraph.text.matchAll(PLACEHOLDER_ALL))
        report(entry, positionIn(paragraph, match.index), `this text ${MESSAGE.replace(/^still /, '')}`);
    }
  }
};
