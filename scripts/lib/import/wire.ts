import { readDateline } from '../../../src/lib/wire/dateline.ts';
import { junkKind } from '../../../src/lib/wire/junk.ts';
import { firstTag, stripTags } from '../../../src/lib/wire/markup.ts';
import { publicationDay, type DateSource } from './days.ts';
import { stripFurniture } from './furniture.ts';
import { takeHeadline, UNIT } from './headline.ts';
import { findAgencies, type Evidence } from '../../../src/lib/wire/agencies.ts';
import { blank, findNames, regionNames, uniqueIds } from '../../../src/lib/wire/match.ts';
import { notWireReason } from './not-wire.ts';
import { sentences } from '../../../src/lib/wire/sentences.ts';
import { splitParagraphs } from './paragraphs.ts';
import { SpeakerFinder, type Registries, type Speaker } from './people.ts';
import { removeRepeats } from './repeats.ts';
import { leadSummary } from './summary.ts';

export type { Evidence } from '../../../src/lib/wire/agencies.ts';

/** A wire release taken apart: what could be read from it and what could not. */
export interface WireRelease {
  title?: string;
  /** City of the dateline, e.g. "Palembang". */
  dateline?: string;
  /** Why the dateline is left as TODO (no dateline, or one that names only a site), in Indonesian. */
  datelineReason?: string;
  /** Outlet named in the dateline, e.g. "ANTARA", "Sripoku.com". */
  outlet?: string;
  /** The lead's first sentence (or two, when they are short), at most SUMMARY_MAX characters. */
  summary?: string;
  /** Day of the release, YYYY-MM-DD. */
  day: string;
  /** How `day` was found, and the words it was found from. */
  dateSource: DateSource;
  dateWords?: string;
  /** Reporter and editor named in the credits ("Pewarta:", "Penulis: X | Editor: Y") or byline. */
  author?: string;
  editor?: string;
  /** The text, one string per paragraph, without the dateline, repeats or page furniture. */
  paragraphs: string[];
  people: Speaker[];
  organizations: string[];
  /** Agency names as written in the text that match no registry entry. */
  unknownOrganizations: string[];
  regions: string[];
  topics: string[];
  /** The report: which field got which value from which sentence. */
  evidence: Evidence[];
  /** Why the text does not look like wire copy, in Indonesian; absent when it does. */
  notWire?: string;
  /** Things the editor should know: repeated paragraphs removed, dates that disagree, ... */
  warnings: string[];
}

/** Options for parseWire. */
export interface WireOptions extends Registries {
  /** The day relative day names count back from ("Sabtu" = the last Saturday on or before it). */
  reference: string;
  /** Topic words already used by other releases; those found in the text are proposed. */
  knownTopics?: readonly string[];
}

/**
 * Reads a wire-style release: headline (if any), dateline in any outlet's shape (see readDateline),
 * paragraphs with quotations, and the credits. Page furniture and a second pasted copy are removed
 * with a warning; every field read is reported with the sentence it came from.
 */
export function parseWire(text: string, options: WireOptions): WireRelease {
  const warnings: string[] = [];
  const furnished = stripFurniture(splitParagraphs(text, (line) => junkKind(line) !== undefined));
  if (furnished.removed.length > 0) warnings.push(`removed page furniture: ${furnished.removed.join(', ')}`);
  let { paragraphs } = furnished;
  const evidence = [...furnished.evidence];
  const result: Partial<WireRelease> = {};
  if (furnished.author !== undefined) result.author = furnished.author;
  if (furnished.editor !== undefined) result.editor = furnished.editor;

  const top = takeHeadline(paragraphs);
  paragraphs = top.paragraphs;
  // Pages show the headline and summary as plain text: tags there would be printed, so they go.
  const tagged: string[] = [];
  const headline = top.title === undefined ? undefined : stripTags(top.title);
  if (headline !== top.title) tagged.push('headline');
  if (headline) result.title = headline;
  if (top.unit !== undefined && result.author === undefined) {
    result.author = top.unit;
    evidence.push({ field: 'author', value: top.unit, from: top.unit });
  }
  evidence.push(...top.evidence);
  // The unit signing off below the text ("Humas Kanim Baturaja") is its author, not a paragraph.
  const signOff = paragraphs.length > 1 ? paragraphs.at(-1) : undefined;
  if (signOff !== undefined && UNIT.test(signOff)) {
    paragraphs.pop();
    if (result.author === undefined) {
      result.author = signOff;
      evidence.push({ field: 'author', value: signOff, from: signOff });
    }
  }

  let leadIndex = paragraphs.findIndex((paragraph) => readDateline(paragraph) !== undefined);
  const dateline = leadIndex >= 0 ? readDateline(paragraphs[leadIndex] ?? '') : undefined;
  if (dateline) {
    const from = `${dateline.words} ${sentences(dateline.rest.trim())[0] ?? ''}`.trim();
    if (dateline.place !== undefined) {
      result.dateline = dateline.place;
      evidence.push({ field: 'dateline', value: dateline.place, from });
    } else result.datelineReason = `naskah dibuka dengan nama situs "${dateline.outlet}" tanpa nama kota`;
    if (dateline.outlet !== undefined) {
      result.outlet = dateline.outlet;
      evidence.push({ field: 'source', value: dateline.outlet, from });
    }
    // A dateline on a line of its own leaves nothing of its paragraph: the lead is the next one.
    if (dateline.rest.trim() === '') paragraphs.splice(leadIndex, 1);
    else paragraphs[leadIndex] = dateline.rest.trim();
    if (leadIndex > 0)
      warnings.push(`${leadIndex} paragraph(s) before the dateline were kept at the top of the text: check them`);
  } else result.datelineReason = 'naskah tidak dibuka dengan nama kota';
  leadIndex = Math.max(leadIndex, 0);

  const repeats = removeRepeats(paragraphs, result.title, paragraphs[leadIndex]);
  if (repeats.warning) warnings.push(repeats.warning);
  paragraphs = repeats.paragraphs;

  const lead = paragraphs[leadIndex];
  // A lead that introduces a list ("Hasil rapat:") says nothing by itself: the summary stays TODO.
  if (lead && !/:$/.test(lead)) {
    result.summary = leadSummary(stripTags(lead));
    if (firstTag(lead) !== undefined) tagged.push('summary');
    // A summary that was not cut is the lead's own sentences; a cut one comes from the first.
    const from = result.summary.endsWith('…') ? (sentences(lead)[0] ?? lead) : result.summary;
    evidence.push({ field: 'summary', value: result.summary, from });
  }

  if (tagged.length > 0)
    warnings.push(
      `removed HTML tags from the ${tagged.join(' and the ')}; the text keeps them for npm run check to show: delete them there`,
    );

  const day = publicationDay(paragraphs, options.reference, dateline, furnished.stamp);
  if (day.warning) warnings.push(day.warning);
  if (day.from !== undefined) evidence.push({ field: 'publishedAt', value: day.day, from: day.from });

  const notWire = notWireReason(paragraphs.map(stripTags), dateline !== undefined);
  if (notWire !== undefined) result.notWire = notWire;

  const body = paragraphs.join('\n\n');
  const everything = [result.title ?? '', body].join('\n\n');
  // The place a statement was made ("kata X di Palembang, Sabtu") is not what the release is about.
  const statementPlaces =
    /\b(?:kata|ujar|jelas|ungkap|tutur|tambah)\w*\b[^."]{0,120}?\bdi\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?),\s*(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)/gu;
  const aboutPlaces = everything.replace(statementPlaces, (whole, place: string) =>
    whole.replace(place, ' '.repeat(place.length)),
  );
  const people = new SpeakerFinder(options).find(body, day.day);
  const agencies = findAgencies(everything, options.organizations, day.day, options.regions, options.province);
  warnings.push(...agencies.warnings);
  evidence.push(...agencies.evidence);
  // Place names inside agency names ("Kantor Imigrasi Muara Enim") say who, not where; a local
  // government ("Pemerintah Kabupaten Lahat") does say where.
  const localGovernments = agencies.ids.flatMap((id) => {
    const agency = options.organizations.find((organization) => organization.id === id);
    return agency?.kind === 'pemerintah-daerah' && agency.region ? [agency.region] : [];
  });
  const topics = (options.knownTopics ?? []).filter((topic) =>
    new RegExp(`(?<![\\p{L}])${topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(everything),
  );

  return {
    ...result,
    day: day.day,
    dateSource: day.source,
    ...(day.words ? { dateWords: day.words } : {}),
    paragraphs,
    people: people.speakers,
    organizations: agencies.ids,
    unknownOrganizations: agencies.unknown,
    regions: [
      ...new Set([
        ...localGovernments,
        ...uniqueIds(findNames(blank(aboutPlaces, agencies.spans), regionNames(options.regions))),
      ]),
    ],
    topics: [...new Set(topics)],
    evidence: [...evidence, ...people.evidence],
    warnings: [...warnings, ...people.warnings],
  };
}
