import { narration, speechVerb } from '../../../src/lib/lint/quotes.ts';
import { straightQuotes } from '../../../src/lib/lint/text.ts';
import type { Organization } from '../../../src/schemas/organization.ts';
import type { Person } from '../../../src/schemas/person.ts';
import type { Region } from '../../../src/schemas/region.ts';
import { findNames, organizationNames, regionNames, type Province } from '../../../src/lib/wire/match.ts';
import { sentenceAt } from '../../../src/lib/wire/sentences.ts';
import { nameKey, nameWords, PRONOUNS, RUN, splitRun, type Parsed } from './names.ts';
import { expandTitle, isTitleWord } from './titles.ts';
import type { Evidence } from './wire.ts';

/** A person quoted in the text, resolved against people.yaml where possible. */
export interface Speaker {
  /** Id in people.yaml, when the name is there. */
  person?: string;
  /** Name as printed, with honorifics, degrees and rank. */
  name: string;
  /** Title as the text gives it; absent when the text never says. */
  role?: string;
  /** Agency named in the title, from organizations.yaml. */
  organization?: string;
  /** The sentence the name (and title) were read from. */
  from?: string;
}

/** The registries the importer matches against. */
export interface Registries {
  regions: readonly Region[];
  organizations: readonly Organization[];
  people: readonly Person[];
  /** This office's province (site.yaml), which agency names and titles end in: "Kakanwil Kemenkumham Jateng". */
  province?: Province | undefined;
}

/** What SpeakerFinder.find reads from a text. */
export interface FoundSpeakers {
  speakers: Speaker[];
  evidence: Evidence[];
  /** Attributions that name no one the text introduced ("pungkas Wawako" with no Wawako named). */
  warnings: string[];
}

/** Someone the text names, at an offset of the text. */
interface Mention {
  name: string;
  role?: string;
  index: number;
  sentence: string;
}

/** A run of capitalised words at an offset of a paragraph. */
interface Run {
  text: string;
  index: number;
  end: number;
}

/** Words between a subject and its verb or title that keep it the subject: "Herdaus selaku Kepala ...". */
const APPOSITION = /^\s*,?\s*(?:selaku|sebagai|yang juga(?: menjabat(?: sebagai)?)?)\s*$/iu;
/** Words that may stand between the start of a clause and its subject: "Dalam kesempatan itu Herdaus ...". */
const CONNECTIVES = new Set(['itu', 'tersebut', 'ini', 'juga', 'pula', 'pun', 'lain', 'sementara', 'kemudian', 'lalu']);
/**
 * Words that may follow a subject before its verb ("Herdaus dalam sambutannya mengatakan"); any other
 * lowercase word makes the capitalised word before it a noun ("Pengelola hotel mengatakan").
 */
const AFTER_SUBJECT = new Set([
  ...CONNECTIVES,
  'kembali',
  'lebih',
  'dalam',
  'saat',
  'ketika',
  'yang',
  'kepada',
  'di',
  'pada',
  'seusai',
  'usai',
  'sebelumnya',
  'telah',
  'sudah',
  'akan',
  'dengan',
  'melalui',
  'secara',
  'sempat',
]);
/** Lower-case nouns that open a title written after a name: "..., akademisi Universitas Sriwijaya,". */
const DESCRIPTORS = new Set([
  'akademisi',
  'dosen',
  'guru',
  'rektor',
  'dekan',
  'peneliti',
  'pengamat',
  'pakar',
  'ahli',
  'praktisi',
  'pemerhati',
  'tokoh',
  'staf',
  'pengurus',
  'pengelola',
  'pemilik',
  'mahasiswa',
  'warga',
]);
/**
 * A title in lower case set off by a comma after a name: a descriptor or title word, up to three
 * more lower-case words and the capitalised name of a place or body ("dosen hukum Universitas X").
 */
const APPOSITIVE = new RegExp(
  String.raw`^\s*,\s*(\p{Ll}+(?:[ \t]+\p{Ll}+){0,3})(?:[ \t]+(${RUN.source}))?\s*(?=([,.!?]|$))`,
  'u',
);

/**
 * The lower-case title right after a name, with `end` where it stops; one without a capitalised
 * part must be closed by a comma, so a statement after "menurut Name," is never read as a title.
 */
function appositive(text: string): { role: string; end: number } | undefined {
  const match = APPOSITIVE.exec(text);
  const words = match?.[1];
  if (!match || !words) return undefined;
  const first = words.split(/\s+/)[0] ?? '';
  if (!DESCRIPTORS.has(first) && !isTitleWord(first)) return undefined;
  if (match[2] === undefined && match[3] !== ',') return undefined;
  return { role: match[2] === undefined ? words : `${words} ${match[2]}`, end: match[0].length };
}

/** Runs of capitalised words in a paragraph, a run cut before "dan" + a title ("... Dewi dan Kapolres ..."). */
function runsIn(paragraph: string): Run[] {
  return [...paragraph.matchAll(RUN)].flatMap((match) => {
    const runs: Run[] = [];
    let start = 0;
    for (const joint of match[0].matchAll(/\s+dan\s+(?=(\S+))/gu)) {
      if (!isTitleWord(joint[1] ?? '')) continue;
      runs.push({
        text: match[0].slice(start, joint.index),
        index: match.index + start,
        end: match.index + joint.index,
      });
      start = joint.index + joint[0].length;
    }
    runs.push({ text: match[0].slice(start), index: match.index + start, end: match.index + match[0].length });
    return runs;
  });
}

/** True when nothing but a connective stands between the start of the clause and `index`. */
function clauseStart(paragraph: string, index: number): boolean {
  const before =
    paragraph
      .slice(0, index)
      .split(/[,.;:!?"(]/)
      .at(-1)
      ?.trim() ?? '';
  return before === '' || CONNECTIVES.has(before.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}

/**
 * Finds the people quoted in wire text: the speaker after a quotation or a comma ("..., kata Role
 * Name"), the subject of a long verb ("Role, Name mengatakan", "Name, Role, menjelaskan", "Role
 * Name menyampaikan"), and the speaker after "menurut" or a passive verb ("disampaikan Role Name").
 * Pronouns and titles alone ("ujarnya", "kata dia", "pungkas Wawako") refer back and add no one.
 */
export class SpeakerFinder {
  private readonly registries: Registries;
  private readonly places: { id: string; name: string }[];
  private readonly agencies: { id: string; name: string }[];

  constructor(registries: Registries) {
    this.registries = registries;
    const { organizations, regions, province } = registries;
    this.agencies = organizationNames(organizations, province);
    // The province's names belong to titles and agencies, never to a person ("Kabid Humas Polda Jateng").
    const provinceNames = province ? [province.name, province.short ?? ''].filter(Boolean) : [];
    this.places = [...this.agencies, ...regionNames(regions), ...provinceNames.map((name) => ({ id: '', name }))];
  }

  /** A run split into title and name; registry names in it belong to the title. */
  parse(run: string): Parsed {
    return splitRun(run, findNames(run, this.places));
  }

  /** The id in people.yaml of a name, ignoring honorifics, degrees, ranks, case and punctuation. */
  registered(name: string): string | undefined {
    const key = nameKey(name);
    return this.registries.people.find((person) => nameKey(person.name) === key)?.id;
  }

  /**
   * The agency a title names: "Kepala Kantor Imigrasi Palembang" -> "kanim-palembang"; name matching
   * reads a head's title as the agency ("Kapolres Lahat" -> "polres-lahat", "Wawako Palembang" -> the city's).
   */
  organizationIn(role: string, day?: string): string | undefined {
    return findNames(role, this.agencies, day).at(-1)?.id;
  }

  /**
   * Every speaker of the text, in the order they are introduced, with the report and warnings;
   * `day` (YYYY-MM-DD) picks the agency a former name meant on that day.
   */
  find(text: string, day?: string): FoundSpeakers {
    const paragraphs: { text: string; offset: number }[] = [];
    let offset = 0;
    for (const paragraph of straightQuotes(text).split(/\n[ \t]*\n/)) {
      paragraphs.push({ text: paragraph, offset });
      offset += paragraph.length + 2;
    }
    const lowercase = new Set([...text.matchAll(/(?<![\p{L}])\p{Ll}+/gu)].map((match) => match[0]));
    const mentions = paragraphs.flatMap((paragraph) => this.mentions(paragraph.text, paragraph.offset));
    const quoted: Mention[] = [];
    const warnings: string[] = [];

    for (const paragraph of paragraphs) {
      const said = narration(paragraph.text);
      for (const word of said.matchAll(/\p{L}+/gu)) {
        const verb = speechVerb(word[0]);
        if (!verb || verb.pronoun) continue;
        const at = word.index + word[0].length;
        let who: Parsed | undefined;
        if (verb.kind === 'long') who = this.subject(paragraph.text, word.index, lowercase);
        else if (verb.kind === 'short') {
          // "kata" after a closing quote or a comma; elsewhere it is an ordinary word ("kata kunci").
          const before = paragraph.text.slice(0, word.index).trimEnd();
          if (!/[,"]$/.test(before)) continue;
          who = this.object(paragraph.text, at);
        } else who = this.object(paragraph.text, at);
        if (!who || (!who.name && !who.role)) continue;
        const sentence = sentenceAt(paragraph.text, word.index);
        const mention = this.resolve(who, paragraph.offset + word.index, sentence, mentions, quoted);
        if (mention === undefined)
          warnings.push(
            `"${verb.kind === 'long' ? `${who.role} ${word[0]}` : `${word[0]} ${who.role}`}": nobody named earlier in the text has the title ${who.role}; no one was added to people for it`,
          );
        else if (!quoted.some((item) => nameKey(item.name) === nameKey(mention.name))) quoted.push(mention);
      }
    }

    quoted.sort((a, b) => a.index - b.index);
    const found = quoted.map((mention) => {
      // A speaker named bare may be introduced with a title further on.
      const role =
        mention.role ?? mentions.find((item) => item.role && nameKey(item.name) === nameKey(mention.name))?.role;
      const person = this.registered(mention.name);
      const organization = role && !person ? this.organizationIn(role, day) : undefined;
      const speaker: Speaker = person
        ? { person, name: mention.name, from: mention.sentence }
        : {
            name: mention.name,
            ...(role ? { role } : {}),
            ...(organization ? { organization } : {}),
            from: mention.sentence,
          };
      const evidence: Evidence = {
        field: 'people',
        value: role ? `${mention.name} (${role})` : mention.name,
        from: mention.sentence,
      };
      return { speaker, evidence };
    });
    return {
      speakers: found.map((item) => item.speaker),
      evidence: found.map((item) => item.evidence),
      warnings,
    };
  }

  /** Names the paragraph gives with a title ("Role Name", "Role, Name") or that people.yaml knows. */
  private mentions(paragraph: string, offset: number): Mention[] {
    const runs = runsIn(paragraph);
    return runs.flatMap((run, i) => {
      const parsed = this.parse(run.text);
      const next = runs[i + 1];
      let { name, role } = parsed;
      const titled = role !== undefined && run.text.startsWith(role) && clauseStart(paragraph, run.index);
      if (titled && next && /^\s*,\s*$/.test(paragraph.slice(run.end, next.index))) {
        // "Kepala Kantor Imigrasi Wonosobo, Yusuf Kurniawan": the name after the comma is the person's,
        // but not in "Usai rapat bersama Kapolres, Herdaus ...", where the title opens no clause.
        ({ name, role } = this.pair(parsed, this.parse(next.text)));
      }
      if (!name || (!role && !this.registered(name))) return [];
      return [
        { name, ...(role ? { role } : {}), index: offset + run.index, sentence: sentenceAt(paragraph, run.index) },
      ];
    });
  }

  /**
   * The speaker named after a verb: "kata Role Name", "kata Name, Role", "kata Role, Name",
   * "disampaikan oleh Name selaku Role", "menurut Name".
   */
  private object(paragraph: string, at: number): Parsed | undefined {
    const rest = paragraph.slice(at);
    const lead = /^[ \t]+(?:oleh[ \t]+)?/u.exec(rest);
    if (!lead) return undefined;
    const first = runsIn(rest.slice(lead[0].length)).find((run) => run.index === 0);
    if (!first || PRONOUNS.has(first.text.toLowerCase())) return undefined;
    const parsed = this.parse(first.text);
    const tail = rest.slice(lead[0].length + first.end);
    const second = new RegExp(`^(?:\\s*,\\s*|\\s+(?:selaku|sebagai|yang juga)\\s+)(${RUN.source})`, 'u').exec(
      tail,
    )?.[1];
    if (second !== undefined) return this.pair(parsed, this.parse(second));
    // "menurut Name, akademisi Universitas Sriwijaya, ...": the title after the name is in lower case.
    const role = parsed.role === undefined ? appositive(tail)?.role : undefined;
    return parsed.name !== undefined && role !== undefined ? { name: parsed.name, role } : parsed;
  }

  /**
   * The subject of a long verb, looking back in its sentence: the last run at the start of a clause
   * that names someone ("Sementara itu, Kapolres Lahat AKBP Bambang Sutejo dalam sambutannya
   * mengatakan"), with a title or name set off by a comma next to it.
   */
  private subject(paragraph: string, verbAt: number, lowercase: ReadonlySet<string>): Parsed | undefined {
    const runs = runsIn(paragraph).filter((run) => run.end <= verbAt);
    let limit = verbAt;
    for (let i = runs.length - 1; i >= 0; i--) {
      const run = runs[i];
      if (!run) break;
      const gap = paragraph.slice(run.end, limit);
      // The subject is in the same sentence, outside quotations, and no pronoun stands for it.
      if (/[.!?;:"]/.test(gap) || gap.length > 200 || /(?<![\p{L}])(?:ia|dia|beliau)(?![\p{L}])/u.test(gap)) return;
      limit = run.index;
      const first = run.text.split(/\s+/)[0] ?? '';
      if (PRONOUNS.has(first.toLowerCase())) return;
      const previous = runs[i - 1];
      const between = previous ? paragraph.slice(previous.end, run.index) : '';
      if (previous && APPOSITION.test(between) && !/^\s*,\s*$/.test(between)) {
        // "Name selaku Role mengatakan": the role belongs to the name before it.
        const pair = this.pair(this.parse(previous.text), this.parse(run.text));
        if (pair.name && pair.role) return pair;
      }
      if (!clauseStart(paragraph, run.index)) continue;
      // A capitalised common word opening the sentence ("Pengelola hotel mengatakan") is not a name.
      const sentenceStart = /(?:^|[.!?"]\s*)$/.test(paragraph.slice(0, run.index).trimEnd());
      const text = sentenceStart && lowercase.has(first.toLowerCase()) ? run.text.slice(first.length).trim() : run.text;
      const parsed = text ? this.parse(text) : {};
      if (parsed.agency) return;
      if (!parsed.name && !parsed.role) continue;
      if (previous && /^\s*,\s*$/.test(between) && clauseStart(paragraph, previous.index)) {
        // "Kepala Divisi ..., Herdaus mengatakan", but not "Usai rapat bersama Kapolres, Herdaus mengatakan".
        const before = this.parse(previous.text);
        if (!before.role || previous.text.startsWith(before.role)) return this.pair(before, parsed, true);
      }
      const after = paragraph.slice(run.end, verbAt);
      // "Name, peneliti Politeknik Negeri Sriwijaya, menjelaskan": a lower-case title between commas.
      const described = parsed.name !== undefined && !parsed.role ? appositive(after) : undefined;
      if (parsed.name !== undefined && described && /^\s*,\s*$/.test(after.slice(described.end)))
        return { name: parsed.name, role: described.role };
      const next = /^\s*(\p{Ll}+)/u.exec(after)?.[1];
      if (!parsed.role && next !== undefined && !AFTER_SUBJECT.has(next)) return;
      return parsed;
    }
    return undefined;
  }

  /**
   * Two runs set off by a comma or "selaku": one gives the name and the other the title
   * ("Herdaus, Kepala Divisi ...", "Kepala Divisi ..., Herdaus"); otherwise the second alone counts.
   */
  private pair(first: Parsed, second: Parsed, secondIsSubject = false): Parsed {
    const [main, other] = secondIsSubject ? [second, first] : [first, second];
    if (main.agency || other.agency || !(main.name && !main.role) === !(other.name && !other.role)) return main;
    const [named, titled] = main.name && !main.role ? [main, other] : [other, main];
    const role = titled.name ? titled.title : titled.role;
    return role && named.name ? { name: named.name, role } : main;
  }

  /**
   * The mention a speaker refers to: someone introduced earlier whose name holds all of the words
   * given ("Sutejo" -> "AKBP Bambang Sutejo"), or whose title spells out the title given ("Kadiv"
   * -> "Kepala Divisi Keimigrasian ..."); a new person when a name is new; nobody for a title alone.
   */
  private resolve(
    who: Parsed,
    at: number,
    sentence: string,
    mentions: readonly Mention[],
    quoted: readonly Mention[],
  ): Mention | undefined {
    const known = [...mentions, ...quoted].filter((mention) => mention.index <= at).sort((a, b) => a.index - b.index);
    if (who.name) {
      const words = nameWords(who.name);
      const earlier = known.findLast((mention) => {
        const full = nameWords(mention.name);
        return words.length > 0 && words.every((word) => full.includes(word));
      });
      if (earlier) return earlier.role || !who.role ? earlier : { ...earlier, role: who.role };
      return { name: who.name, ...(who.role ? { role: who.role } : {}), index: at, sentence };
    }
    const wanted = expandTitle(who.role ?? '');
    return known.findLast((mention) => {
      if (!mention.role) return false;
      const have = new Set(expandTitle(mention.role));
      return wanted.every((word) => have.has(word));
    });
  }
}
