import { stringify } from 'yaml';
import type { WireRelease } from './wire.ts';

/** Options for the draft's frontmatter. */
export interface DraftOptions {
  /** UTC offset of the site's zone on the release's day, "+07:00". */
  offset: string;
  /** Time of publication, HH:MM; the wire text rarely says. */
  time?: string;
  /** Name of the source; default the outlet in the dateline, e.g. "ANTARA". */
  source?: string | undefined;
  /** Address of the original text. */
  url?: string | undefined;
  /** The reference day relative day names were read against, for the note in the file. */
  reference: string;
}

const TODO = {
  title: 'TODO Judul siaran pers',
  summary: 'TODO Satu atau dua kalimat teras berita',
  dateline: 'TODO Kota',
  author: 'TODO Nama penulis',
  role: 'TODO Jabatan',
  reason: 'tulis kota asal berita',
} as const;

/** Text for a comment line: one line, whatever the text held. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A value on one line, quoted only when YAML needs it. */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** A long text as a folded block (`>-`), wrapped at about 100 columns like the rest of the content. */
function folded(key: string, value: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line && `${indent}  ${line} ${word}`.length > 100) {
      lines.push(`${indent}  ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}  ${line}`);
  return [`${indent}${key}: >-`, ...lines];
}

const list = (key: string, values: readonly string[], quote = false) =>
  values.length === 0
    ? [`${key}: []`]
    : [`${key}:`, ...values.map((value) => `  - ${quote ? `'${value}'` : scalar(value)}`)];

/** What the editor still has to do, as listed by the import command. */
export function missing(release: WireRelease): string[] {
  const todo: string[] = [];
  if (!release.title) todo.push('title: the text has no headline');
  if (!release.summary) todo.push('summary: the text has no lead paragraph');
  if (!release.dateline)
    todo.push(
      release.outlet
        ? `dateline: the dateline names the site ${release.outlet}, not a city`
        : 'dateline: the text has no dateline such as "Palembang (ANTARA) -"',
    );
  if (!release.author) todo.push('author: the text names no reporter ("Pewarta:")');
  for (const name of release.unknownOrganizations)
    todo.push(`organizations: "${name}" is not in organizations.yaml: add it, then its id`);
  for (const person of release.people) {
    if (person.person) continue;
    todo.push(
      person.role
        ? `people: ${person.name} is not in people.yaml: add the person there, or keep name and role`
        : `people: the role of ${person.name} is not in the text, nor the person in people.yaml`,
    );
  }
  if (release.dateSource === 'reference') todo.push('publishedAt: the text names no day; the reference day was used');
  return todo;
}

/**
 * The draft press release as Markdown: frontmatter in the template's order with `draft: true`, a
 * TODO wherever the wire text did not say, and the paragraphs as the text.
 */
export function renderDraft(release: WireRelease, options: DraftOptions): string {
  const time = options.time ?? '09:00';
  const source = options.source ?? release.outlet;
  const dateNote =
    release.dateSource === 'explicit'
      ? `# Tanggal dari "${release.dateWords}" dalam naskah. Jam terbit belum diketahui: periksa.`
      : release.dateSource === 'stamp'
        ? `# Tanggal dari cap tanggal halaman "${release.dateWords}". Jam terbit belum diketahui: periksa.`
        : release.dateSource === 'day-name'
          ? `# Tanggal dari nama hari "${release.dateWords}", dihitung mundur dari ${options.reference}. Periksa jamnya.`
          : `# Naskah tidak menyebut hari: tanggal acuan ${options.reference} dipakai. Periksa tanggal dan jamnya.`;
  const lines = [
    '---',
    '# Draf dari naskah kawat (npm run import). Periksa setiap isian dengan naskah aslinya, ganti',
    '# setiap TODO, lalu jalankan npm run check. Panduan: docs/panduan-editor.md',
    ...(release.notWire ? [`# PERINGATAN: ${oneLine(release.notWire)}`] : []),
    `title: ${scalar(release.title ?? TODO.title)}`,
    ...folded('summary', release.summary ?? TODO.summary),
    ...(release.dateline === undefined ? [`# TODO dateline: ${oneLine(release.datelineReason ?? TODO.reason)}`] : []),
    `dateline: ${scalar(release.dateline ?? TODO.dateline)}`,
    dateNote,
    `publishedAt: ${release.day}T${time}:00${options.offset}`,
    `author: ${scalar(release.author ?? TODO.author)}`,
    ...(release.editor ? [`editor: ${scalar(release.editor)}`] : []),
    ...(source || options.url
      ? [
          'source:',
          `  name: ${scalar(source ?? 'TODO Nama sumber')}`,
          ...(options.url ? [`  url: ${scalar(options.url)}`] : []),
        ]
      : []),
    '# Instansi dan wilayah dikenali dari nama dan alias di content/organizations.yaml dan regions.yaml.',
    ...release.unknownOrganizations.map(
      (name) => `# TODO instansi baru (tambahkan ke content/organizations.yaml): ${oneLine(name)}`,
    ),
    ...list('organizations', release.organizations),
    ...list('regions', release.regions, true),
    ...list('topics', release.topics),
    '# Orang yang dikutip: person = id di content/people.yaml; selain itu nama dan jabatan dari naskah.',
    ...release.people.flatMap((person) =>
      person.person
        ? []
        : [
            `# TODO orang baru (tambahkan ke content/people.yaml): ${oneLine(person.name)}, ${oneLine(person.role ?? TODO.role)}`,
          ],
    ),
    ...(release.people.length === 0
      ? ['people: []']
      : [
          'people:',
          ...release.people.flatMap((person) =>
            person.person
              ? [`  - person: ${person.person}`]
              : [
                  `  - name: ${scalar(person.name)}`,
                  `    role: ${scalar(person.role ?? TODO.role)}`,
                  ...(person.organization ? [`    organization: ${person.organization}`] : []),
                ],
          ),
        ]),
    'draft: true',
    'visibility: public',
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${release.paragraphs.join('\n\n')}\n`;
}
