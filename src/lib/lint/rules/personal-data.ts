import type { Site } from '../../../schemas/site.ts';
import { publicTexts } from '../texts.ts';
import { mask, positionIn } from '../text.ts';
import type { RuleCheck } from '../types.ts';

/** One kind of personal data, how to find it, and what to tell the editor. */
interface Detector {
  pattern: RegExp;
  /** What the match looks like, for the message. */
  what: string;
  fix: string;
  /** Quotes the match in the message, masked so logs do not repeat it. */
  show?: (match: RegExpMatchArray) => string;
}

const DIGIT_RUN = /(?<![\d.,])/.source;

/** The patterns, most specific first; a stretch of text is reported once, by the first that matches. */
export const DETECTORS: readonly Detector[] = [
  {
    pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    what: 'an e-mail address',
    fix: 'public texts give only the office address from content/site.yaml: remove it',
  },
  {
    pattern: new RegExp(`${DIGIT_RUN}\\b\\d{16}\\b(?![.,]\\d)`, 'g'),
    what: 'a 16-digit identity number (NIK)',
    fix: 'identity numbers never appear in public: remove it',
  },
  {
    pattern: /\b[Pp]aspor\b[^.\d\n]{0,25}?\b([A-Z]{0,2}\d{6,9})\b|\b[A-Z]{1,2}\d{6,8}\b/g,
    what: 'a passport number',
    fix: 'passport numbers never appear in public: remove it',
    show: (match) => match[1] ?? match[0],
  },
  {
    pattern: new RegExp(
      [
        // Mobile: 0812-3456-7890, +62 812 3456 7890, 62812...
        `${DIGIT_RUN}(?:\\+62|\\b62|\\b0)[\\s.-]?8\\d{1,2}[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,5}\\b`,
        // Landline with area code in brackets or after +62: (0711) 123456, +62 711 123 456
        `\\(0\\d{2,3}\\)\\s?\\d{3,4}[\\s.-]?\\d{2,4}\\b`,
        `\\+62[\\s.-]?[1-79]\\d{1,2}[\\s.-]?\\d{3,4}[\\s.-]?\\d{2,4}\\b`,
      ].join('|'),
      'g',
    ),
    what: 'a phone number',
    fix: "public texts give only the office's number from content/site.yaml: remove it",
  },
  {
    pattern:
      /\b(?:WNA|warga negara asing|orang asing|turis|wisatawan|pekerja asing|tenaga kerja asing)\b(?:\s+(?:asal|berkewarganegaraan|dari)\s+[A-Z][\p{L}-]+)?\s*,?\s+(?:bernama|atas nama|yakni|yaitu)\s+([A-Z][\p{Ll}'-]+(?:\s+[A-Z][\p{Ll}'-]+)*)/gu,
    what: 'the full name of a foreign national',
    fix: 'public texts name foreign nationals by initials only, e.g. "WNA berinisial AB"',
    show: (match) => match[1] ?? match[0],
  },
];

/** The office's own contact details, which public texts may print. */
function allowed(site: Site | undefined): (value: string) => boolean {
  const digits = (value: string) => value.replace(/\D/g, '').replace(/^62/, '0');
  const phone = site?.contact.phone ? digits(site.contact.phone) : undefined;
  const email = site?.contact.email.toLowerCase();
  const domains = new Set<string>();
  if (email) domains.add(email.slice(email.indexOf('@') + 1));
  if (site?.url) domains.add(new URL(site.url).hostname.replace(/^www\./, ''));
  return (value) => {
    if (value.includes('@')) {
      const domain = value.toLowerCase().slice(value.indexOf('@') + 1);
      return [...domains].some((own) => domain === own || domain.endsWith(`.${own}`));
    }
    return phone !== undefined && digits(value) === phone;
  };
}

/** Every personal-data match in a text, with its offset, each stretch once. */
export function findPersonalData(
  text: string,
  isAllowed: (value: string) => boolean = () => false,
): { index: number; detector: Detector; shown: string }[] {
  const taken: [number, number][] = [];
  const found: { index: number; detector: Detector; shown: string }[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      const shown = detector.show ? detector.show(match) : match[0];
      if (isAllowed(shown)) continue;
      found.push({ index: start, detector, shown });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Personal data in anything public: identity and passport numbers, phone numbers, e-mail addresses
 * and full names of foreign nationals (UU 27/2022; public releases use initials). Drafts, internal
 * releases and meeting minutes are not public and are not checked.
 */
export const personalData: RuleCheck = (input, report) => {
  const isAllowed = allowed(input.site);
  const message = (detector: Detector, shown: string) =>
    `contains what looks like ${detector.what} (${JSON.stringify(mask(shown))}): ${detector.fix}`;
  for (const texts of publicTexts(input)) {
    for (const field of texts.fields) {
      for (const { detector, shown } of findPersonalData(field.text, isAllowed))
        report(field.entry, { path: field.path }, message(detector, shown));
    }
    if (!texts.body) continue;
    for (const paragraph of texts.body.paragraphs) {
      for (const { index, detector, shown } of findPersonalData(paragraph.text, isAllowed))
        report(texts.body.entry, positionIn(paragraph, index), message(detector, shown));
    }
  }
};
