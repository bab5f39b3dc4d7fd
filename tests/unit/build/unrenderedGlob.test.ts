import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { glob } from 'astro/loaders';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { unrenderedGlob } from '../../../src/lib/build/unrenderedGlob';

/** What Astro's glob loader writes into the content store for one entry. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

const plan = `---
title: Kế hoạch 42-KH/ĐU
---

## I. MỤC ĐÍCH, YÊU CẦU

Đẩy mạnh phong trào thi đua.
`;

/**
 * A project with one plan in `content/documents/`, and the context Astro hands a loader: a store that
 * keeps what is set, and a Markdown entry type that renders like Astro's (frontmatter read with
 * gray-matter, a render function that returns HTML).
 */
function fixture(options: { entryTypes: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'unrendered-glob-'));
  mkdirSync(join(root, 'content', 'documents'), { recursive: true });
  writeFileSync(join(root, 'content', 'documents', 'ke-hoach-42.md'), plan);
  const stored = new Map<string, StoredEntry>();
  const moduleImports: string[] = [];
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }: { contents: string }) => {
      const parsed = matter(contents);
      return { data: parsed.data, body: parsed.content, slug: '', rawData: parsed.matter };
    },
    getRenderFunction: () => Promise.resolve(() => Promise.resolve({ html: '<p>rendered</p>' })),
    contentModuleTypes: 'declare module "*.md" {}',
  };
  const context = {
    collection: 'documents',
    store: {
      keys: () => [...stored.keys()],
      get: (id: string) => stored.get(id),
      set: (entry: StoredEntry) => {
        stored.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => stored.delete(id),
      addModuleImport: (path: string) => moduleImports.push(path),
      addAssetImports: () => undefined,
    },
    meta: new Map(),
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    config: {
      root: pathToFileURL(`${root}/`),
      srcDir: pathToFileURL(`${root}/src/`),
      prerenderConflictBehavior: 'warn',
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (value: unknown) => String(JSON.stringify(value).length),
    ...(options.entryTypes ? { entryTypes: new Map([['.md', markdown]]) } : {}),
  } as unknown as LoaderContext;
  return { context, stored, base: join(root, 'content', 'documents') };
}

describe('unrenderedGlob', () => {
  test("keeps a plan's frontmatter and Markdown body but renders nothing and makes no module", async () => {
    const { context, stored, base } = fixture({ entryTypes: true });
    await unrenderedGlob({ pattern: '**/*.md', base }).load(context);
    const entry = stored.get('ke-hoach-42');
    expect(entry?.data).toEqual({ title: 'Kế hoạch 42-KH/ĐU' });
    expect(entry?.body).toContain('Đẩy mạnh phong trào thi đua.');
    expect(entry?.rendered).toBeUndefined();
    expect(entry?.deferredRender).toBeUndefined();
  });

  test("where Astro's own glob, in the same project, renders the plan or defers it to a module", async () => {
    const rendered = fixture({ entryTypes: true });
    await glob({ pattern: '**/*.md', base: rendered.base }).load(rendered.context);
    expect(rendered.stored.get('ke-hoach-42')?.rendered?.html).toBe('<p>rendered</p>');

    const deferred = fixture({ entryTypes: true });
    await glob({ pattern: '**/*.md', base: deferred.base, deferRender: true }).load(
      deferred.context,
    );
    expect(deferred.stored.get('ke-hoach-42')?.deferredRender).toBe(true);
  });

  test('stops with the reason when Astro no longer hands loaders their entry types', async () => {
    const { context, base } = fixture({ entryTypes: false });
    await expect(unrenderedGlob({ pattern: '**/*.md', base }).load(context)).rejects.toThrow(
      /does not hand loaders their entryTypes, so Markdown would be rendered/,
    );
  });
});
