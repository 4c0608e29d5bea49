// Page furniture that a press officer copies along with a news page: captions, bylines, the
// page's date stamp, credits, "read also" links, share rows, footers. None of it is the release.

/** What kind of page furniture a line is. */
export type JunkKind =
  | 'caption'
  | 'byline'
  | 'date-time'
  | 'credits'
  | 'read-also'
  | 'share'
  | 'copyright'
  | 'tags'
  | 'breadcrumb'
  | 'views'
  | 'signature';

const DAY = "(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)";
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?`;
const DATE = String.raw`(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})`;
/** Roles in a credit line; "Foto" credits the picture. */
const CREDIT_ROLE = '(?:pewarta|penulis|reporter|wartawan|editor|redaktur|penyunting|fotografer|foto|sumber)';
const SHARE_WORD =
  '(?:bagikan(?:\\s+ke)?|share|facebook|fb|twitter|x|whatsapp|wa|telegram|linkedin|line|pinterest|e-?mail|salin\\s+(?:tautan|link)|copy\\s+link|print|cetak)';

const PATTERNS: readonly [JunkKind, RegExp][] = [
  // "… Foto : SB/dok", "(Foto: Humas)", "Ket. foto: …", "FOTO: ANTARA/Andi".
  ['caption', /^(?:ket(?:erangan)?\.?\s*foto|foto|gambar|ilustrasi)\s*:/iu],
  ['caption', /\(\s*(?:foto|dok|ist|istimewa)\b\s*[:.]?[^()]{0,40}\)\s*$/iu],
  ['caption', /\b(?:foto|dok)\s*:\s*[^.!?"]{1,40}$/iu],
  // "… Kamis (16/10/2025). (SRIPOKU.COM/Dok)": the picture's credit in brackets ends the caption.
  ['caption', /\([^()]{0,40}\/\s*(?:dok|foto|ist|istimewa|dokumentasi)\b[^()]{0,20}\)\s*$/iu],
  // "… saat memimpin rapat, Jumat (7/11/2025). (TRIBUNSUMSEL.COM/ANDI)": the site and photographer.
  ['caption', /\(\s*[\p{L}\d-]+\.(?:com|id|co\.id|net|tv)\s*\/\s*[^()]{1,30}\)\s*$/iu],
  // "**@(Name)", "Oleh: Name", "Oleh Name".
  ['byline', /^\**\s*@\s*\(?[^()]{1,60}\)?\**$/u],
  // "Laporan wartawan Sumeks.co, Andi Saputra": the reporter, the author.
  ['byline', /^laporan\s+(?:wartawan|reporter|koresponden)\b[^!?"]{0,80}[^.!?"]$/iu],
  ['byline', /^(?:oleh|Oleh|OLEH)\s*:?\s+\p{Lu}[\p{L}.']*(?:,?\s+\p{Lu}[\p{L}.']*){0,5}$/u],
  // "Senin, 17 Maret 2025 | 10:15 WIB", "17/03/2025 10:15 WIB", "Diterbitkan 17 Maret 2025".
  ['date-time', new RegExp(`^(?:${DAY},?\\s*)?${DATE}(?:\\s*[|,-]?\\s*(?:pukul\\s*)?${CLOCK})?$`, 'iu')],
  ['date-time', /^(?:diterbitkan|dipublikasikan|diposting|diperbarui|posted|updated)\b.{0,60}\d{4}.{0,20}$/iu],
  ['credits', new RegExp(`^(?:${CREDIT_ROLE}\\s*:\\s*[^|]+?\\s*(?:\\||$)\\s*)+$`, 'iu')],
  [
    'read-also',
    /^(?:baca\s+(?:juga|pula)|lihat\s+juga|simak\s+(?:juga|berita)|artikel\s+terkait|berita\s+terkait)\b/iu,
  ],
  // A share row may start with an emoji: "📲 Share: WhatsApp | Facebook".
  ['share', new RegExp(`^[\\p{Extended_Pictographic}\\s]*(?:${SHARE_WORD}[\\s:|,·•/-]*)+$`, 'iu')],
  // "Baca berita Kompas.com lainnya di Google News", "Ikuti kami di WhatsApp Channel".
  ['share', /^.{0,80}\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp)\b.{0,40}$/iu],
  [
    'copyright',
    /^(?:copyright\b|©|\(c\)|hak\s+cipta|all\s+rights\s+reserved|dilarang\s+(?:keras\s+)?mengambil|ikuti\s+(?:kami|berita))/iu,
  ],
  ['copyright', /©.{0,80}$/u],
  ['copyright', /^artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dipublikasikan)\b/iu],
  ['tags', /^(?:tags?|topik|kata\s+kunci)\s*:/iu],
  // "#ImigrasiBaturaja #ImigrasiMelayani": a row of hashtags.
  ['tags', /^(?:#[\p{L}\d_]+[\s,]*)+$/u],
  ['breadcrumb', /^(?:home|beranda)\s*[>»›/|]/iu],
  // "Berita > Daerah > Lahat"; a "<" means the ">" close HTML tags, which are no path.
  ['breadcrumb', /^[^.!?<]{1,40}(?:\s*[»›>]\s*[^.!?»›<>]{1,40}){2,}$/u],
  [
    'views',
    /^(?:(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali)?|[\d.,]+\s*(?:kali\s+dibaca|views?|dilihat|pembaca))$/iu,
  ],
  // "(ant/rhm)": a wire desk's initials of writer and editor, closing the text.
  ['signature', /^\(\s*\p{L}{2,6}(?:\s*\/\s*\p{L}{2,6})+\s*\)$/u],
];

/** The kind of page furniture a line or paragraph is, or undefined when it is text. */
export function junkKind(line: string): JunkKind | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Kinds that, standing first in a body, show a careless paste: the lead would be furniture. */
export const LEAD_JUNK: ReadonlySet<JunkKind> = new Set(['caption', 'byline', 'date-time']);

/** The people a credit line names: "Penulis: Andi | Editor: Maya" gives author Andi, editor Maya. */
export function readCredits(line: string): { author?: string; editor?: string } {
  const credits: { author?: string; editor?: string } = {};
  for (const [, role = '', who = ''] of line.matchAll(new RegExp(`(${CREDIT_ROLE})\\s*:\\s*([^|]+)`, 'giu'))) {
    const name = who.trim();
    if (name === '') continue;
    if (/^(?:pewarta|penulis|reporter|wartawan)$/i.test(role)) credits.author ??= name;
    else if (/^(?:editor|redaktur|penyunting)$/i.test(role)) credits.editor ??= name;
  }
  return credits;
}

/**
 * The name a byline gives: "**@(Rina Marlina)", "Oleh: Rina Marlina" or "Laporan wartawan
 * Sumeks.co, Rina Marlina" gives "Rina Marlina".
 */
export function bylineName(line: string): string | undefined {
  const text = line.trim();
  const report = /^laporan\s+(?:wartawan|reporter|koresponden)\b[^,]*,\s*([^,]+)$/iu.exec(text);
  if (report) return report[1]?.trim() || undefined;
  const match = /^\**\s*(?:@\s*\(?|oleh\s*:?\s+)([^()*]+?)\)?\**$/iu.exec(text);
  return match?.[1]?.trim() || undefined;
}
