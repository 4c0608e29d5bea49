import { SUMMARY_MAX } from '../../../src/lib/lint/rules/length.ts';
import { sentences } from '../../../src/lib/wire/sentences.ts';

/** A second sentence joins the summary only when the first is this short. */
const SHORT_SENTENCE = 120;

/**
 * A sentence cut to fit `max` characters with its "…": at the last clause boundary before the limit
 * (a comma, or before "yang" or "dan"), else at the last space; never inside a word.
 */
export function cutSentence(sentence: string, max = SUMMARY_MAX): string {
  const room = sentence.slice(0, max - 1);
  const clauses = [...room.matchAll(/,\s|\s(?=(?:yang|dan)\s)/gu)].map((match) => match.index);
  // A boundary in the first third would leave too little to say what happened.
  const at = clauses.filter((index) => index >= max / 3).at(-1) ?? room.lastIndexOf(' ');
  return `${sentence.slice(0, at > 0 ? at : max - 1).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The summary from the lead: its first sentence, with the second when the first is short and both
 * fit SUMMARY_MAX; a first sentence longer than SUMMARY_MAX is cut at a clause boundary with "…".
 */
export function leadSummary(lead: string): string {
  const [first = lead, second] = sentences(lead.trim());
  if (first.length > SUMMARY_MAX) return cutSentence(first);
  if (second !== undefined && first.length < SHORT_SENTENCE && first.length + second.length + 1 <= SUMMARY_MAX)
    return `${first} ${second}`;
  return first;
}
