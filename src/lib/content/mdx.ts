import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast, type MdastNode } from 'satteri';
import { allowedExtension, PICTURE_EXTENSIONS } from './files.ts';

/**
 * Components the site hands to MDX bodies, by name: none yet. An .mdx body may use these (with
 * attributes in quotes only) and nothing else that MDX would compile to code.
 */
export const MDX_COMPONENTS: ReadonlySet<string> = new Set<string>();

/** A way an .mdx file would run code at build time, with where it is written. */
export interface MdxProblem {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is refused and how to write it instead. */
  message: string;
}

/** How the compiler is set up by Astro (`@astrojs/mdx` with its default processor): parsed alike, checked alike. */
const FEATURES = { gfm: true, smartPunctuation: true };

/** The site's components as a message lists them. */
const provided = (components: ReadonlySet<string>) =>
  components.size > 0 ? `it provides ${[...components].map((name) => `<${name}>`).join(', ')}` : 'it provides none yet';

/** A piece of code quoted in a message, on one line. */
const snippet = (code: string) => {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
};

/**
 * Why a picture path would not load as a picture: MDX turns `![…](path)` into an `import` of the
 * path, and an import of a script, of a file outside the content folder, or with a query such as
 * `?raw` runs or reads whatever it names; so only the picture types content may publish pass.
 */
function pictureProblem(url: string, file: string, contentDir: string): string | undefined {
  let path: string;
  try {
    path = decodeURI(url); // as the compiler reads it
  } catch {
    return 'is not a valid address';
  }
  if (URL.canParse(path) || path.startsWith('/')) return undefined; // an address or a site path: never imported
  if (/[?#]/.test(path)) return 'has "?" or "#", which would load the file as something other than a picture';
  if (!allowedExtension(path, 'picture')) return `is not a picture (${PICTURE_EXTENSIONS.join(', ')})`;
  const inside = relative(contentDir, resolve(dirname(file), path));
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 'leaves the content folder';
  return undefined;
}

/** Where an .mdx file is and what it may use. */
interface Context {
  file: string;
  contentDir: string;
  components: ReadonlySet<string>;
}

/** Every way an MDX syntax tree would compile to code, in document order. */
function walk(node: MdastNode, context: Context, found: MdxProblem[]): void {
  const at = node.position?.start ?? { line: 1, column: 1 };
  const refuse = (message: string) => found.push({ line: at.line, column: at.column, message });
  switch (node.type) {
    case 'mdxjsEsm':
      refuse(`"${snippet(node.value)}": import and export lines are code, which content may not hold: delete the line`);
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      refuse(
        `{${snippet(node.value)}} is code, which content may not hold: delete it, or write \\{ and \\} to show braces`,
      );
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!context.components.has(name)) {
        refuse(
          `<${name}> is not a component the site provides (${provided(context.components)}): write Markdown instead, or save the file as .md, where plain HTML is allowed and cleaned`,
        );
        break;
      }
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute')
          refuse(`<${name} {${snippet(attribute.value)}}> is code: write each attribute as name="value"`);
        else if (attribute.value !== null && typeof attribute.value === 'object')
          refuse(
            `<${name} ${attribute.name}={${snippet(attribute.value.value)}}> is code: write the value in quotes, ${attribute.name}="..."`,
          );
      }
      break;
    }
    case 'image': {
      const problem = pictureProblem(node.url, context.file, context.contentDir);
      if (problem)
        refuse(
          `picture "${node.url}" ${problem}: in an .mdx file a picture is a file inside the content folder, or a full https:// address`,
        );
      break;
    }
  }
  if ('children' in node) for (const child of node.children as MdastNode[]) walk(child, context, found);
}

/**
 * Checks that an .mdx file is Markdown plus the site's components and nothing that the MDX
 * compiler would turn into code: no `import`/`export`, no `{expressions}`, no other JSX, no
 * attribute expressions or spreads, no `layout` in the frontmatter, no picture path that would
 * import something other than a picture. The frontmatter is split off and the body parsed exactly
 * as the compiler does, so what passes here is what gets compiled. `npm run check` and the build's
 * guard in front of the compiler both call this.
 * @param file absolute path of the file
 * @param contentDir absolute path of the content folder
 * @param components the components an .mdx body may use
 */
export function mdxProblems(
  code: string,
  file: string,
  contentDir: string,
  components: ReadonlySet<string> = MDX_COMPONENTS,
): MdxProblem[] {
  let split: ReturnType<typeof parseFrontmatter>;
  try {
    split = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }); // keeps every line and column in place
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return [
      {
        line: (mark?.line ?? 0) + 1,
        column: (mark?.column ?? 0) + 1,
        message: 'has frontmatter the MDX compiler cannot read: check its indentation, colons and quotes',
      },
    ];
  }
  const found: MdxProblem[] = [];
  if ('layout' in split.frontmatter) {
    const line = code.split('\n').findIndex((text) => /^layout\s*[:=]/.test(text));
    found.push({
      line: line + 1 || 1,
      column: 1,
      message: 'layout would load code when the site is built: delete the field',
    });
  }
  let tree: MdastNode;
  try {
    tree = mdxToMdast(split.content, { features: FEATURES });
  } catch (error) {
    const [, line = '1', column = '1', reason = String(error)] =
      /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec((error as Error).message) ?? [];
    return [
      ...found,
      {
        line: Number(line),
        column: Number(column),
        message: `is not valid MDX: ${reason.replace(/ \(note: [^()]*\)$/, '')}. In an .mdx file "{" and "<" start code: write \\{ and \\< to show them, or save the file as .md`,
      },
    ];
  }
  walk(tree, { file, contentDir, components }, found);
  return found;
}
