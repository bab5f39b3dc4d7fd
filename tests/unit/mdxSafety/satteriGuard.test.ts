import { pathToFileURL } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isEditorContent, mdxSafetyGuard } from '../../../src/lib/mdxSafety/satteriGuard';

type Factory = (context: PluginFactoryContext) => unknown;
const guard = mdxSafetyGuard as Factory;

const context = (
  source: string,
  options: {
    file?: string;
    format?: 'mdx' | 'markdown';
    frontmatter?: Record<string, unknown>;
  } = {},
): PluginFactoryContext => ({
  fileURL: pathToFileURL(options.file ?? '/site/content/exemplars/mai.mdx'),
  sourceFormat: options.format ?? 'mdx',
  source,
  data: {
    astro: {
      frontmatter: options.frontmatter ?? {},
      headings: [],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    },
  },
});

describe('the Sätteri guard Astro runs on every MDX file it compiles', () => {
  test('lets a safe story through (adds no plugin)', () => {
    expect(guard(context('Chữ.\n\n<Quote by="A">Lời.</Quote>'))).toBeNull();
  });

  test('stops an unsafe story with the file, the line and the allowed components', () => {
    expect(() => guard(context('\n\n\nimport X from "./x"\n'))).toThrow(
      /^4:1: \/site\/content\/exemplars\/mai\.mdx: 1 problem in the story's MDX \(allowed components: Figure, Gallery, Quote, AwardList\)\.\n {2}✗ line 4: "import" is not allowed/,
    );
  });

  test('stops a story whose front matter names a layout', () => {
    expect(() => guard(context('Chữ.', { frontmatter: { layout: '../x.astro' } }))).toThrow(
      /"layout" is not allowed/,
    );
  });

  test('leaves Markdown documents alone', () => {
    expect(guard(context('Giá {1}', { format: 'markdown' }))).toBeNull();
  });

  test('leaves MDX under src/ (pages written by developers) alone', () => {
    expect(
      guard(context('import X from "./x"', { file: '/site/src/pages/gioi-thieu.mdx' })),
    ).toBeNull();
    expect(isEditorContent(pathToFileURL('/site/content/exemplars/a.mdx'))).toBe(true);
  });
});
