import type { Organization } from '../../schemas/organization.ts';
import type { Person } from '../../schemas/person.ts';
import type { PersonMention } from '../../schemas/common.ts';
import { organizationNames, tokenize, wordKeys, type Province } from '../wire/match.ts';
import { speechVerb } from './quotes.ts';

/** Who an attribution names: capitalised words as written ("Kapolres Lahat"), or a pronoun for someone named before. */
export interface Speaker {
  /** "-nya", "dia" or "ia": someone named before. */
  pronoun: boolean;
  /** The words as written. */
  written: string;
}

/** Pronouns that stand for a speaker named earlier: "kata dia", "Ia mengatakan". */
const PRONOUNS = new Set(['dia', 'ia', 'beliau']);

/**
 * Words that say nothing about who spoke: honorifics, degrees, ranks and generic titles. They
 * neither match a person nor, alone, make a speaker.
 */
const VAGUE = new Set([
  ...['h', 'hj', 'dr', 'drs', 'dra', 'ir', 'prof', 'sh', 'mh', 'msi', 'ssos', 'se', 'mm', 'st', 'sik', 'bapak', 'ibu'],
  ...['akbp', 'akp', 'kompol', 'kombes', 'pol', 'iptu', 'ipda', 'brigjen', 'irjen', 'letkol', 'kolonel', 'mayor'],
  ...['kapten', 'inf', 'kav', 'kepala', 'ketua', 'wakil', 'sekretaris', 'kota', 'kabupaten', 'provinsi', 'kab'],
]);

const word = /[\p{L}\d]+(?:[.'’/-][\p{L}\d]+)*\.?/gu;
const capitalised = (text: string) => /^\p{Lu}/u.test(text);

/** Capitalised words joined by spaces only, walking from `start` by `step` over the tokens. */
function run(tokens: readonly { text: string; index: number }[], narration: string, start: number, step: 1 | -1) {
  const words: string[] = [];
  for (let i = start; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i];
    const neighbour = tokens[i - step];
    if (!token || !capitalised(token.text)) break;
    if (neighbour && words.length > 0) {
      const [a, b] = step === 1 ? [neighbour, token] : [token, neighbour];
      if (!/^\s+$/.test(narration.slice(a.index + a.text.length, b.index))) break;
    }
    words.push(token.text);
    // A full stop after a word longer than an abbreviation ("H.", "Dr.") ends the sentence.
    if (step === 1 && /\p{L}{4,}\.$/u.test(token.text)) break;
  }
  return step === 1 ? words : words.reverse();
}

/**
 * The speakers the attributions of a narration name: after "kata", "ujar", "menurut" and passive
 * verbs ("disampaikan Kepala ..."), before "mengatakan" and other long verbs; "-nya", "dia" and
 * "ia" stand for someone named before. Lowercase speakers ("kata warga") are nobody's record.
 * @example speakersIn('"…," kata Kakanim.') // [{ pronoun: false, written: 'Kakanim' }]
 */
export function speakersIn(narration: string): Speaker[] {
  const tokens = [...narration.matchAll(word)].map((match) => ({ text: match[0], index: match.index }));
  const bare = (text: string) => text.replace(/\.$/, '');
  return tokens.flatMap((token, i): Speaker[] => {
    const verb = speechVerb(bare(token.text));
    if (!verb) return [];
    if (verb.pronoun) return [{ pronoun: true, written: bare(token.text) }];
    const after = verb.kind !== 'long';
    const next = tokens[after ? i + 1 : i - 1];
    if (next && PRONOUNS.has(bare(next.text).toLowerCase())) return [{ pronoun: true, written: bare(next.text) }];
    const words = run(tokens, narration, after ? i + 1 : i - 1, after ? 1 : -1);
    return words.length > 0 ? [{ pronoun: false, written: bare(words.join(' ')) }] : [];
  });
}

/** The words a text is compared by: titles read as their agency ("Kapolres" as "polres"), vague words left out. */
const keysOf = (text: string) => wordKeys(tokenize(text)).filter((key) => key !== '' && !VAGUE.has(key));

/**
 * The words that identify the people a record lists: each one's name, titles and the names of
 * their organizations, from content/people.yaml for a `person` id.
 */
export function peopleWords(
  mentions: readonly PersonMention[],
  people: readonly Person[],
  organizations: readonly Organization[],
  province?: Province,
): Set<string> {
  const names = organizationNames(organizations, province);
  const texts = mentions.flatMap((mention) => {
    const found = 'person' in mention ? people.find((person) => person.id === mention.person) : undefined;
    const roles = found
      ? found.roles
      : 'role' in mention
        ? [{ title: mention.role, organization: mention.organization }]
        : [];
    const own = found ? found.name : 'name' in mention ? mention.name : mention.person.replace(/-/g, ' ');
    return [
      own,
      ...roles.flatMap((role) => [
        role.title,
        ...names.filter((name) => name.id === role.organization).map((name) => name.name),
      ]),
    ];
  });
  return new Set(texts.flatMap(keysOf));
}

/** Whether a named speaker is one of the people: a word of their name or title in common. */
export function isListed(speaker: string, words: ReadonlySet<string>): boolean {
  return keysOf(speaker).some((key) => words.has(key));
}

/** Whether a speaker's words say who they are, beyond honorifics and generic titles. */
export function isNamed(speaker: string): boolean {
  return keysOf(speaker).length > 0;
}
