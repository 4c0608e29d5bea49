import type { Organization } from '../../schemas/organization.ts';
import type { Region } from '../../schemas/region.ts';

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

/** A registry name found in a text. */
export interface Found {
  id: string;
  /** Offset of the first word. */
  index: number;
  /** Offset after the last word. */
  end: number;
}

/**
 * Where registry names occur in a text. Names are compared without case, spaces or punctuation
 * but only on word boundaries, so "Pagaralam" finds "Pagar Alam" and "Muara Enim" finds
 * "Muara Enim", while "Banyuasin" is not found inside an already matched "Musi Banyuasin".
 * Matches must start with a capital letter, as proper nouns do.
 */
export function findNames(text: string, names: readonly { id: string; name: string }[]): Found[] {
  const tokens = tokenize(text);
  const candidates: (Found & { words: number })[] = [];
  for (const { id, name } of names) {
    const target = squash(name);
    if (target.length < 3) continue;
    for (let start = 0; start < tokens.length; start++) {
      const first = tokens[start];
      if (!first || !/^[\p{Lu}\d]/u.test(first.word)) continue;
      let joined = '';
      for (let end = start; end < tokens.length && joined.length < target.length; end++) {
        const token = tokens[end];
        if (!token) break;
        joined += squash(token.word);
        if (joined === target) {
          candidates.push({ id, index: first.index, end: token.index + token.word.length, words: end - start + 1 });
          break;
        }
      }
    }
  }
  // Longest first: a match inside a longer one is part of that name, not a name of its own.
  candidates.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const taken: Found[] = [];
  for (const candidate of candidates) {
    if (taken.some((found) => candidate.index < found.end && candidate.end > found.index)) continue;
    taken.push({ id: candidate.id, index: candidate.index, end: candidate.end });
  }
  return taken.sort((a, b) => a.index - b.index);
}

/**
 * The ways the press writes a name: without an immigration office's class ("Kantor Imigrasi
 * Palembang" for "Kantor Imigrasi Kelas I TPI Palembang"), and with "Sumsel" and "Sumatera
 * Selatan" for each other.
 */
function variants(name: string): string[] {
  const classless = name.replace(/\s+Kelas\s+(?:I{1,3}|IV)(?:\s+Non)?(?:\s+TPI)?(?=\s)/g, '');
  return [...new Set([name, classless])].flatMap((form) => [
    form,
    form.replace(/\bSumsel\b/g, 'Sumatera Selatan'),
    form.replace(/\bSumatera Selatan\b/g, 'Sumsel'),
  ]);
}

/** Every name an organization goes or went by: name, short name and the aliases' names, as the press writes them. */
export function organizationNames(organizations: readonly Organization[]): { id: string; name: string }[] {
  return organizations.flatMap((organization) => {
    const names = [
      organization.name,
      organization.shortName,
      ...organization.aliases.flatMap((alias) => [alias.name, ...(alias.shortName ? [alias.shortName] : [])]),
    ];
    return [...new Set(names.flatMap(variants))].map((name) => ({ id: organization.id, name }));
  });
}

/** The text with the given stretches blanked out, offsets unchanged. */
export function blank(text: string, found: readonly Found[]): string {
  let result = text;
  for (const { index, end } of found) result = result.slice(0, index) + ' '.repeat(end - index) + result.slice(end);
  return result;
}

/** Every name of a region: official ("Kabupaten Lahat"), bare ("Lahat") and aliases ("Pagaralam"). */
export function regionNames(regions: readonly Region[]): { id: string; name: string }[] {
  return regions.flatMap((region) => {
    const bare = region.name.replace(/^(?:Kabupaten|Kota|Kab\.|Kab)\s+/i, '');
    return [...new Set([region.name, bare, ...region.aliases])].map((name) => ({ id: region.id, name }));
  });
}

/** Ids in order of first appearance, each once. */
export function uniqueIds(found: readonly Found[]): string[] {
  return [...new Set(found.map((item) => item.id))];
}
