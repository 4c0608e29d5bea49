import type { ContentSet } from '../content/load.ts';
import { releaseLevel } from '../internal/clearance.ts';
import { within, type Level } from '../levels.ts';
import { publicView } from '../public-view.ts';
import { meetingVisibility, releaseVisibility } from '../visibility.ts';
import type { PasswordSetting } from './passwords.ts';

/** A piece of internal-only text that must never appear in a public file. */
export interface Needle {
  /** The text as normalised for matching. */
  text: string;
  /** Where it comes from, for the report: "content/meetings/…md: minutes". */
  source: string;
}

/** A password the build holds, which no public file may contain in any spelling. */
export interface Secret {
  /** The password itself; never printed. */
  value: string;
  /** Whose it is, for the report: 'WARTA_PASSWORDS: the password labelled "polda"'. */
  source: string;
  /** The one public file that shows it on purpose: the unlock page of a development build. */
  shownIn?: string;
}

/** A hit of the leak scan. */
export interface Leak {
  /** Public file path, e.g. "/pagefind/fragment/x.pf_fragment". */
  file: string;
  needle: Needle;
  /** Whether the hit is in the file's name rather than its content. */
  inName: boolean;
  /** Whether the whole file is a withheld picture (`needle.source` names it), not text inside it. */
  whole?: boolean;
}

/** Shortest normalised sentence that counts as internal text; shorter ones are too common to mean a leak. */
export const MIN_NEEDLE = 24;

/**
 * Lower-case letters and digits only: markup, escaping (HTML, JSON, URLs), punctuation and spacing
 * differ between a source and the files made from it, the words do not.
 */
export function normalise(text: string): string {
  const unescaped = text
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/\\[nrtbf]|&[a-z]+;/gi, ' '); // JSON escapes and named HTML entities are separators
  return lettersAndDigits(unescaped);
}

/**
 * `text.normalize('NFKD').toLowerCase()` without what is not a-z or 0-9, in one pass: ASCII (nearly
 * all of a page) is kept or dropped a character at a time, and only runs of other characters are
 * decomposed ("é" → "e", "ﬁ" → "fi", "Ａ" → "a"). Three passes over every public file took most of
 * the leak scan's time.
 */
function lettersAndDigits(text: string): string {
  let out = Buffer.allocUnsafe(text.length); // ASCII gives at most one character of one
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) out[length++] = code;
      else if (code >= 0x41 && code <= 0x5a) out[length++] = code + 0x20;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    const wide = text.slice(i, end).normalize('NFKD').toLowerCase();
    // One character may decompose into many (up to 18), so the room is checked here.
    if (length + wide.length + (text.length - end) > out.length) {
      const larger = Buffer.allocUnsafe(2 * (length + wide.length + (text.length - end)));
      out.copy(larger, 0, 0, length);
      out = larger;
    }
    for (let j = 0; j < wide.length; j++) {
      const letter = wide.charCodeAt(j);
      if ((letter >= 0x61 && letter <= 0x7a) || (letter >= 0x30 && letter <= 0x39)) out[length++] = letter;
    }
    i = end - 1;
  }
  return out.toString('latin1', 0, length);
}

function sentences(text: string): string[] {
  return text
    .replace(/^#+\s.*$/gm, '')
    .split(/(?<=[.!?;:])\s+|\n\s*\n/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Everything that only the internal section may contain: minutes, discussion, decisions, actions,
 * attachments, internal titles, and drafts, embargoed and internal releases with their ids.
 * Text that also appears in something public (a public summary quoting a decision) is left out.
 */
export function internalNeedles(content: ContentSet, now: Date): Needle[] {
  const secret: Needle[] = [];
  const publicText: string[] = [];
  const add = (source: string, texts: (string | undefined)[], min = MIN_NEEDLE) => {
    for (const text of texts) {
      if (!text) continue;
      for (const sentence of sentences(text)) {
        const normal = normalise(sentence);
        if (normal.length >= min) secret.push({ text: normal, source });
      }
    }
  };
  const publicReleaseIds = new Set<string>();
  for (const release of content.releases) {
    const { data } = release;
    if (releaseVisibility(data, now) === 'public') {
      publicReleaseIds.add(release.id);
      publicText.push(data.title, data.summary, release.body, ...data.updates.map((u) => u.note));
    } else {
      add(`${release.file}: ${releaseVisibility(data, now)} release`, [data.title, data.summary, release.body]);
      secret.push({
        text: normalise(release.id),
        source: `${release.file}: id of a ${releaseVisibility(data, now)} release`,
      });
    }
  }
  for (const meeting of content.meetings) {
    const { data } = meeting;
    const visible = meetingVisibility(data, now) === 'public';
    const view = visible ? publicView(meeting, publicReleaseIds) : undefined;
    if (view) publicText.push(view.title, view.summary, view.place ?? '');
    else secret.push({ text: normalise(meeting.id), source: `${meeting.file}: id of an unpublished meeting` });
    if (!view || view.title !== data.title) add(`${meeting.file}: internal title`, [data.title]);
    add(`${meeting.file}: minutes`, [meeting.body]);
    add(
      `${meeting.file}: agenda`,
      data.agenda.flatMap((item) => [item.discussion, ...item.decisions]),
    );
    add(`${meeting.file}: decisions`, data.decisions);
    add(
      `${meeting.file}: actions`,
      data.actions.flatMap((action) => [action.what, action.note]),
    );
    add(
      `${meeting.file}: attachments`,
      data.attachments.map((attachment) => attachment.title),
    );
    if (view && !view.place) add(`${meeting.file}: withheld venue`, [data.location.name], 12);
  }
  const published = normalise(publicText.join(' '));
  const seen = new Set<string>();
  const distinct = secret.filter((needle) => !seen.has(needle.text) && seen.add(needle.text));
  // One pass over the public text, not one search of it per needle (which grew with the square of the archive).
  const alsoPublic = new Set(finder(distinct)(published));
  return distinct.filter((needle) => !alsoPublic.has(needle));
}

/**
 * What names a record above `clearance`, which no internal page of that level may contain (a
 * `biasa` minutes naming a `rahasia` meeting, or a page that shows more than its level): the id,
 * title, minutes, agenda, decisions, actions and attachments of each meeting classified above it,
 * and the id, title, summary and text of each embargoed or internal release above it. A text that
 * a record at or below the clearance or a public page also holds is left out, as a coincidence
 * cannot be told from a quotation; an id only when such a record's id, title or public page holds it.
 */
export function levelNeedles(content: ContentSet, now: Date, clearance: Level): Needle[] {
  const ids: Needle[] = [];
  const texts: Needle[] = [];
  /** What the clearance may read: names (ids, titles, public pages), and every other text. */
  const names: string[] = [];
  const known: string[] = [];
  const add = (source: string, written: readonly (string | undefined)[]) => {
    for (const text of written)
      for (const sentence of sentences(text ?? '')) {
        const normal = normalise(sentence);
        if (normal.length >= MIN_NEEDLE) texts.push({ text: normal, source });
      }
  };
  const publicReleaseIds = new Set<string>();
  for (const release of content.releases) {
    const status = releaseVisibility(release.data, now);
    if (status === 'draft') continue; // never built
    const { title, summary } = release.data;
    if (status === 'public') publicReleaseIds.add(release.id);
    if (within(releaseLevel(status), clearance)) {
      names.push(release.id, title);
      known.push(summary, release.body);
    } else {
      ids.push({ text: normalise(release.id), source: `${release.file}: id of a ${status} release` });
      add(`${release.file}: ${status} release`, [title, summary, release.body]);
    }
  }
  for (const meeting of content.meetings) {
    const { data } = meeting;
    if (data.draft) continue; // never built
    const view = meetingVisibility(data, now) === 'public' ? publicView(meeting, publicReleaseIds) : undefined;
    if (view) names.push(meeting.id, view.title, view.summary, view.place ?? '');
    const written = [
      meeting.body,
      ...data.agenda.flatMap((item) => [item.discussion, ...item.decisions]),
      ...data.decisions,
      ...data.actions.flatMap((action) => [action.what, action.note]),
      ...data.attachments.map((attachment) => attachment.title),
    ].filter((text) => text !== undefined);
    if (within(data.classification, clearance)) {
      names.push(meeting.id, data.title);
      known.push(...written);
    } else {
      ids.push({ text: normalise(meeting.id), source: `${meeting.file}: id of a ${data.classification} meeting` });
      add(`${meeting.file}: ${data.classification} meeting`, [data.title, ...written]);
    }
  }
  if (ids.length === 0) return []; // nothing above the clearance
  const distinct = (needles: Needle[]) => {
    const seen = new Set<string>();
    return needles.filter((needle) => !seen.has(needle.text) && seen.add(needle.text));
  };
  const unknown = (needles: Needle[], readable: readonly string[]) => {
    const found = new Set(finder(needles)(normalise(readable.join(' '))));
    return needles.filter((needle) => !found.has(needle));
  };
  return [...unknown(distinct(ids), names), ...unknown(distinct(texts), [...names, ...known])];
}

/**
 * The passwords of a build's vault, as secrets for the leak scan. The development password is
 * announced on the unlock page of a development build, and counts as a leak anywhere else.
 */
export function passwordSecrets(setting: PasswordSetting): Secret[] {
  return setting.passwords.map(({ label, password }) =>
    setting.kind === 'development'
      ? { value: password, source: 'the development password', shownIn: '/internal/index.html' }
      : { value: password, source: `WARTA_PASSWORDS: the password labelled ${JSON.stringify(label)}` },
  );
}

/** Credentials the build was handed and took out of its environment, as secrets for the leak scan. */
export function environmentSecrets(others: readonly { name: string; value: string }[]): Secret[] {
  return others.map(({ name, value }) => ({ value, source: `the environment variable ${name}` }));
}

/** Needles are looked up by their first characters; none is shorter. */
const PREFIX = 12;

/**
 * Finds needles and secrets in a file's text and name. Needles are indexed by their first
 * `PREFIX` characters, so a file is read once however many needles there are.
 */
export function createScanner(
  needles: readonly Needle[],
  secrets: readonly Secret[] = [],
): (file: string, text: string) => Leak[] {
  const find = finder(needles);
  const reveal = secretFinder(secrets);
  return (file, text) => {
    const name = normalise(file);
    const body = normalise(text);
    return [
      ...[...find(name), ...reveal(file, name)].map((needle) => ({ file, needle, inName: true })),
      ...[...find(body), ...reveal(text, body, file)].map((needle) => ({ file, needle, inName: false })),
    ];
  };
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '');

/** Text with HTML, JSON and URL escapes undone, and nothing else changed. */
function unescape(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => character(Number(decimal)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => NAMED[name] ?? '')
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => character(parseInt(hex, 16)));
}

/**
 * The secrets found in a text (`normal` is the text normalised). A password keeping `PREFIX` letters
 * and digits is found in any spelling, as needles are; a shorter one (mostly punctuation) is found
 * as written or escaped, looked for only where its letters and digits are. `file` is the file
 * whose content the text is (not given for a file name).
 */
function secretFinder(secrets: readonly Secret[]): (text: string, normal: string, file?: string) => Needle[] {
  const prepared = secrets.map((secret) => ({
    secret,
    needle: { text: normalise(secret.value), source: secret.source },
  }));
  return (text, normal, file) => {
    let plain: string | undefined; // unescaped only when a short password asks for it
    return prepared
      .filter(({ secret, needle }) => {
        if ((file !== undefined && secret.shownIn === file) || !normal.includes(needle.text)) return false;
        return (
          needle.text.length >= PREFIX ||
          text.includes(secret.value) ||
          (plain ??= unescape(text)).includes(secret.value)
        );
      })
      .map(({ needle }) => needle);
  };
}

/** Multiplier of the rolling hash of `PREFIX` characters (any odd number spreads them well enough). */
const BASE = 1_000_003;
/** Keys are cut to 30 bits, which V8 keeps as small integers: no number allocated per character. */
const SMALL = 0x3fffffff;
/** 2 ** FILTER_BITS bits (512 KiB) in the filter of hashes in front of the map. */
const FILTER_BITS = 22;

/** The needles of one prefix hash, and the hash of each one's next `PREFIX` characters (NaN when it has none). */
interface Bucket {
  needles: Needle[];
  next: number[];
}

/**
 * The needles found in a normalised text, looked up by a rolling hash of their first `PREFIX`
 * characters: one multiply per character of the text and no substring per position; then, for
 * the few positions whose hash matches, the hash of the next `PREFIX` characters rules out the
 * candidates that only begin alike (common openings such as "pengawasan me…" are shared by
 * hundreds of sentences), and an exact comparison confirms the rest.
 */
function finder(needles: readonly Needle[]): (haystack: string) => Needle[] {
  const width = PREFIX;
  const hashAt = (text: string, from: number) => {
    let hash = 0;
    for (let i = from; i < from + width; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
    return hash;
  };
  let leading = 1; // BASE ** (width - 1), modulo 2 ** 32: the weight of the character leaving the window
  for (let i = 1; i < width; i++) leading = Math.imul(leading, BASE);
  const byHash = new Map<number, Bucket>();
  // A bit per hash bucket, small enough to stay in the processor's cache: most positions of a
  // text are ruled out here without a lookup in the (large, cache-missing) map.
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  const bucket = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);
  for (const needle of needles) {
    if (needle.text.length < PREFIX)
      throw new Error(`leak scan: needle shorter than ${PREFIX} characters from ${needle.source}`);
    const hash = hashAt(needle.text, 0);
    const key = hash & SMALL;
    filter[bucket(hash) >>> 5] = (filter[bucket(hash) >>> 5] ?? 0) | (1 << (bucket(hash) & 31));
    const next = needle.text.length >= 2 * width ? hashAt(needle.text, width) : NaN;
    const list = byHash.get(key);
    if (list) {
      list.needles.push(needle);
      list.next.push(next);
    } else byHash.set(key, { needles: [needle], next: [next] });
  }
  return (haystack) => {
    const found = new Set<Needle>();
    if (haystack.length < width) return [];
    let hash = hashAt(haystack, 0);
    for (let i = 0; ; i++) {
      const at = bucket(hash);
      const candidates = ((filter[at >>> 5] ?? 0) >>> (at & 31)) & 1 ? byHash.get(hash & SMALL) : undefined;
      if (candidates) {
        const following = i + 2 * width <= haystack.length ? hashAt(haystack, i + width) : NaN;
        candidates.needles.forEach((needle, k) => {
          const next = candidates.next[k] as number;
          if ((Number.isNaN(next) || next === following) && haystack.startsWith(needle.text, i)) found.add(needle);
        });
      }
      if (i + width >= haystack.length) break;
      const rest = (hash - Math.imul(haystack.charCodeAt(i), leading)) | 0;
      hash = (Math.imul(rest, BASE) + haystack.charCodeAt(i + width)) | 0;
    }
    return [...found];
  };
}
