// Synthetic content for benchmarks: N records in the project's real formats and folder layout,
// deterministic for a seed. Half the records are press releases, half meeting records (a release
// gets the extra one when N is odd). The registries (site, regions, organizations, people) are
// copied from a real content folder, so every reference resolves as in real content.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

const ONSETS = ['b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'ng', 'ny', 'p', 'r', 's', 't', 'w', 'y', ''];
const VOWELS = ['a', 'a', 'i', 'u', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'ng', 'r', 'k', 's', 't', 'h', 'l', 'm'];
const PREFIXES = ['', '', '', 'me', 'mem', 'men', 'ber', 'di', 'pe', 'pen', 'ke', 'ter', 'se'];
const SUFFIXES = ['', '', '', 'an', 'kan', 'nya', 'i', 'lah'];

/** Common words of real Indonesian (and of this domain), drawn often as in real text. */
const COMMON = (
  'yang dan di dengan untuk dari dalam ini itu pada akan oleh tidak juga sudah telah secara bagi ' +
  'serta atau kepada para antara setiap agar karena sebagai tersebut dapat masih belum lebih ' +
  'orang asing pengawasan imigrasi tim kantor wilayah kabupaten kota provinsi warga negara izin ' +
  'tinggal tenaga kerja perusahaan data laporan rapat koordinasi kegiatan pemerintah daerah kepala ' +
  'dinas kepolisian petugas masyarakat operasi gabungan pemeriksaan dokumen paspor visa sosialisasi'
).split(' ');

/**
 * A vocabulary of Indonesian-like words built from syllables (onset, vowel, coda) with the
 * language's usual prefixes and suffixes: lower-case ASCII, distinct, in a seeded order.
 */
export function buildVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  const common = new Set(COMMON);
  while (words.size < size) {
    let stem = '';
    for (let s = between(random, 2, 3); s > 0; s--)
      stem += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
    const word = pick(random, PREFIXES) + stem + pick(random, SUFFIXES);
    if (word.length >= 4 && word.length <= 16 && !common.has(word)) words.add(word);
  }
  return [...words];
}

/** Options of one generated content folder. */
export interface GenerateOptions {
  /** Number of records: half releases (rounded up), half meetings. */
  records: number;
  /** Seed of the pseudo-random generator. */
  seed: number;
  /** A content folder whose site.yaml, regions.yaml, organizations.yaml and people.yaml are copied. */
  registries: string;
  /** The build clock the content is meant for: embargoes are placed after it. Default 2026-12-31T12:00+07:00. */
  now?: Date;
  /** Size of the synthetic vocabulary. Default 12 000. */
  vocabulary?: number;
}

/** What was written. */
export interface GenerateResult {
  releases: number;
  meetings: number;
  /** Releases by visibility at `now`, and meetings by visibility. */
  counts: Record<'public' | 'draft' | 'scheduled' | 'internal', { releases: number; meetings: number }>;
  /** Files written under press-releases/ and meetings/, relative to the content folder. */
  files: string[];
}

interface Region {
  id: string;
  name: string;
}
interface Organization {
  id: string;
  shortName?: string;
  name: string;
  region?: string;
}

const DAY = 86_400_000;
const WIB = 7 * 3_600_000;
/** "2025-03-12T09:00:00+07:00" for an instant, written in WIB. */
function wib(instant: number): string {
  return `${new Date(instant + WIB).toISOString().slice(0, 19)}+07:00`;
}
const day = (instant: number) => new Date(instant + WIB).toISOString().slice(0, 10);

const ROLES = ['Kepala Seksi', 'Kepala Bidang', 'Analis Keimigrasian', 'Kepala Subbagian', 'Staf Ahli', 'Sekretaris'];
const FIRST = ['Andi', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lestari'];
const LAST = [
  'Saputra',
  'Wijaya',
  'Lubis',
  'Siregar',
  'Hasibuan',
  'Pratama',
  'Nugroho',
  'Rahayu',
  'Hidayat',
  'Susanto',
];
const TOPICS = ['izin tinggal', 'tenaga kerja asing', 'pilkada', 'pengungsi', 'awak kapal', 'perkawinan campuran'];
const KINDS = ['rakor', 'rakor', 'operasi-gabungan', 'sosialisasi', 'pembentukan-tim', 'lainnya'] as const;
const CLASSES = ['biasa', 'terbatas', 'terbatas', 'rahasia'] as const;

/**
 * Writes a content folder at `out` (registries copied, then releases and meetings in
 * press-releases/YYYY/ and meetings/YYYY/). Shares like real content: releases 3% drafts, 2%
 * embargoed past `now`, 5% internal; meetings 3% drafts, 30% without a public block.
 */
export function generateContent(out: string, options: GenerateOptions): GenerateResult {
  const random = mulberry32(options.seed);
  const now = (options.now ?? new Date('2026-12-31T12:00:00+07:00')).getTime();
  const vocabulary = buildVocabulary(random, options.vocabulary ?? 12_000);
  mkdirSync(out, { recursive: true });
  for (const name of ['site.yaml', 'regions.yaml', 'organizations.yaml', 'people.yaml'])
    copyFileSync(join(options.registries, name), join(out, name));
  const regions = parse(readFileSync(join(out, 'regions.yaml'), 'utf8')) as Region[];
  const organizations = parse(readFileSync(join(out, 'organizations.yaml'), 'utf8')) as Organization[];
  const people = (parse(readFileSync(join(out, 'people.yaml'), 'utf8')) as { id: string }[]).map((p) => p.id);

  // Half common words (Zipf-like, by rank), half the synthetic vocabulary (uniform): many distinct words.
  const word = () =>
    random() < 0.5 ? (COMMON[Math.floor(COMMON.length * random() * random())] as string) : pick(random, vocabulary);
  const words = (count: number) => Array.from({ length: count }, word);
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentence = () => `${capital(words(between(random, 8, 18)).join(' '))}.`;
  const sentences = (count: number) => Array.from({ length: count }, sentence).join(' ');
  const title = (place: string) => `${capital(words(between(random, 3, 6)).join(' '))} di ${place}`;
  const wrap = (text: string) => text.replace(/(.{1,96})(\s+|$)/g, '$1\n').trim();
  const paragraphs = (count: number) => Array.from({ length: count }, () => wrap(sentences(between(random, 2, 4))));
  const mention = () =>
    random() < 0.5
      ? { person: pick(random, people) }
      : {
          name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
          role: pick(random, ROLES),
          organization: pick(random, organizations).id,
        };
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-');
  const write = (folder: string, id: string, data: object, body: string) => {
    const year = id.slice(0, 4);
    mkdirSync(join(out, folder, year), { recursive: true });
    const file = join(folder, year, `${id}.md`);
    writeFileSync(join(out, file), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
    files.push(file);
  };

  const files: string[] = [];
  const releaseCount = Math.ceil(options.records / 2);
  const meetingCount = options.records - releaseCount;
  const counts: GenerateResult['counts'] = {
    public: { releases: 0, meetings: 0 },
    draft: { releases: 0, meetings: 0 },
    scheduled: { releases: 0, meetings: 0 },
    internal: { releases: 0, meetings: 0 },
  };
  // Eight years of activity before `now`, spread evenly, a few days apart.
  const start = now - 8 * 365 * DAY;
  const span = now - 14 * DAY - start;

  // Meetings first, so a public release can name the public meeting it reports on.
  const publicMeetings: string[] = [];
  for (let i = 0; i < meetingCount; i++) {
    const startsAt = start + Math.floor((span * i) / Math.max(meetingCount, 1) / 3_600_000) * 3_600_000;
    const dayStart = Math.floor((startsAt + WIB) / DAY) * DAY - WIB + 9 * 3_600_000;
    const region = pick(random, regions);
    const place = region.name.replace(/^(Kabupaten|Kota) /, '');
    const meetingTitle = title(place);
    const id = `${day(dayStart)}-${slug(meetingTitle)}-${i}`;
    const roll = random();
    const draft = roll < 0.03;
    const internal = !draft && roll < 0.33;
    const involved = sample(random, organizations, between(random, 3, 7));
    const actions = Array.from({ length: between(random, 0, 4) }, (_, a) => {
      const status = pick(random, ['open', 'in-progress', 'done', 'done', 'dropped'] as const);
      const due = dayStart + between(random, 14, 120) * DAY;
      return {
        id: `a${a + 1}`,
        what: sentence(),
        owner: pick(random, involved).id,
        due: day(due),
        status,
        ...(status === 'done' ? { doneOn: day(due - between(random, 0, 10) * DAY) } : {}),
        ...(random() < 0.4 ? { note: sentence() } : {}),
      };
    });
    const data = {
      title: meetingTitle,
      kind: pick(random, KINDS),
      startsAt: wib(dayStart),
      endsAt: wib(dayStart + between(random, 2, 6) * 3_600_000),
      location: { name: `Ruang Rapat ${capital(words(2).join(' '))} ${place}`, region: region.id },
      organizer: (involved[0] as Organization).id,
      chair: mention(),
      noteTaker: mention(),
      participants: involved.map((org) => ({
        organization: org.id,
        ...(random() < 0.4 ? { people: [mention()] } : {}),
      })),
      agenda: Array.from({ length: between(random, 1, 4) }, () => ({
        title: capital(words(between(random, 3, 7)).join(' ')),
        discussion: sentences(between(random, 1, 3)),
        decisions: Array.from({ length: between(random, 0, 2) }, sentence),
      })),
      decisions: Array.from({ length: between(random, 1, 3) }, sentence),
      actions,
      classification: pick(random, CLASSES),
      ...(internal || draft ? {} : { public: { summary: sentences(2) } }),
      ...(draft ? { draft: true } : {}),
    };
    if (!internal && !draft) publicMeetings.push(id);
    counts[draft ? 'draft' : internal ? 'internal' : 'public'].meetings++;
    write('meetings', id, data, paragraphs(between(random, 3, 6)).join('\n\n'));
  }

  for (let i = 0; i < releaseCount; i++) {
    const roll = random();
    const draft = roll < 0.03;
    const scheduled = !draft && roll < 0.05;
    const internal = !draft && !scheduled && roll < 0.1;
    const published = scheduled
      ? now + between(random, 1, 30) * DAY
      : start + Math.floor((span * i) / Math.max(releaseCount, 1) / 60_000) * 60_000 + DAY;
    const regionsOf = sample(random, regions, between(random, 1, 2));
    const place = (regionsOf[0] as Region).name.replace(/^(Kabupaten|Kota) /, '');
    const releaseTitle = title(place);
    const id = `${day(published)}-${slug(releaseTitle)}-${i}`;
    const related =
      !draft && !scheduled && !internal && publicMeetings.length > 0 && random() < 0.3
        ? [publicMeetings[Math.floor((i * publicMeetings.length) / releaseCount)] as string]
        : [];
    const data = {
      title: releaseTitle,
      summary: sentences(1).slice(0, 200),
      dateline: place,
      publishedAt: wib(published),
      author: 'Tim Humas Kanwil',
      ...(random() < 0.7 ? { editor: `${pick(random, FIRST)} ${pick(random, LAST)}` } : {}),
      source: { name: 'Humas Kanwil Ditjen Imigrasi Sumsel' },
      organizations: sample(random, organizations, between(random, 1, 4)).map((org) => org.id),
      regions: regionsOf.map((region) => region.id),
      topics: sample(random, TOPICS, between(random, 0, 3)),
      people: Array.from({ length: between(random, 0, 2) }, mention),
      ...(related.length > 0 ? { relatedMeetings: related } : {}),
      ...(draft ? { draft: true } : {}),
      ...(internal ? { visibility: 'internal' } : {}),
    };
    counts[draft ? 'draft' : scheduled ? 'scheduled' : internal ? 'internal' : 'public'].releases++;
    write('press-releases', id, data, paragraphs(between(random, 3, 7)).join('\n\n'));
  }
  return { releases: releaseCount, meetings: meetingCount, counts, files };
}

/** Distinct lower-case words in the generated records (frontmatter and text alike). */
export function distinctWords(out: string, files: string[]): number {
  const seen = new Set<string>();
  for (const file of files)
    for (const token of readFileSync(join(out, file), 'utf8')
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [])
      seen.add(token);
  return seen.size;
}
