import { formatPath } from '../content/issues.ts';
import { LintSettingsSchema, type LintLevel, type LintSettings } from '../../schemas/site.ts';
import { brokenLink } from './rules/broken-link.ts';
import { dateline } from './rules/dateline.ts';
import { duplicateParagraph } from './rules/duplicate-paragraph.ts';
import { fieldMarkup } from './rules/field-markup.ts';
import { imageAlt } from './rules/image-alt.ts';
import { leadJunk } from './rules/lead-junk.ts';
import { missingOrganizations } from './rules/missing-organizations.ts';
import { summaryLength, titleLength } from './rules/length.ts';
import { otherOffice } from './rules/other-office.ts';
import { personalData } from './rules/personal-data.ts';
import { placeholder } from './rules/placeholder.ts';
import { quoteAttribution } from './rules/quote-attribution.ts';
import { quoteSpeaker } from './rules/quote-speaker.ts';
import { siteDateline } from './rules/site-dateline.ts';
import type { LintInput, LintIssue, LintRule, RuleCheck } from './types.ts';

export type { LintInput, LintIssue, LintRule } from './types.ts';

/** Every rule, by the name used in the `lint:` block of content/site.yaml. */
export const RULES: Readonly<Record<LintRule, RuleCheck>> = {
  'duplicate-paragraph': duplicateParagraph,
  'title-length': titleLength,
  'summary-length': summaryLength,
  'image-alt': imageAlt,
  'personal-data': personalData,
  'quote-attribution': quoteAttribution,
  'quote-speaker': quoteSpeaker,
  dateline,
  'site-dateline': siteDateline,
  'lead-junk': leadJunk,
  'broken-link': brokenLink,
  'missing-organizations': missingOrganizations,
  'field-markup': fieldMarkup,
  'other-office': otherOffice,
  placeholder,
};

/** The rule names, in the order of the settings schema. */
export const RULE_NAMES = Object.keys(LintSettingsSchema.shape) as LintRule[];

/** The level of a rule: as configured, else "warning". */
export function levelOf(rule: LintRule, settings: LintSettings = {}): LintLevel {
  return settings[rule] ?? 'warning';
}

/**
 * Runs every rule that is not "off" and returns its findings with the configured severity.
 * A placeholder in a record that is no longer a draft is always an error.
 * @example lintContent({ releases, meetings, regions, organizations, site }, { 'personal-data': 'error' })
 */
export function lintContent(input: LintInput, settings: LintSettings = input.site?.lint ?? {}): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const rule of RULE_NAMES) {
    const level = levelOf(rule, settings);
    if (level === 'off') continue;
    RULES[rule](input, (entry, where, message) => {
      const published = (entry.data as { draft?: boolean }).draft === false;
      const severity = rule === 'placeholder' && published ? 'error' : level;
      const position =
        'path' in where
          ? { ...(where.path.length > 0 ? entry.source.locate(where.path) : {}), path: formatPath(where.path) }
          : { line: where.line, column: where.column, path: '' };
      issues.push({ file: entry.file, ...position, message: `${message} [${rule}]`, severity, rule });
    });
  }
  return issues;
}
