import { isAgencyWord, isTitleWord } from './titles.ts';

/** Honorifics written in front of a name; they belong to the name as printed. */
const HONORIFICS = new Set([
  'h',
  'hj',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'kh',
  'drg',
  'haji',
  'hajah',
  'hajjah',
  'pak',
  'bu',
  'bapak',
  'ibu',
]);

/** Police and military ranks, written in front of a name ("Kapolres Lahat AKBP Bambang Sutejo"). */
const RANKS = new Set([
  'jenderal',
  'komjen',
  'irjen',
  'brigjen',
  'kombes',
  'akbp',
  'kompol',
  'akp',
  'iptu',
  'ipda',
  'aiptu',
  'aipda',
  'bripka',
  'brigpol',
  'brigadir',
  'briptu',
  'bripda',
  'letjen',
  'mayjen',
  'kolonel',
  'letkol',
  'mayor',
  'kapten',
  'lettu',
  'letda',
  'peltu',
  'pelda',
  'serma',
  'serka',
  'sertu',
  'serda',
  'laksma',
  'marsma',
]);

/** Corps or branch after a rank ("Letkol Inf", "Kombes Pol"). */
const CORPS = new Set([
  'inf',
  'kav',
  'arm',
  'czi',
  'chk',
  'cba',
  'ckm',
  'cpm',
  'cku',
  'pol',
  'mar',
  'pnb',
  'pas',
  'laut',
  'p',
]);

/**
 * Capitalised words that start sentences or name things, never people: "Sementara", "Petugas",
 * day and month names.
 */
const NOT_NAMES = new Set([
  'sementara',
  'selain',
  'namun',
  'menurut',
  'dalam',
  'pada',
  'di',
  'dari',
  'ke',
  'untuk',
  'bagi',
  'oleh',
  'saat',
  'ketika',
  'setelah',
  'sebelum',
  'hal',
  'itu',
  'ini',
  'tersebut',
  'juga',
  'bahkan',
  'karena',
  'maka',
  'dengan',
  'bersama',
  'turut',
  'hadir',
  'tampak',
  'terpisah',
  'adapun',
  'sedangkan',
  'kemudian',
  'selanjutnya',
  'sebelumnya',
  'sebagai',
  'selaku',
  'yakni',
  'yaitu',
  'para',
  'seluruh',
  'semua',
  'setiap',
  'kegiatan',
  'rapat',
  'acara',
  'operasi',
  'pertemuan',
  'petugas',
  'pegawai',
  'warga',
  'masyarakat',
  'pihak',
  'pihaknya',
  'kami',
  'kita',
  'mereka',
  'ia',
  'dia',
  'beliau',
  'anda',
  'hari',
  'tahun',
  'pasal',
  'peraturan',
  'rp',
  'pukul',
  'wib',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'sabtu',
  'minggu',
  'ahad',
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
]);

/** Words of a title after which the text names a place: "Kantor Imigrasi Wonosobo", "Bupati Lahat". */
const PLACE_AFTER = new Set([
  'imigrasi',
  'kanim',
  'polres',
  'polresta',
  'polsek',
  'kodim',
  'koramil',
  'kejari',
  'kabupaten',
  'kota',
  'provinsi',
  'kecamatan',
  'kapolres',
  'kapolresta',
  'kapolsek',
  'kajari',
  'kakanim',
  'bupati',
  'wabup',
  'walikota',
  'wako',
  'wawako',
  'gubernur',
  'wagub',
  'camat',
  'pemkab',
  'pemkot',
  'pemprov',
]);

/** Pronouns that refer back to someone already named. */
export const PRONOUNS = new Set(['ia', 'dia', 'beliau', 'mereka', 'pihaknya', 'keduanya']);

/** Degrees written after a name, after a comma: "S.H.", "M.Si.", "S.I.K.", "MM", "Ph.D.". */
const DEGREE = String.raw`(?:\p{Lu}\p{L}?\.(?:\p{Lu}\p{L}{0,3}\.?){1,3}|(?:MM|MBA|MH|SH|SE|MSi|MAP|SIK|SSos|SIP|SKom|MPd|SPd|MT|ST|MKn|LLM)\b)`;
/** A word of a run: an initial, an honorific or abbreviation with its dot, a word, a parenthesised acronym. */
const WORD = String.raw`(?:\p{Lu}\.|(?:Hj?|Dr|Drs|Dra|Ir|Prof|KH|dr|drg|Kab|Kec|Plt|Plh|Pj)\.|\p{Lu}[\p{L}\d'’/-]*|\d+[/-]\p{L}[\p{L}\d'’/-]*|\(\p{Lu}[\p{L}\d/-]*\))`;
/**
 * Capitalised words in a row, allowing "dan" between them and degrees after commas: a title and a
 * name, "Kepala Bidang Intelijen dan Penindakan Keimigrasian H. Ahmad Fauzi, S.H., M.H.".
 */
export const RUN = new RegExp(
  String.raw`${WORD}(?:[ \t]+(?:dan[ \t]+)?${WORD})*(?:,[ \t]*${DEGREE}(?=[\s,.;:)"]|$))*`,
  'gu',
);
const TRAILING_DEGREES = new RegExp(String.raw`(?:,[ \t]*${DEGREE})+$`, 'u');

const key = (word: string) => word.toLowerCase().replace(/[’'.,()]/g, '');

/** A word of a run, with what it can be. */
type WordClass = 'honorific' | 'rank' | 'corps' | 'title' | 'agency' | 'other' | 'name';

/**
 * Which part a word can play. `known` words are part of a registry name found in the run
 * (an agency or region).
 */
function classify(word: string, previous: WordClass | undefined, known: boolean): WordClass {
  const bare = key(word);
  // Registry matching reads a title as its agency ("Kapolres Lahat" finds Polres Lahat); here it stays a title.
  if (known) return isTitleWord(word) ? 'title' : 'agency';
  if (HONORIFICS.has(bare) && (/\.$/.test(word) || bare.length > 2)) return 'honorific';
  if (RANKS.has(bare)) return 'rank';
  if ((previous === 'rank' || previous === 'corps') && CORPS.has(bare)) return 'corps';
  if (isTitleWord(word)) return 'title';
  if (NOT_NAMES.has(bare)) return 'other';
  // Acronyms and parenthesised or numbered words name agencies ("PORA", "(Kakanim)", "0405/Lahat").
  if (isAgencyWord(word) || /^\(|\d/.test(word) || /^\p{Lu}{2,}$/u.test(word)) return 'agency';
  if (!/^\p{Lu}/u.test(word)) return 'other';
  return 'name';
}

/** A run split into a title and a name. */
export interface Parsed {
  role?: string;
  name?: string;
  /**
   * The whole run from the title on, when the name is one plain word that may be the end of the
   * title ("Kepala Kantor Imigrasi Wonosobo" before ", Yusuf Kurniawan").
   */
  title?: string;
  /** The run names an agency, not a person ("Badan Pusat Statistik"). */
  agency?: boolean;
}

/** Names have at most seven words besides honorifics and ranks ("I Gusti Ketut Arief Rachman Hakim"). */
const MAX_NAME_WORDS = 7;

/**
 * Splits a run of capitalised words into a title and a name: the name is the trailing words that
 * belong to no title or agency ("Kepala Kanwil Kemenkumham Sumsel | Ilham Djaya"), from the first
 * honorific or rank on ("Kapolres Lahat | AKBP Bambang Sutejo"), with degrees after it.
 * @param known stretches of the run that are agency or region names from the registries
 */
export function splitRun(run: string, known: readonly { index: number; end: number }[] = []): Parsed {
  const degrees = TRAILING_DEGREES.exec(run)?.[0] ?? '';
  const tokens = [...run.slice(0, run.length - degrees.length).matchAll(/\S+/g)];
  const words = tokens.map((token) => token[0]);
  const isKnown = (index: number) => known.some((span) => index >= span.index && index < span.end);
  const classes: WordClass[] = [];
  tokens.forEach((token) => classes.push(classify(token[0], classes.at(-1), isKnown(token.index))));

  const nameish = (cls: WordClass | undefined) =>
    cls === 'name' || cls === 'honorific' || cls === 'rank' || cls === 'corps';
  let cut = words.length;
  while (cut > 0 && nameish(classes[cut - 1])) cut -= 1;
  // Balinese names start with "I" or "Ni", which is also the class of an office ("Kelas I").
  if (cut > 0 && cut < words.length && words[cut - 1] === 'I' && !/^(?:kelas|tipe)$/i.test(words[cut - 2] ?? ''))
    cut -= 1;
  // A rank or honorific opens the name: words before it are the title's place ("Kapolres Ogan Ilir AKBP ...").
  const opener = classes.findIndex((cls, index) => index >= cut && (cls === 'honorific' || cls === 'rank'));
  if (opener > cut) cut = opener;
  const core = () => classes.slice(cut).filter((cls) => cls === 'name').length;
  // An office is followed by its place, which the registries may not know ("Kantor Imigrasi
  // Wonosobo Yusuf Kurniawan"): with a name of two words or more left, the first word is the place.
  if (opener < 0 && core() >= 3 && PLACE_AFTER.has(key(words[cut - 1] ?? ''))) cut += 1;
  while (core() > MAX_NAME_WORDS) cut += 1;

  const titleAt = classes.findIndex((cls, index) => index < cut && cls === 'title');
  const role = titleAt >= 0 ? words.slice(titleAt, cut).join(' ').replace(/,$/, '') : undefined;
  const named = core() > 0;
  // Without a title, name-like words after an agency's words are the rest of its name ("Badan Pusat Statistik").
  const agency = titleAt < 0 && classes.slice(0, cut).some((cls) => cls === 'agency');
  if (agency) return { agency };
  const name = named ? `${words.slice(cut).join(' ')}${degrees}` : undefined;
  const plain = cut === words.length - 1 && classes[cut] === 'name' && degrees === '';
  return {
    ...(role ? { role } : {}),
    ...(name ? { name } : {}),
    ...(role && plain ? { title: words.slice(titleAt).join(' ') } : {}),
  };
}

/**
 * A name reduced to the words that identify the person: without honorifics, degrees, ranks,
 * case or punctuation, for matching against people.yaml.
 * @example nameKey('H. Ahmad Fauzi, S.H., M.H.') // 'ahmad fauzi'
 */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The identifying words of a name, lower case (see nameKey). */
export function nameWords(name: string): string[] {
  const words = name.replace(TRAILING_DEGREES, '').split(/\s+/).filter(Boolean);
  const classes: WordClass[] = [];
  words.forEach((word) => classes.push(classify(word, classes.at(-1), false)));
  return words
    .filter((_, index) => classes[index] === 'name' || words[index] === 'I')
    .map(key)
    .filter(Boolean);
}
