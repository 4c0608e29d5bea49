import type { Organization } from '../../schemas/organization.ts';
import type { Region } from '../../schemas/region.ts';
import type { Site } from '../../schemas/site.ts';

/** The province of this office, as site.yaml names it: "Jawa Tengah", which the press shortens to "Jateng". */
export interface Province {
  name: string;
  short?: string | undefined;
}

/** The province of a site, when site.yaml could be read. */
export function provinceOf(site: Pick<Site, 'province' | 'provinceShort'> | undefined): Province | undefined {
  return site ? { name: site.province, short: site.provinceShort } : undefined;
}

/** A word of a text with its offset. */
export interface Token {
  word: string;
  index: number;
}

/** The words of a text (letters and digits; "0405/Lahat" and "II/Sriwijaya" stay one word). */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\d]+(?:['’/-][\p{L}\d]+)*/gu)].map((match) => ({
    word: match[0],
    index: match.index,
  }));
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/** A name of a registry entry, with the days it was in use when it was not always. */
export interface Name {
  id: string;
  name: string;
  /** First day the name was used, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day the name was used, YYYY-MM-DD. */
  until?: string | undefined;
  /**
   * A regional office's name without its province ("Kanwil Kemenkumham"): it names this province's
   * office only when no place follows it, so "Kanwil Kemenkumham Jatim" is another office.
   */
  placeless?: boolean;
}

/** A registry name found in a text. */
export interface Found {
  id: string;
  /** Offset of the first word. */
  index: number;
  /** Offset after the last word. */
  end: number;
  /** The registry name that matched. */
  name: Name;
  /** The name was not in use on the day the text is dated. */
  outside?: boolean;
}

/**
 * Titles the press puts in front of an agency's short name, read as that short name: the head of
 * ("Kapolres Lahat") or a leader of ("Bupati Lahat") an agency names the agency.
 */
const TITLES: Readonly<Record<string, string>> = {
  kakanwil: 'kanwil',
  kakanim: 'kanim',
  kapolda: 'polda',
  kapolres: 'polres',
  kapolresta: 'polresta',
  kapolrestabes: 'polrestabes',
  kapolsek: 'polsek',
  wakapolda: 'polda',
  wakapolres: 'polres',
  wakapolresta: 'polresta',
  wakapolrestabes: 'polrestabes',
  wakapolsek: 'polsek',
  kajati: 'kejati',
  kajari: 'kejari',
  pangdam: 'kodam',
  danrem: 'korem',
  dandim: 'kodim',
  danramil: 'koramil',
  danlanal: 'lanal',
  kabinda: 'binda',
  kadisnaker: 'disnaker',
  kadisnakertrans: 'disnakertrans',
  kadisdukcapil: 'disdukcapil',
  kasatpol: 'satpol',
  kakesbangpol: 'kesbangpol',
  kakemenag: 'kemenag',
  kadis: 'dinas',
  kaban: 'badan',
  kakan: 'kantor',
  gubernur: 'pemprov',
  wagub: 'pemprov',
  bupati: 'pemkab',
  wabup: 'pemkab',
  walikota: 'pemkot',
  wako: 'pemkot',
  wawako: 'pemkot',
};

/** An immigration office's class ("Kelas I TPI", "Kelas II Non TPI"), which the press often leaves out. */
const CLASS_WORDS = /^(?:kelas|i|ii|iii|iv|1|2|3|khusus|non|tpi)$/;

/**
 * Words of a text as names are compared: squashed, titles read as their agency ("Kota" of "Wali
 * Kota" absorbed as ""), an immigration office's class words left out ("").
 */
export function wordKeys(tokens: readonly Token[]): string[] {
  const keys = tokens.map((token) => squash(token.word));
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (key === 'wali' && keys[i + 1] === 'kota') [keys[i], keys[i + 1]] = ['pemkot', ''];
    else keys[i] = TITLES[key] ?? key;
    // "Kantor Imigrasi Kelas I TPI Palembang" and "Kanim Kelas II Non TPI Muara Enim": skip the class.
    if ((keys[i] === 'imigrasi' || keys[i] === 'kanim') && /^(?:kelas|tpi)$/.test(keys[i + 1] ?? ''))
      for (let j = i + 1; j < keys.length && CLASS_WORDS.test(keys[j] ?? ''); j++) keys[j] = '';
  }
  return keys;
}

/** Whether two words are one letter apart: one added, dropped, changed, or two neighbours swapped. */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA + 1);
  const restB = b.slice(start, endB + 1);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA === [...restB].reverse().join('');
}

/** Words at least this long may be misspelt by one letter ("Kementrian" for "Kementerian"). */
export const LONG_WORD = 8;

/** Names prepared for matching, by the key they are compared by. */
interface Index {
  byKey: Map<string, Name[]>;
  /** Every start of a key, to stop joining words as soon as no name can match. */
  prefixes: Set<string>;
  /** Long words of the names, to correct one-letter misspellings against. */
  vocabulary: Set<string>;
  /** Words already looked up in the vocabulary, with what they are read as. */
  corrections: Map<string, string>;
}

const indexes = new WeakMap<readonly Name[], Index>();

function indexOf(names: readonly Name[]): Index {
  const cached = indexes.get(names);
  if (cached) return cached;
  const index: Index = { byKey: new Map(), prefixes: new Set(), vocabulary: new Set(), corrections: new Map() };
  for (const name of names) {
    const keys = wordKeys(tokenize(name.name));
    const key = keys.join('');
    if (key.length < 3) continue;
    for (const word of keys) if (word.length >= LONG_WORD && /^\p{L}+$/u.test(word)) index.vocabulary.add(word);
    index.byKey.set(key, [...(index.byKey.get(key) ?? []), name]);
    for (let length = 1; length <= key.length; length++) index.prefixes.add(key.slice(0, length));
  }
  indexes.set(names, index);
  return index;
}

/** A long word not in the names, read as the one name word it is one letter away from, if exactly one. */
function corrected(key: string, { vocabulary, corrections }: Index): string {
  if (key.length < LONG_WORD - 1 || vocabulary.has(key) || !/^\p{L}+$/u.test(key)) return key;
  let word = corrections.get(key);
  if (word === undefined) {
    const near = [...vocabulary].filter((known) => oneLetterApart(key, known));
    word = near.length === 1 ? (near[0] ?? key) : key;
    corrections.set(key, word);
  }
  return word;
}

const days = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * How well a name fits a day, lowest best: 0 when the day is in its stated period, 1 when it has
 * no period, above 2 when the day is outside its period, the more the further away.
 */
function fit(name: Name, day: string | undefined): number {
  if (day === undefined || (name.from === undefined && name.until === undefined)) return 1;
  if (name.from !== undefined && day < name.from) return 2 + (days(name.from) - days(day)) / 1e6;
  if (name.until !== undefined && day > name.until) return 2 + (days(day) - days(name.until)) / 1e6;
  return 0;
}

/**
 * Where registry names occur in a text. Names are compared without case, spaces or punctuation
 * but only on word boundaries, so "Pagaralam" finds "Pagar Alam" and "Muara Enim" finds
 * "Muara Enim", while "Banyuasin" is not found inside an already matched "Musi Banyuasin".
 * Matches must start with a capital letter, as proper nouns do. Titles count as their agency
 * ("Kapolres Lahat" finds "Polres Lahat"), immigration offices' classes may be left out, and a long
 * word may be one letter off. When names of different entries match the same words, the one in use
 * on `day` wins; a name matched outside its period is marked `outside`.
 */
export function findNames(text: string, names: readonly Name[], day?: string): Found[] {
  const index = indexOf(names);
  const tokens = tokenize(text);
  const keys = wordKeys(tokens).map((key) => corrected(key, index));
  const candidates: (Found & { rank: number })[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start];
    if (!first || !keys[start] || !/^[\p{Lu}\d]/u.test(first.word)) continue;
    let joined = '';
    for (let end = start; end < tokens.length; end++) {
      const token = tokens[end];
      if (!token || !keys[end]) continue;
      joined += keys[end];
      if (!index.prefixes.has(joined)) break;
      const after = tokens[end + 1];
      const placeFollows =
        after !== undefined &&
        /^\p{Lu}/u.test(after.word) &&
        /^[ \t]+$/.test(text.slice(token.index + token.word.length, after.index));
      for (const name of index.byKey.get(joined) ?? []) {
        if (name.placeless && placeFollows) continue;
        candidates.push({
          id: name.id,
          index: first.index,
          end: token.index + token.word.length,
          name,
          rank: fit(name, day),
        });
      }
    }
  }
  // Longest first: a match inside a longer one is part of that name, not a name of its own.
  candidates.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index || a.rank - b.rank);
  const taken: Found[] = [];
  for (const { rank, ...candidate } of candidates) {
    if (taken.some((found) => candidate.index < found.end && candidate.end > found.index)) continue;
    taken.push(rank >= 2 ? { ...candidate, outside: true } : candidate);
  }
  return taken.sort((a, b) => a.index - b.index);
}

/** Long and short forms the press uses for each other, in agency names; "^" only at the start. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['^Kantor Imigrasi', '^Kanim', '^Imigrasi'],
  ['Kantor Wilayah', 'Kanwil'],
  ['Direktorat Jenderal', 'Ditjen'],
  ['Kementerian Hukum dan HAM', 'Kementerian Hukum dan Hak Asasi Manusia', 'Kemenkumham'],
  ['Kementerian Agama', 'Kemenag'],
  ['Pemerintah Provinsi', 'Pemprov'],
  ['Pemerintah Kabupaten', 'Pemkab'],
  ['Pemerintah Kota', 'Pemkot', 'Pemko'],
  ['Kepolisian Daerah', 'Polda'],
  ['Kepolisian Resor Kota Besar', 'Polrestabes'],
  ['Kepolisian Resor', 'Polres'],
  ['Kepolisian Sektor', 'Polsek'],
  ['Komando Daerah Militer', 'Kodam'],
  ['Komando Resor Militer', 'Korem'],
  ['Komando Distrik Militer', 'Kodim'],
  ['Komando Rayon Militer', 'Koramil'],
  ['Pangkalan TNI Angkatan Laut', 'Lanal'],
  ['Kejaksaan Tinggi', 'Kejati'],
  ['Kejaksaan Negeri', 'Kejari'],
  ['Badan Intelijen Negara Daerah', 'Binda'],
  ['Badan Narkotika Nasional Provinsi', 'BNNP'],
  ['Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', 'Bakesbangpol'],
  ['Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans'],
  ['Dinas Tenaga Kerja', 'Disnaker'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Dukcapil'],
  ['Satuan Polisi Pamong Praja', 'Satpol PP'],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const synonymPatterns = (group: readonly string[]) =>
  group.map((written) => {
    const form = written.replace(/^\^/, '');
    const start = written.startsWith('^') ? '^' : '(?<![\\p{L}])';
    return { form, pattern: new RegExp(`${start}${escape(form)}(?![\\p{L}])`, 'u') };
  });
const SYNONYM_PATTERNS = SYNONYMS.map(synonymPatterns);

/** A Roman number in figures: "II" -> 2, "XIV" -> 14. */
function arabic(roman: string): number {
  const values = [...roman].map((letter) => ({ I: 1, V: 5, X: 10 })[letter] ?? 0);
  return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0);
}

/**
 * The ways the press writes a name: long and short forms of its parts for each other ("Kanim",
 * "Imigrasi" for "Kantor Imigrasi"; "Jateng" for "Jawa Tengah", this office's province), a military
 * unit by its number or its place alone ("Kodim 0405"), the region without "Kabupaten" or "Kota",
 * and a regional office without its province. Every form keeps the agency's own word, so a place
 * name alone never counts as an agency.
 */
function variants(name: string, province: Province | undefined): { name: string; placeless?: boolean }[] {
  const forms = new Set([name]);
  const placeless = new Set<string>();
  const provinceForms = province ? [province.name, ...(province.short ? [province.short] : [])] : [];
  const groups = provinceForms.length > 1 ? [...SYNONYM_PATTERNS, synonymPatterns(provinceForms)] : SYNONYM_PATTERNS;
  const ofProvince =
    provinceForms.length > 0
      ? new RegExp(`\\s+(?:Provinsi\\s+)?(?:${provinceForms.map(escape).join('|')})$`, 'u')
      : undefined;
  for (const group of groups)
    for (const form of [...forms])
      for (const { pattern } of group.filter(({ pattern }) => pattern.test(form)))
        for (const other of group) forms.add(form.replace(pattern, other.form));
  for (const form of [...forms]) {
    const unit = /^(.+?)\s+([IVX]+|\d{2,4})\/(\S.*)$/u.exec(form);
    if (unit) forms.add(`${unit[1]} ${unit[2]}`).add(`${unit[1]} ${unit[3]}`);
    // Regional copy writes a unit's Roman number in figures too: "Kodam 2 Sriwijaya" for "Kodam II/Sriwijaya".
    const figure = unit?.[2] && /^[IVX]+$/.test(unit[2]) ? arabic(unit[2]) : undefined;
    if (unit && figure) forms.add(`${unit[1]} ${figure}`).add(`${unit[1]} ${figure}/${unit[3]}`);
    forms.add(form.replace(/(?<!Pemerintah|Resor)\s+(?:Provinsi|Kabupaten|Kota)\s+(?=\p{Lu})/u, ' '));
    // A ministry has one regional office per province: "Kanwil Kemenkumham" is the province's, when
    // no other place follows; the press also writes the province out ("... Provinsi Jawa Tengah").
    if (ofProvince?.test(form) && /^(?:Kanwil|Kantor Wilayah)\s/.test(form)) {
      placeless.add(form.replace(ofProvince, ''));
      forms.add(form.replace(ofProvince, ` Provinsi ${provinceForms[0]}`));
    }
  }
  return [
    ...[...forms].map((form) => ({ name: form })),
    ...[...placeless].filter((form) => !forms.has(form)).map((form) => ({ name: form, placeless: true })),
  ];
}

/**
 * Names by registry (and province): the importer and the lint rules ask for the same registry's
 * names many times, and name matching indexes each list once.
 */
const organizationNameCache = new WeakMap<readonly Organization[], Map<string, Name[]>>();
const regionNameCache = new WeakMap<readonly Region[], Name[]>();

/**
 * Every name an organization goes or went by, as the press writes them: the current ones, valid
 * on any day, and the aliases, each with its period; `province` (site.yaml's) gives the short and
 * long forms of this office's province, which regional offices' names end in.
 */
export function organizationNames(organizations: readonly Organization[], province?: Province): Name[] {
  const byProvince = organizationNameCache.get(organizations) ?? new Map<string, Name[]>();
  organizationNameCache.set(organizations, byProvince);
  const key = province ? JSON.stringify([province.name, province.short ?? '']) : '';
  const cached = byProvince.get(key);
  if (cached) return cached;
  const result = organizations.flatMap((organization) => {
    const current = { name: organization.name, shortName: organization.shortName };
    return [current, ...organization.aliases].flatMap((named) => {
      // Each form once; placeless only when no other name of the pair is written so.
      const forms = new Map<string, boolean>();
      for (const written of [named.name, ...(named.shortName ? [named.shortName] : [])])
        for (const { name, placeless = false } of variants(written, province))
          forms.set(name, (forms.get(name) ?? true) && placeless);
      return [...forms].map(([name, placeless]) => ({
        id: organization.id,
        name,
        ...('from' in named && named.from ? { from: named.from } : {}),
        ...('until' in named && named.until ? { until: named.until } : {}),
        ...(placeless ? { placeless } : {}),
      }));
    });
  });
  byProvince.set(key, result);
  return result;
}

/** The text with the given stretches blanked out, offsets unchanged. */
export function blank(text: string, found: readonly { index: number; end: number }[], fill = ' '): string {
  let result = '';
  let at = 0;
  for (const { index, end } of [...found].sort((a, b) => a.index - b.index)) {
    if (end <= at) continue;
    result += text.slice(at, Math.max(index, at)) + fill.repeat(end - Math.max(index, at));
    at = end;
  }
  return result + text.slice(at);
}

/** Every name of a region: official ("Kabupaten Lahat"), bare ("Lahat") and aliases ("Pagaralam"). */
export function regionNames(regions: readonly Region[]): Name[] {
  const cached = regionNameCache.get(regions);
  if (cached) return cached;
  const result = regions.flatMap((region) => {
    const bare = region.name.replace(/^(?:Kabupaten|Kota|Kab\.|Kab)\s+/i, '');
    return [...new Set([region.name, bare, ...region.aliases])].map((name) => ({ id: region.id, name }));
  });
  regionNameCache.set(regions, result);
  return result;
}

/** Ids in order of first appearance, each once. */
export function uniqueIds(found: readonly Found[]): string[] {
  return [...new Set(found.map((item) => item.id))];
}
