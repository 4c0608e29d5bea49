/**
 * A wire dateline at the start of a text: "Palembang (ANTARA) - ", "PALEMBANG - ",
 * "Muara Enim, Sumsel - ". Group 1 is the place, group 2 the agency, if any.
 */
export const DATELINE =
  /^\s*([A-Z][\p{L}.'’]*(?:[ -][A-Za-z][\p{L}.'’]*){0,3}(?:,\s*[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*){0,2})?)\s*(?:\(([^()\n]{2,40})\))?\s*[-–—]{1,2}\s+/u;

/** A place name written as in a dateline field: "Pagar Alam", from "PAGAR ALAM" or "pagar alam". */
export function placeName(raw: string): string {
  const place = raw.split(',')[0]?.trim() ?? '';
  const upper = place === place.toUpperCase();
  if (!upper && /^\p{Lu}/u.test(place)) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}
