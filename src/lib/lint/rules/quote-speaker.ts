import { isSpeech, narration, quotations } from '../quotes.ts';
import { isListed, isNamed, peopleWords, speakersIn } from '../speakers.ts';
import { provinceOf } from '../../wire/match.ts';
import { bodyOf } from '../texts.ts';
import { excerpt, positionIn } from '../text.ts';
import type { RuleCheck } from '../types.ts';
import { PLACEHOLDER } from './placeholder.ts';

const FIX =
  'add the speaker to people (person: their id in content/people.yaml, or name and role), or correct the attribution';

/**
 * A quotation whose speaker is not in the release's `people`: a careless import drops the person,
 * and the people pages and search then miss what they said. A paragraph's speakers are read from
 * its attributions; one listed person is enough, and "-nya" or "dia" needs someone listed at all.
 * Only drafts are read: the importer writes drafts, and this is the list to finish before publishing.
 * A paragraph still marked TODO (the template's example quotation) is the placeholder rule's.
 */
export const quoteSpeaker: RuleCheck = (input, report) => {
  for (const entry of input.releases) {
    if (!entry.data.draft) continue;
    const words = peopleWords(entry.data.people, input.people ?? [], input.organizations, provinceOf(input.site));
    for (const paragraph of bodyOf(entry).paragraphs) {
      if (PLACEHOLDER.test(paragraph.text)) continue;
      const [first] = quotations(paragraph.text).filter(isSpeech);
      if (!first) continue;
      const speakers = speakersIn(narration(paragraph.text)).filter(
        (speaker) => speaker.pronoun || isNamed(speaker.written),
      );
      const listed = speakers.some((speaker) => (speaker.pronoun ? words.size > 0 : isListed(speaker.written, words)));
      const [speaker] = speakers;
      if (!speaker || listed) continue;
      const who = entry.data.people.length === 0 ? 'people is empty' : 'no one in people has that name or title';
      report(
        entry,
        positionIn(paragraph, first.index),
        `quotation "${excerpt(first.text)}" is attributed to "${speaker.written}", but ${who}: ${FIX}`,
      );
    }
  }
};
