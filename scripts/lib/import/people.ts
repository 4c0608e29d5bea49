import { LONG_SPEECH_VERBS, quotations, SHORT_SPEECH_VERBS } from '../../../src/lib/lint/quotes.ts';
import { straightQuotes } from '../../../src/lib/lint/text.ts';
import type { Organization } from '../../../src/schemas/organization.ts';
import type { Person } from '../../../src/schemas/person.ts';
import type { Region } from '../../../src/schemas/region.ts';
import { findNames, organizationNames, regionNames, tokenize } from '../../../src/lib/wire/match.ts';

/** Words that start or make up an official's title, besides the words of agency and region names. */
const TITLE_WORDS = [
  'kepala',
  'wakil',
  'penjabat',
  'pj',
  'plt',
  'plh',
  'wali',
  'walikota',
  'bupati',
  'gubernur',
  'sekretaris',
  'sekda',
  'asisten',
  'ketua',
  'direktur',
  'dirjen',
  'menteri',
  'camat',
  'lurah',
  'komandan',
  'koordinator',
  'analis',
  'pejabat',
  'kakanwil',
  'kakanim',
  'kadiv',
  'kabid',
  'kabag',
  'kasi',
  'kasubsi',
  'kasubbag',
  'kasat',
  'kanit',
  'kadis',
  'kapolres',
  'kapolresta',
  'kapolrestabes',
  'kapolda',
  'kapolsek',
  'dandim',
  'danrem',
  'danlanal',
  'pangdam',
  'kajari',
  'kajati',
  'kaban',
  'kalapas',
] as const;

/** Words that appear inside titles and agency names without being anyone's name. */
const ROLE_WORDS = [
  ...TITLE_WORDS,
  'divisi',
  'bidang',
  'seksi',
  'bagian',
  'subbagian',
  'kantor',
  'wilayah',
  'kota',
  'kabupaten',
  'provinsi',
  'daerah',
  'dinas',
  'badan',
  'unit',
  'satuan',
  'tim',
  'pora',
  'imigrasi',
  'keimigrasian',
  'intelijen',
  'penindakan',
  'pelayanan',
  'dan',
  'kelas',
  'tpi',
  'non',
  'i',
  'ii',
  'iii',
  'resor',
  'distrik',
  'militer',
  'kejaksaan',
  'negeri',
  'tinggi',
  'pemerintah',
  'pemerintahan',
  'kesejahteraan',
  'rakyat',
  'umum',
  'humas',
  'hukum',
  'ham',
  'sumsel',
  'sumatera',
  'selatan',
  'tenaga',
  'kerja',
  'transmigrasi',
  'pengawasan',
  'orang',
  'asing',
  'kanwil',
  'kemenkumham',
  'ditjen',
  'direktorat',
  'jenderal',
  'kementerian',
];

/** Short titles as newsrooms write them, spelled out so "Kadiv Keimigrasian" finds "Kepala Divisi Keimigrasian". */
const ABBREVIATIONS: Record<string, string> = {
  kakanwil: 'kepala kantor wilayah',
  kakanim: 'kepala kantor imigrasi',
  kadiv: 'kepala divisi',
  kabid: 'kepala bidang',
  kabag: 'kepala bagian',
  kasi: 'kepala seksi',
  kasubsi: 'kepala subseksi',
  kasubbag: 'kepala subbagian',
  kasat: 'kepala satuan',
  kanit: 'kepala unit',
  kadis: 'kepala dinas',
  kapolres: 'kepala kepolisian resor',
  kapolda: 'kepala kepolisian daerah',
  dandim: 'komandan kodim',
  kajari: 'kepala kejaksaan negeri',
  kajati: 'kepala kejaksaan tinggi',
  sekda: 'sekretaris daerah',
  pj: 'penjabat',
  walikota: 'wali kota',
};

/** Capitalised words in a row, allowing "dan" between them: a title and a name. */
const WORD = String.raw`(?:\p{Lu}\.|[\p{Lu}\d][\p{L}\d'’/-]*)`;
const RUN = new RegExp(String.raw`${WORD}(?:[ \t]+(?:dan[ \t]+)?${WORD})*`, 'gu');
const LEADING_RUN = new RegExp(`^${RUN.source}`, 'u');

const PRONOUNS = new Set(['ia', 'dia', 'beliau', 'mereka', 'pihaknya']);

/** Someone the text names with a title, e.g. "Kepala Kantor Imigrasi Palembang Dewi Kartikasari". */
export interface Mention {
  name: string;
  role?: string;
  index: number;
}

/** A person quoted in the text, resolved against people.yaml where possible. */
export interface Speaker {
  /** Id in people.yaml, when the name is there. */
  person?: string;
  name: string;
  /** Title as the text gives it; absent when the text never says. */
  role?: string;
  /** Agency named in the title, from organizations.yaml. */
  organization?: string;
}

/** The registries the importer matches against. */
export interface Registries {
  regions: readonly Region[];
  organizations: readonly Organization[];
  people: readonly Person[];
}

const lower = (word: string) => word.toLowerCase().replace(/[’']/g, '');
const expand = (role: string) =>
  lower(role)
    .split(/\s+/)
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '));

/** Finds titled names and attributions in wire text. */
export class SpeakerFinder {
  private readonly vocabulary: Set<string>;
  private readonly registries: Registries;

  constructor(registries: Registries) {
    this.registries = registries;
    const names = [...organizationNames(registries.organizations), ...regionNames(registries.regions)];
    this.vocabulary = new Set([
      ...ROLE_WORDS,
      ...names.flatMap(({ name }) => tokenize(name).map((token) => lower(token.word))),
    ]);
  }

  /**
   * Splits a run of capitalised words into a title and a name: the name is the trailing words that
   * belong to no title or agency name ("... Kemenkumham Sumsel | Ilham Djaya").
   */
  split(run: string): { role?: string; name?: string } {
    const words = run.trim().split(/\s+/).filter(Boolean);
    let cut = words.length;
    while (cut > 0) {
      const word = words[cut - 1] ?? '';
      if (this.vocabulary.has(lower(word)) || !/^\p{Lu}/u.test(word) || /\d/.test(word)) break;
      cut -= 1;
    }
    // A name has at most four words; longer tails are a sentence-initial word plus a name.
    cut = Math.max(cut, words.length - 4);
    const roleWords = words.slice(0, cut);
    const first = roleWords.findIndex((word) => (TITLE_WORDS as readonly string[]).includes(lower(word)));
    const role = first >= 0 ? roleWords.slice(first).join(' ') : undefined;
    const name = words.slice(cut).join(' ') || undefined;
    return { ...(role ? { role } : {}), ...(name ? { name } : {}) };
  }

  /** Every titled name in the text, in order. */
  mentions(text: string): Mention[] {
    const result: Mention[] = [];
    for (const match of straightQuotes(text).matchAll(RUN)) {
      const { role, name } = this.split(match[0]);
      if (role && name) result.push({ name, role, index: match.index });
      else if (name && this.registered(name)) result.push({ name, index: match.index });
    }
    return result;
  }

  /** The id in people.yaml of a full name, if it is there. */
  registered(name: string): string | undefined {
    const key = lower(name).replace(/\s+/g, ' ');
    return this.registries.people.find((person) => lower(person.name).replace(/\s+/g, ' ') === key)?.id;
  }

  /** The agency a title names, e.g. "Kepala Kantor Imigrasi Palembang" -> "kanim-palembang". */
  organizationIn(role: string): string | undefined {
    return findNames(role, organizationNames(this.registries.organizations)).at(-1)?.id;
  }

  /** Resolves the words after an attribution verb ("Ilham", "Kadiv Keimigrasian", "Dewi Kartikasari"). */
  resolve(who: string, known: readonly Mention[]): Mention | undefined {
    const { role, name } = this.split(who);
    if (name) {
      const words = name.split(/\s+/).map(lower);
      // A surname or first name alone refers back to someone introduced in full.
      const earlier = known.find((mention) => {
        const full = mention.name.split(/\s+/).map(lower);
        return words.every((word) => full.includes(word));
      });
      if (earlier) return role && !earlier.role ? { ...earlier, role } : earlier;
      return { name, ...(role ? { role } : {}), index: -1 };
    }
    const wanted = expand(who).filter((word) => !['di', 'sumsel'].includes(word));
    if (wanted.length === 0) return undefined;
    return known.find((mention) => {
      if (!mention.role) return false;
      const have = new Set(expand(mention.role));
      return wanted.every((word) => have.has(word));
    });
  }

  /**
   * The people quoted in the text: speakers named after a quotation ("..., kata Kepala X Nama"),
   * before one ("Nama mengatakan"), or with "menurut Nama". Pronouns ("ujarnya", "kata dia")
   * refer to someone already found and add no one.
   */
  speakers(text: string): Speaker[] {
    const straight = straightQuotes(text);
    const known = this.mentions(straight);
    const quoted: Mention[] = [];
    const add = (mention: Mention | undefined) => {
      if (mention && !quoted.some((item) => item.name === mention.name)) quoted.push(mention);
    };
    const short = SHORT_SPEECH_VERBS.join('|');
    const after = new RegExp(
      `"\\s*,?\\s*(?:${short})(nya)?\\b\\s*([^,.;:"\\n]*)|\\b(?:${LONG_SPEECH_VERBS.filter((verb) => verb === 'menurut').join('|')})\\s+([^,.;:"\\n]*)`,
      'giu',
    );
    for (const match of straight.matchAll(after)) {
      const pronoun = match[1] !== undefined;
      // The speaker is the run of capitalised words right after the verb: "kata Kadiv Keimigrasian".
      const who = LEADING_RUN.exec((match[2] ?? match[3] ?? '').trim())?.[0] ?? '';
      if (pronoun || who === '' || PRONOUNS.has(lower(who.split(/\s+/)[0] ?? ''))) continue;
      const mention = this.resolve(who, known);
      add(mention && mention.index < 0 ? { ...mention, index: match.index } : mention);
    }
    // "Nama menambahkan ..." / "Kepala X Nama mengatakan, ..." introduce a statement too.
    const before = new RegExp(`(?:${LONG_SPEECH_VERBS.filter((verb) => verb !== 'menurut').join('|')})\\b`, 'giu');
    for (const match of straight.matchAll(before)) {
      const inQuote = quotations(straight).some((q) => match.index > q.index && match.index < q.end);
      if (inQuote) continue;
      const preceding = known.filter((mention) => mention.index < match.index).at(-1);
      if (!preceding) continue;
      const gap = straight.slice(preceding.index, match.index);
      // The name must be the subject right before the verb, in the same sentence.
      if (/[.!?"]/.test(gap.replace(/\b\p{L}\./gu, '')) || gap.length > preceding.name.length + 200) continue;
      if (
        !new RegExp(`${preceding.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:,[^,]*,\\s*)?$`, 'u').test(
          gap.trim(),
        )
      )
        continue;
      add(preceding);
    }
    quoted.sort((a, b) => a.index - b.index);
    return quoted.map((mention) => {
      const person = this.registered(mention.name);
      if (person) return { person, name: mention.name };
      const organization = mention.role ? this.organizationIn(mention.role) : undefined;
      return {
        name: mention.name,
        ...(mention.role ? { role: mention.role } : {}),
        ...(organization ? { organization } : {}),
      };
    });
  }
}
