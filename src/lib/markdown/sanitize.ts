import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { defineHastPlugin } from 'satteri';
import type { VFile } from 'vfile';

/** Every id written by content carries this prefix, so no id in a body can clobber the site's own. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * What a Markdown or MDX body may become in a page: the elements Markdown itself produces (GFM
 * tables, task lists and footnotes included) and a few harmless inline ones editors paste. No
 * script, style, frame, object, form, base or meta, no event handlers or style attributes, and
 * links only to http, https, mailto, tel or relative addresses.
 */
export const SANITIZE_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'blockquote', 'pre', 'code', 'div', 'span', 'section'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    ...['a', 'img', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup'],
    ...['abbr', 'cite', 'dfn', 'kbd', 'q', 'samp', 'time', 'var'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'input'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['details', 'summary', 'figure', 'figcaption'],
  ],
  attributes: {
    a: [
      'href',
      'title',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', 'data-footnote-backref'],
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    code: [['className', /^language-./]],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'title', 'width', 'height'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    ul: [['className', 'contains-task-list']],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    details: ['open'],
    '*': ['id', 'lang', 'dir'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  // None: the HTML parser already keeps table parts in tables, and an element can be judged alone.
  ancestors: {},
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
  clobberPrefix: CLOBBER_PREFIX,
  // Removed with their content: code, styles, embedded documents and form fields whose text is no prose.
  strip: [
    ...['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes'],
    ...['object', 'embed', 'applet', 'svg', 'math', 'textarea', 'select', 'title', 'xmp', 'noembed'],
  ],
  allowComments: false,
  allowDoctypes: false,
};

/** The nodes of Sätteri's hast that are MDX syntax rather than HTML. */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
  position?: Element['position'];
}

type AnyNode = (Root | RootContent | MdxJsxElement) & { children?: unknown[] };

const HTML_NAME = /^[a-z][a-z0-9-]*$/;
const TABLE_ALIGN = /^\s*text-align:\s*(left|right|center)\s*;?\s*$/;

/** An MDX tag written in lower case is HTML: it becomes an element with its literal attributes. */
function jsxToElement(node: MdxJsxElement, children: ElementContent[]): Element | undefined {
  if (node.name === null || !HTML_NAME.test(node.name)) return undefined;
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    // Attributes computed by an expression never become HTML: only literal text does.
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    const { value } = attribute;
    if (value !== null && value !== undefined && typeof value !== 'string') continue;
    const info = find(html, attribute.name);
    properties[info.property] =
      typeof value !== 'string' ? true : info.spaceSeparated ? value.split(/\s+/).filter(Boolean) : value;
  }
  return {
    type: 'element',
    tagName: node.name,
    properties,
    children,
    ...(node.position ? { position: node.position } : {}),
  };
}

/**
 * A plain copy of a Sätteri tree, made ready for the sanitizer: lower-case MDX tags become
 * elements, ids lose the prefix Markdown footnotes already carry (the sanitizer adds it once),
 * and a GFM column's `style="text-align: …"` becomes `align`, which needs no inline style.
 * Other MDX nodes are copied as they are; the sanitizer drops every node type it does not know.
 */
export function prepareTree(node: Readonly<AnyNode>): AnyNode {
  const children = node.children?.map((child) => prepareTree(child as AnyNode));
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return jsxToElement(node, (children ?? []) as ElementContent[]) ?? { ...node, children: children ?? [] };
  }
  if (node.type !== 'element') {
    const copy = { ...node } as AnyNode;
    if (children) copy.children = children;
    return copy;
  }
  const properties: Properties = { ...node.properties };
  const { id, style } = properties;
  if (typeof id === 'string' && id.startsWith(CLOBBER_PREFIX)) properties['id'] = id.slice(CLOBBER_PREFIX.length);
  if ((node.tagName === 'td' || node.tagName === 'th') && typeof style === 'string') {
    const align = TABLE_ALIGN.exec(style)?.[1];
    if (align) {
      properties['align'] = align;
      delete properties['style'];
    }
  }
  return {
    type: 'element',
    tagName: node.tagName,
    properties,
    children: (children ?? []) as ElementContent[],
    ...(node.position ? { position: node.position } : {}),
  };
}

function hasRaw(node: Readonly<AnyNode>): boolean {
  return node.type === 'raw' || (node.children ?? []).some((child) => hasRaw(child as AnyNode));
}

/**
 * Parses the raw HTML of a prepared tree into elements, as a browser would, so the sanitizer
 * judges what readers' browsers would see. `file` keeps source positions, for the content check.
 */
export function parseRawHtml(tree: Root, file?: VFile): Root {
  return hasRaw(tree) ? (raw(tree, file ? { file } : {}) as Root) : tree;
}

/** A body's tree as it may be published: raw HTML parsed, then filtered by SANITIZE_SCHEMA. */
export function sanitizeBody(tree: Readonly<Root>, schema: Schema = SANITIZE_SCHEMA): Root {
  return sanitize(parseRawHtml(prepareTree(tree) as Root), schema) as Root;
}

/** The document flag the scan sets when a body holds raw HTML or MDX syntax. */
const HOLDS_MARKUP = 'wartaHoldsMarkup';

const flagMarkup = (_node: unknown, ctx: { data: Record<string, unknown> }) => {
  ctx.data[HOLDS_MARKUP] = true;
};

/** Finds the nodes that only the whole-tree sanitizer can judge: raw HTML, comments and MDX syntax. */
const scanMarkup = defineHastPlugin({
  name: 'warta-sanitize-scan',
  raw: flagMarkup,
  comment: flagMarkup,
  doctype: flagMarkup,
  mdxFlowExpression: flagMarkup,
  mdxTextExpression: flagMarkup,
  mdxjsEsm: flagMarkup,
  mdxJsxFlowElement: { filter: [], visit: flagMarkup },
  mdxJsxTextElement: { filter: [], visit: flagMarkup },
});

/**
 * The sanitizer's verdict on one element alone: its properties as they come out, or undefined
 * when the element would not come out at all.
 */
export function sanitizeElement(node: Readonly<Element>): Properties | undefined {
  const alone = prepareTree({ ...node, children: [] } as Element) as Element;
  const [kept] = (sanitize({ type: 'root', children: [alone] }, SANITIZE_SCHEMA) as Root).children;
  return kept?.type === 'element' && kept.tagName === node.tagName ? kept.properties : undefined;
}

/**
 * The Sätteri hast plugin that sanitizes every Markdown and MDX body, registered last in the
 * processor's `hastPlugins`; after it only Astro's own steps run (picture markers, heading ids).
 * A body with raw HTML, comments or MDX syntax is sanitized as a whole tree, its raw HTML parsed
 * first. A body without any holds only elements the Markdown parser made, with no raw HTML
 * around them: each is judged alone by the same sanitizer, which is the same verdict without
 * copying the whole tree out of the parser and back (about ten times faster).
 */
export const sanitizeHtml = [
  scanMarkup,
  defineHastPlugin({
    name: 'warta-sanitize',
    before(root, ctx) {
      if (ctx.data[HOLDS_MARKUP] || ctx.sourceFormat === 'mdx') {
        ctx.replaceNode(root, sanitizeBody(root));
        ctx.data[HOLDS_MARKUP] = 'sanitized';
      }
    },
    element: {
      filter: [],
      visit(node, ctx) {
        if (ctx.data[HOLDS_MARKUP] === 'sanitized') return;
        const properties = sanitizeElement(node);
        if (!properties) {
          // Not a tag Markdown writes: dropped as the whole-tree sanitizer would, keeping its text
          // unless it is one whose content goes too.
          ctx.replaceNode(node, SANITIZE_SCHEMA.strip?.includes(node.tagName) ? [] : [...node.children]);
          return;
        }
        for (const key of new Set([...Object.keys(node.properties), ...Object.keys(properties)])) {
          if (node.properties[key] !== properties[key]) ctx.setProperty(node, key, properties[key] ?? null);
        }
      },
    },
  }),
];
