import type { Element, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { markdownToHast, mdxToHast } from 'satteri';
import { VFile } from 'vfile';
import type { ContentIssue } from '../content/issues.ts';
import { parseRawHtml, prepareTree, SANITIZE_SCHEMA } from './sanitize.ts';

/** What the site's Markdown processor is told (astro.config.mjs), so the check parses bodies alike. */
const FEATURES = { gfm: true, smartPunctuation: true };

/** Elements that run script, load or frame other documents, or change where the page's links and forms go. */
const SCRIPT_CAPABLE = new Set([
  ...['script', 'style', 'link', 'meta', 'base', 'noscript', 'template'],
  ...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math'],
  ...['form', 'button', 'textarea', 'select'],
]);

/** Properties holding an address, by their hast names. */
const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster', 'data', 'srcSet', 'ping']);

/** Address schemes that run script or carry a whole document. */
const SCRIPT_SCHEME = /^(javascript|vbscript|data):/i;

/** Marks each element of the checked tree, so the sanitizer's output tells which survived. */
const MARK = 'dataWartaNode';
const MARKED_SCHEMA: Schema = {
  ...SANITIZE_SCHEMA,
  attributes: { ...SANITIZE_SCHEMA.attributes, '*': [...(SANITIZE_SCHEMA.attributes?.['*'] ?? []), MARK] },
};

type Node = Root | RootContent;
type Finding = Pick<ContentIssue, 'message' | 'severity'> & { node: Element };

const attributeName = (property: string) => find(html, property).attribute;
const shown = (value: unknown) => JSON.stringify(Array.isArray(value) ? value.join(' ') : String(value));

/** The scheme of an address as a browser reads it: control characters and spaces do not count. */
function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

function droppedElement(node: Element): Finding {
  const tag = `<${node.tagName}>`;
  if (SCRIPT_CAPABLE.has(node.tagName)) {
    return {
      node,
      severity: 'error',
      message: `${tag} is not allowed in the text: it can run code or load other pages inside this one, and is removed from the page; delete it (link to a page instead of embedding it)`,
    };
  }
  const withText = SANITIZE_SCHEMA.strip?.includes(node.tagName) ? 'with its content' : 'and its text kept';
  return {
    node,
    severity: 'warning',
    message: `${tag} is not supported: the tag is removed ${withText}; use Markdown (**tebal**, _miring_, lists, tables, links) instead`,
  };
}

function droppedProperty(node: Element, property: string, value: unknown): Finding {
  const name = attributeName(property);
  const where = `${name}=${shown(value)} on <${node.tagName}>`;
  if (/^on/i.test(name)) {
    return {
      node,
      severity: 'error',
      message: `${where} is not allowed: event handlers run code in readers' browsers; delete the attribute`,
    };
  }
  if (URL_PROPERTIES.has(property) && typeof value === 'string') {
    const what = node.tagName === 'a' ? 'link' : node.tagName === 'img' ? 'picture' : 'address';
    const scheme = schemeOf(value);
    const fix = 'use an http(s), mailto: or tel: address, or a page of this site such as /siaran-pers/';
    if (SCRIPT_SCHEME.test(value.replace(/[\u0000-\u0020]/g, ''))) {
      return {
        node,
        severity: 'error',
        message: `${what} ${shown(value)} is not allowed: ${scheme}: addresses can run code in readers' browsers; ${fix}`,
      };
    }
    return {
      node,
      severity: 'warning',
      message: `${what} ${shown(value)} is removed: ${scheme === undefined ? 'it is not allowed here' : `${scheme}: addresses are not allowed`}; ${fix}`,
    };
  }
  return {
    node,
    severity: 'warning',
    message: `${where} is removed: ${name === 'style' ? "the site's own styles apply" : 'the attribute is not supported'}; delete it`,
  };
}

/** Everything the sanitizer would remove from a parsed body, judged by running it on the body. */
function findDropped(tree: Root): Finding[] {
  const originals: { node: Element; properties: Properties }[] = [];
  const mark = (node: Node) => {
    if (node.type === 'element') {
      originals.push({ node, properties: { ...node.properties } });
      node.properties[MARK] = String(originals.length - 1);
    }
    if ('children' in node) node.children.forEach(mark);
  };
  mark(tree);
  const survivors = new Map<number, Element>();
  const collect = (node: Node) => {
    if (node.type === 'element') survivors.set(Number(node.properties[MARK]), node);
    if ('children' in node) node.children.forEach(collect);
  };
  collect(sanitize(tree, MARKED_SCHEMA) as Root);

  const findings: Finding[] = [];
  const judge = (node: Node) => {
    // MDX expressions, components and imports are removed too; the MDX rules of the check explain them.
    if (node.type.startsWith('mdx')) return;
    if (node.type === 'element') {
      const index = Number(node.properties[MARK]);
      const kept = survivors.get(index);
      const { properties } = originals[index] ?? { properties: {} };
      if (!kept) {
        findings.push(droppedElement(node));
        if (SANITIZE_SCHEMA.strip?.includes(node.tagName)) return;
      } else {
        for (const [property, value] of Object.entries(properties)) {
          if (!(property in kept.properties)) findings.push(droppedProperty(node, property, value));
        }
      }
    }
    if ('children' in node) node.children.forEach(judge);
  };
  judge(tree);
  return findings;
}

/** A record as the check sees it: its file, Markdown or MDX body, and the line the body starts on. */
export interface BodySource {
  file: string;
  body: string;
  source: { bodyLine?: number | undefined };
}

/** Pictures the build would import as files: Astro's rule is an address that is neither a URL nor site-absolute. */
function localPictures(tree: Root): { node: Element; src: string }[] {
  const found: { node: Element; src: string }[] = [];
  const walk = (node: Node) => {
    const src = node.type === 'element' && node.tagName === 'img' ? node.properties['src'] : undefined;
    if (node.type === 'element' && typeof src === 'string' && !URL.canParse(src) && !src.startsWith('/')) {
      found.push({ node, src });
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

const decoded = (src: string) => {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
};

/**
 * Every piece of raw HTML (or MDX tag, or Markdown link) in a body that the sanitizer would remove,
 * at its line and column. Whatever could run script is an error; harmless markup is a warning.
 * `pictureProblem` says why a picture the build would read from disk cannot be published.
 */
export function bodyHtmlIssues(
  entry: BodySource,
  { pictureProblem }: { pictureProblem?: (src: string) => string | undefined } = {},
): ContentIssue[] {
  const parse = entry.file.endsWith('.mdx') ? mdxToHast : markdownToHast;
  let parsed: Root;
  try {
    parsed = parse(entry.body, { features: FEATURES }) as Root;
  } catch {
    return []; // MDX that does not parse is reported by the MDX rules, and fails the build anyway
  }
  const tree = parseRawHtml(prepareTree(parsed) as Root, new VFile(entry.body));
  const lineOffset = (entry.source.bodyLine ?? 1) - 1;
  const pictures = pictureProblem
    ? localPictures(tree).flatMap(({ node, src }): Finding[] => {
        const problem = pictureProblem(decoded(src));
        return problem ? [{ node, severity: 'error', message: `picture ${problem}` }] : [];
      })
    : [];
  return [...findDropped(tree), ...pictures].map(({ node, message, severity }) => {
    const start = node.position?.start;
    return {
      file: entry.file,
      ...(start ? { line: start.line + lineOffset, column: start.column } : {}),
      path: '',
      message,
      severity,
    };
  });
}
