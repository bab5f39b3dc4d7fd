import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { allowedComponentList } from './allowedComponents';
import { checkMdx } from './checkMdx';
import type { MdxProblem } from './mdxProblem';

/** The lines of an error listing every problem of one file, for the terminal. */
export function formatMdxProblems(file: string, problems: readonly MdxProblem[]): string {
  const lines = problems.map(
    (p) => `  ✗ line ${p.line}: ${p.message}\n    ${p.vi}\n    Fix: ${p.fix}`,
  );
  return [
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the story's MDX (allowed components: ${allowedComponentList}).`,
    ...lines,
  ].join('\n');
}

/** Whether an MDX file is content written by editors (not a page or component under src/). */
export function isEditorContent(fileUrl: URL | undefined): boolean {
  if (fileUrl === undefined) return true;
  const path = fileURLToPath(fileUrl).split('\\').join('/');
  return !path.includes('/src/') && !path.includes('/node_modules/');
}

/**
 * A Sätteri mdast plugin entry (a factory, run once per compiled file) that refuses unsafe MDX in
 * content files: it runs {@link checkMdx} on the source Astro is about to compile, and the `layout`
 * front matter key (which would import a component), and throws with every problem, so that
 * `astro dev` and `astro build` stop even when the validation pass was skipped. Returns no plugin
 * otherwise. Register it in astro.config.mjs:
 *
 * ```js
 * import { satteri } from '@astrojs/markdown-satteri';
 * import { mdxSafetyGuard } from './src/lib/mdxSafety/satteriGuard.ts';
 * markdown: { processor: satteri({ mdastPlugins: [mdxSafetyGuard] }) },
 * ```
 */
export const mdxSafetyGuard: MdastPluginEntry = (context: PluginFactoryContext) => {
  if (context.sourceFormat !== 'mdx' || !isEditorContent(context.fileURL)) return null;
  const problems: MdxProblem[] = [...checkMdx(context.source, { frontmatter: true }).problems];
  const astroData = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  if (astroData?.frontmatter?.['layout'] !== undefined) {
    problems.unshift({
      line: 1,
      rule: 'layout',
      message: 'the front matter field "layout" is not allowed: it would load code into the page.',
      vi: 'Lỗi: không được dùng trường "layout" trong phần đầu.',
      fix: 'remove the line "layout: …"; the site chooses the page layout.',
    });
  }
  if (problems.length === 0) return null;
  const file = context.fileURL === undefined ? 'MDX' : fileURLToPath(context.fileURL);
  const first = problems[0];
  // "line:column:" first, so Astro's MDX error points at the place.
  const where = first === undefined ? '' : `${first.line}:${first.column ?? 1}: `;
  throw new Error(`${where}${formatMdxProblems(file, problems)}`);
};
