import type { Organization } from '../../schemas/organization.ts';
import type { Region } from '../../schemas/region.ts';
import {
  blank,
  findNames,
  organizationNames,
  regionNames,
  tokenize,
  uniqueIds,
  wordKeys,
  oneLetterApart,
  LONG_WORD,
  type Found,
  type Province,
  type Token,
} from './match.ts';
import { sentenceAt } from './sentences.ts';

/** One line of the import report: which value a field got, from which sentence. */
export interface Evidence {
  field: string;
  value: string;
  from: string;
}

/** The agencies a text names. */
export interface Agencies {
  /** Ids of registry organizations, in order of first mention. */
  ids: string[];
  /** Agency-like names that match no registry entry, as written (longest form), once each. */
  unknown: string[];
  /** Where each id and each unknown name was first found. */
  evidence: Evidence[];
  /** Names used outside the period they were valid in. */
  warnings: string[];
  /** Where the registry organizations were found. */
  found: Found[];
  /** Where every agency, known or not, was found: place names there say who, not where. */
  spans: { index: number; end: number }[];
}

/** Words that start the name of a body serving a place: what follows is the place ("Polres Ogan Ilir"). */
const UNIT_HEADS = new Set([
  ...['polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodam', 'korem', 'kodim', 'koramil', 'lanal'],
  ...['lanud', 'kejati', 'kejari', 'pemprov', 'pemkab', 'pemkot', 'pemko', 'kanim', 'kanwil', 'imigrasi'],
  ...['binda', 'bnnp', 'bnnk', 'disnaker', 'disnakertrans', 'disdukcapil', 'dukcapil', 'kesbangpol'],
  ...['bakesbangpol', 'kemenag', 'satpol', 'lapas', 'rutan', 'bapas'],
]);
/** Words that start a descriptive agency name: what follows says what it does ("Dinas Sosial ..."). */
const NAME_HEADS = new Set([
  ...['kantor', 'dinas', 'badan', 'kementerian', 'kepolisian', 'kejaksaan', 'komando', 'pemerintah'],
  ...['direktorat', 'balai', 'lembaga', 'pangkalan', 'satuan'],
]);
/** Agencies the press names by their acronym alone. */
const ALONE = new Set([
  ...['bin', 'bnn', 'bnnp', 'binda', 'bais', 'disnaker', 'disdukcapil', 'dukcapil', 'kesbangpol', 'satpol'],
]);

/**
 * Capitalised words that end an agency's name: ranks, honorifics and titles of the person who
 * usually follows it, day names, and the words of a headline.
 */
const STOP_WORDS = new Set([
  ...['akbp', 'akp', 'kompol', 'kombes', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'brigadir', 'brigjen'],
  ...['irjen', 'komjen', 'letkol', 'kolonel', 'mayor', 'kapten', 'lettu', 'letda', 'serma', 'serka', 'sertu'],
  ...['pelda', 'peltu', 'mayjen', 'laksma', 'marsma', 'h', 'hj', 'dr', 'drs', 'ir', 'prof', 'bapak', 'ibu'],
  ...['sdr', 'kepala', 'ketua', 'wakil', 'kasat', 'kasi', 'kabid', 'kadiv', 'sekretaris', 'tim', 'rakor'],
  ...['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'bersama', 'di', 'pada', 'ke', 'hadir'],
  ...['hadiri', 'gelar', 'ikuti', 'ikut', 'lakukan', 'adakan', 'bahas', 'tinjau', 'periksa', 'amankan', 'temukan'],
  ...['dukung', 'awasi', 'jaring', 'razia', 'sidak', 'tangkap', 'terima', 'beri', 'bentuk', 'perkuat', 'dan'],
]);
/** Acronyms kept in capitals when a name written all in capitals is spelt normally. */
const ACRONYMS = new Set(['bin', 'bnn', 'bnnp', 'bnnk', 'bais', 'pp', 'tpi', 'ham', 'tni', 'oku', 'oki', 'ri', 'bps']);

const squash = (word: string) => word.toLowerCase().replace(/[^\p{L}\d]/gu, '');
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const allCaps = (text: string) => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);

/** A name written all in capitals, spelt normally: "KANIM MUARA ENIM" -> "Kanim Muara Enim". */
function canonical(name: string): string {
  if (!allCaps(name)) return name;
  return name
    .split(' ')
    .map((word) => (ACRONYMS.has(squash(word)) ? word : capital(word.toLowerCase())))
    .join(' ');
}

/** An unknown agency's name as written, with where it starts and ends. */
interface Mention {
  name: string;
  index: number;
  end: number;
}

const capitalised = (token: Token) => /^[\p{Lu}\d]/u.test(token.word);

/** A head word, also misspelt by a letter ("Kementrian"). */
function headOf(key: string): string {
  if (UNIT_HEADS.has(key) || NAME_HEADS.has(key) || ALONE.has(key)) return key;
  return [...NAME_HEADS].find((head) => head.length >= LONG_WORD && oneLetterApart(key, head)) ?? key;
}

/**
 * Whether the line at an offset is in title case, as headlines are written: every word is
 * capitalised and none ends a name. Each line is read once, however many heads it holds.
 */
function headlines(text: string): (index: number) => boolean {
  const breaks = [...text.matchAll(/\n/g)].map((match) => match.index);
  const lines = new Map<number, boolean>();
  return (index) => {
    // The first line break after the offset, found by halving: that line's end and, before it, its start.
    let [low, high] = [0, breaks.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((breaks[middle] ?? 0) < index) low = middle + 1;
      else high = middle;
    }
    const known = lines.get(low);
    if (known !== undefined) return known;
    const line = text.slice((breaks[low - 1] ?? -1) + 1, breaks[low]);
    const words = (line.match(/\p{L}{4,}/gu) ?? []).filter(
      (word) => !/^(?:dengan|untuk|dari|yang|oleh|atau)$/.test(word),
    );
    const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    const headline = words.length >= 3 && capitals >= words.length * 0.75 && !/[.!?]["”’]?\s*$/.test(line);
    lines.set(low, headline);
    return headline;
  };
}

/** The most words an agency's name takes after its head ("Dinas Tenaga Kerja dan Transmigrasi Provinsi Sumatera Selatan"). */
const MAX_TAIL = 12;

/**
 * The capitalised words after an agency's head, up to a comma or other punctuation, a lowercase
 * word, or a rank, title or headline verb. "dan" joins the words of what an agency does ("Dinas
 * Tenaga Kerja dan Transmigrasi"), not the place a unit serves.
 */
function tail(
  tokens: readonly Token[],
  after: number,
  unit: boolean,
  adjacent: (a: Token, b: Token) => boolean,
): Token[] {
  const words: Token[] = [];
  for (let j = after + 1; j < tokens.length && words.length < MAX_TAIL; j++) {
    const [previous, word, following] = [tokens[j - 1], tokens[j], tokens[j + 1]];
    if (!previous || !word || !adjacent(previous, word)) break;
    const key = squash(word.word);
    if (capitalised(word) && !STOP_WORDS.has(key)) words.push(word);
    else if (
      key === 'dan' &&
      !unit &&
      words.length > 0 &&
      following &&
      capitalised(following) &&
      adjacent(word, following)
    )
      words.push(word);
    else break;
  }
  return words;
}

/**
 * Agency-like phrases in a text whose registry names are blanked out: a head word ("Dinas",
 * "Polres", or a title such as "Kapolres", read as "Polres") and the words of its tail, cut after
 * the region's name when there is one. A body serving a place takes one word when no region is
 * recognised and more words follow ("Polsek Gandus"), lest a person's name join in. Linear in the
 * text: a tail is a few words at most and each line's case is read once.
 */
function agencyMentions(text: string, regions: readonly Region[]): Mention[] {
  const tokens = tokenize(text);
  const keys = wordKeys(tokens);
  const places = regionNames(regions);
  const adjacent = (a: Token, b: Token) => /^ +$/.test(text.slice(a.index + a.word.length, b.index));
  const inHeadline = headlines(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const head = headOf(keys[i] ?? '');
    const unit = UNIT_HEADS.has(head);
    if (!token || !capitalised(token) || (!unit && !NAME_HEADS.has(head) && !ALONE.has(head))) continue;
    // "Kantor Bupati Lahat" is the regent's office: the title after it names the agency.
    const next = tokens[i + 1];
    const titled = next !== undefined && keys[i + 1] !== '' && keys[i + 1] !== squash(next.word);
    if (head === 'kantor' && next && adjacent(token, next) && titled) continue;
    // Words the head absorbs: "Kota" of "Wali Kota", an office's class, "PP" of "Satpol PP".
    let last = i;
    while (keys[last + 1] === '' || (head === 'satpol' && keys[last + 1] === 'pp')) last++;
    const lastHead = tokens[last] ?? token;
    let words = tail(tokens, last, unit, adjacent);
    const first = words[0];
    const end = words.at(-1);
    const [place] = first && end ? findNames(text.slice(first.index, end.index + end.word.length), places) : [];
    if (place && first) words = words.filter((word) => word.index < first.index + place.end);
    // In a headline every word is capitalised: only a region says where a name ends.
    else if (words.length > 0 && inHeadline(token.index)) continue;
    else if (unit && words.length > 2) words = words.slice(0, 1);
    if (words.length === 0 && !ALONE.has(head)) continue;
    // "Pemerintah Pusat", "Pemerintah Daerah": a government is an agency only with its place.
    if (head === 'pemerintah' && !/^(?:provinsi|kabupaten|kab|kota|kecamatan|desa)$/.test(squash(words[0]?.word ?? '')))
      continue;
    const written = text.slice(token.index, lastHead.index + lastHead.word.length);
    // A title is named as its agency: "Kapolres Ogan Ilir" proposes "Polres Ogan Ilir".
    const headWords = keys[i] === squash(token.word) ? written : capital(head);
    const final = words.at(-1) ?? lastHead;
    mentions.push({
      name: canonical([headWords, ...words.map((word) => word.word)].join(' ').replace(/\s+/g, ' ')),
      index: token.index,
      end: final.index + final.word.length,
    });
    // The tail's words follow the head's one by one.
    i = last + words.length;
  }
  return mentions;
}

/**
 * Names once each: a name that starts another ("Dinas Sosial" of "Dinas Sosial Lahat") is that one.
 * Every kept name is filed under itself and under each of its starts in whole words, so a mention
 * finds its other form in a few look-ups however many names there are.
 */
function longestForms(mentions: readonly Mention[]): Mention[] {
  const result: Mention[] = [];
  const names = new Filed();
  const starts = new Filed();
  const file = (words: readonly string[], at: number, add: boolean) => {
    names.file(words.join(' '), at, add);
    for (let n = 1; n <= words.length; n++) starts.file(words.slice(0, n).join(' '), at, add);
  };
  const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);
  for (const mention of mentions) {
    const words = wordsOf(mention.name);
    // The first kept name this one starts (or is), or that starts this one.
    const same = Math.min(
      starts.first(words.join(' ')),
      ...words.map((_, n) => names.first(words.slice(0, n).join(' '))),
    );
    const kept = result[same];
    if (kept === undefined) {
      result.push(mention);
      file(words, result.length - 1, true);
    } else if (mention.name.length > kept.name.length || (allCaps(kept.name) && !allCaps(mention.name))) {
      file(wordsOf(kept.name), same, false);
      result[same] = { ...mention, index: kept.index };
      file(words, same, true);
    }
  }
  return result;
}

/** Positions filed under keys, to find the first one filed under a key. */
class Filed {
  private readonly byKey = new Map<string, Set<number>>();

  file(key: string, at: number, add: boolean): void {
    const set = this.byKey.get(key) ?? new Set();
    if (add) set.add(at);
    else set.delete(at);
    this.byKey.set(key, set);
  }

  first(key: string): number {
    let first = Infinity;
    for (const at of this.byKey.get(key) ?? []) first = Math.min(first, at);
    return first;
  }
}

/** A name written as one word of capitals: "BNN", "BNNP". */
const isAcronym = (name: string) => /^\p{Lu}{2,}$/u.test(name);
/** The capitals that start the capitalised words of a name: "Badan Narkotika Nasional Provinsi Sumsel" -> "BNNPS". */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');

/** An acronym and the full name it stands for are one agency: "BNN" is "Badan Narkotika Nasional Provinsi Sumsel". */
function withoutAcronyms(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (mention) =>
      !isAcronym(mention.name) ||
      !mentions.some((other) => !isAcronym(other.name) && initials(other.name).startsWith(mention.name)),
  );
}

/**
 * Every agency a text names: registry organizations by any of their names (the one valid on
 * `day` when two agencies bore the same name; the province written long or short), and
 * agency-like names the registry does not know.
 * @example findAgencies('Kapolres Lahat hadir bersama Dinas Sosial Kabupaten Lahat.', organizations, '2025-03-26', regions, province)
 */
export function findAgencies(
  text: string,
  organizations: readonly Organization[],
  day: string,
  regions: readonly Region[] = [],
  province?: Province,
): Agencies {
  const found = findNames(text, organizationNames(organizations, province), day);
  const all = agencyMentions(blank(text, found, '|'), regions);
  const mentions = withoutAcronyms(longestForms(all));
  const evidence: Evidence[] = [];
  const warnings: string[] = [];
  for (const id of uniqueIds(found)) {
    const first = found.find((item) => item.id === id);
    if (first) evidence.push({ field: 'organizations', value: id, from: sentenceAt(text, first.index) });
  }
  for (const mention of mentions)
    evidence.push({ field: 'organizations', value: mention.name, from: sentenceAt(text, mention.index) });
  const outside = new Set<string>();
  for (const { id, name, outside: isOutside, index, end } of found) {
    const written = text.slice(index, end);
    if (!isOutside || outside.has(`${id} ${written}`)) continue;
    outside.add(`${id} ${written}`);
    const period = [name.from && `from ${name.from}`, name.until && `until ${name.until}`].filter(Boolean).join(' ');
    warnings.push(
      `"${written}" was a name of ${id} ${period}, but the text is dated ${day}: check which agency is meant (organizations)`,
    );
  }
  return {
    ids: uniqueIds(found),
    unknown: mentions.map((mention) => mention.name),
    evidence,
    warnings,
    found,
    spans: [...found, ...all],
  };
}
