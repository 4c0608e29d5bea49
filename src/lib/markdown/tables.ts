import { defineHastPlugin } from 'satteri';

/** How many tables a body has wrapped so far, kept in the document's plugin data. */
const COUNT = 'wartaTables';

/**
 * The Sätteri hast plugin that puts every table of a Markdown or MDX body in its own labelled,
 * keyboard-focusable scroll region (the site's `.table-scroll`), so a wide table scrolls on a
 * 320 px screen instead of widening the page (WCAG 1.4.10). Registered after the sanitizer,
 * which would remove these attributes; it adds only fixed ones.
 */
export const tableRegions = defineHastPlugin({
  name: 'warta-table-regions',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const number = ((ctx.data[COUNT] as number | undefined) ?? 0) + 1;
      ctx.data[COUNT] = number;
      ctx.replaceNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${number}` },
        children: [node],
      });
    },
  },
});
