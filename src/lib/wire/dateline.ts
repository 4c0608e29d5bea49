import { NUMERIC_DATE, WRITTEN_DATE, writtenDay } from './dates.ts';

/** What the dateline at the start of a paragraph says. */
export interface Dateline {
  /** The dateline as written, with its dash: "Palembang (ANTARA) -". */
  words: string;
  /** The city as a dateline field writes it ("Palembang"); absent when the dateline names only a site. */
  place?: string;
  /** The outlet the dateline names: "ANTARA", "Sripoku.com", "Warta Reformasi". */
  outlet?: string;
  /** The day the dateline gives, YYYY-MM-DD ("Palembang, 12 Maret 2025 –" on ministry pages). */
  day?: string;
  /** The paragraph after the dateline. */
  rest: string;
}

/** Words and dash at the start of a paragraph; the words are checked part by part below. */
const HEAD = /^\s*(\S.{0,69}?)(\s*)([-–—]{1,3}|_)(\s*)/u;
/** An outlet in brackets or quotes at the end of the words: "(ANTARA)", "“Warta Reformasi”". */
const MARKED_OUTLET = /^(.*?)\s*(?:\(([^()]{2,40})\)|["“”]([^"“”]{2,40})["“”])$/u;
/** A place: one to four capitalised words, "Palembang", "MUARA ENIM", "Pagar Alam", "Kab. Lahat". */
const PLACE = /^\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3}$/u;
/** A site name: "SuaraSumsel.id", "SRIPOKU.COM", "beritaxx.com", "www.contoh.co.id". */
const SITE_NAME = /^(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.\p{L}{2,6}){1,2}$/u;
/**
 * An outlet written as one word, without a domain: detik's desks ("detikSumbagsel", "detikcom"),
 * "kumparanNEWS". A lowercase start and an inner capital is no place's way of writing.
 */
const OUTLET_WORD = /^(?:\p{Ll}+\p{Lu}[\p{L}\d]*|detikcom|kumparan|okezone|tribunnews)$/u;
/** A site name anywhere in a text. */
export const SITE_NAME_IN =
  /(?<![\p{L}\d.])(?:www\.)?[\p{L}\d][\p{L}\d-]*\.(?:com|id|net|org|co\.id|or\.id|go\.id|news|info|tv)(?![\p{L}\d])/iu;

/** A place name written as in a dateline field: "Pagar Alam", from "PAGAR ALAM" or "pagar alam". */
export function placeName(raw: string): string {
  const place = raw.split(',')[0]?.trim() ?? '';
  const upper = place === place.toUpperCase();
  if (!upper && /^\p{Lu}/u.test(place)) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/**
 * An outlet's name as a source field writes it: a site name in capitals is written as a name
 * ("SRIPOKU.COM" and "KOMPAS.com" become "Sripoku.com" and "Kompas.com"); "ANTARA",
 * "SuaraSumsel.id" and "beritaxx.com" stay as written.
 */
export function outletName(raw: string): string {
  const name = raw.trim();
  const [site = ''] = name.split('.');
  if (SITE_NAME.test(name) && site === site.toUpperCase()) return name.charAt(0) + name.slice(1).toLowerCase();
  return name;
}

type Part = { kind: 'place'; value: string } | { kind: 'site'; value: string } | { kind: 'day'; value: string };

/** One comma-separated part of a dateline, or undefined when it is none of place, site or date. */
function part(raw: string): Part | undefined {
  if (SITE_NAME.test(raw) || OUTLET_WORD.test(raw)) return { kind: 'site', value: outletName(raw) };
  if (new RegExp(`^(?:${WRITTEN_DATE.source}|${NUMERIC_DATE.source})$`, 'u').test(raw)) {
    const day = writtenDay(raw);
    return day ? { kind: 'day', value: day } : undefined;
  }
  return PLACE.test(raw) ? { kind: 'place', value: placeName(raw) } : undefined;
}

/**
 * The dateline at the start of a paragraph, in the shapes outlets write it: "Palembang (ANTARA) -",
 * "PALEMBANG -", "SuaraSumsel.id -", "SRIPOKU.COM, PALEMBANG --", "WONOSOBO (SUARABARU.ID)-",
 * "Palembang “Warta Reformasi”_", "PALEMBANG, KOMPAS.com —", "Palembang, 12 Maret 2025 –",
 * "MUARA ENIM, beritaxx.com -", "Baturaja, detikSumbagsel -", "Lahat, Sumsel —". Undefined when the paragraph starts otherwise.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const head = HEAD.exec(paragraph);
  if (!head) return undefined;
  const [words = '', raw = '', spaceBefore, dash = '', spaceAfter] = head;
  const marked = MARKED_OUTLET.exec(raw);
  // A lone hyphen between letters ("Muara-Enim") joins words; a dateline's dash stands apart.
  if (dash === '-' && !spaceBefore && !spaceAfter && !marked) return undefined;
  const parts = (marked ? (marked[1] ?? '') : raw)
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map(part);
  if (parts.length > 3 || parts.some((item) => item === undefined)) return undefined;
  const found = parts as Part[];
  const place = found.find((item) => item.kind === 'place')?.value;
  const site = found.find((item) => item.kind === 'site')?.value;
  const day = found.find((item) => item.kind === 'day')?.value;
  const outlet = marked ? outletName(marked[2] ?? marked[3] ?? '') : site;
  if (place === undefined && site === undefined) return undefined;
  return {
    words: words.trim(),
    ...(place !== undefined ? { place } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(day !== undefined ? { day } : {}),
    rest: paragraph.slice(words.length),
  };
}
