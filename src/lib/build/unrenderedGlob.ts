import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/** What Astro's glob loader reads from its context besides the public `LoaderContext` fields. */
interface ContentEntryTypeLike {
  getRenderFunction?: unknown;
  contentModuleTypes?: unknown;
  [field: string]: unknown;
}
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryTypeLike> };

/**
 * Astro's `glob` loader for Markdown that no page renders with `render()`: each entry keeps its
 * frontmatter (`data`, validated by the collection's schema) and its raw Markdown (`body`), and is
 * neither rendered to HTML while syncing nor turned into a module for the Vite build.
 *
 * Why: plan pages render a plan's body with parsePlanBody (src/lib/documents/), never with Astro's
 * Markdown pipeline. Astro's `glob` offers two ways for Markdown, both wasted here:
 * - rendered while syncing: at 1,000 plans the HTML was 37 % of the content store
 *   (docs/performance.md, "50k");
 * - `deferRender: true`: every file becomes a module that Vite compiles, 2 min 2 s of a
 *   10,000-plan `astro build` (12 s at 1,000; measured 2026-11-22, docs/performance.md, "Where a
 *   10k build's time goes").
 *
 * How: the loader is Astro's own `glob`, given entry types without a render function, so it takes its
 * branch for data files (JSON, YAML). `entryTypes` is not in Astro's public `LoaderContext` type;
 * when an Astro upgrade stops passing it, this throws rather than silently going back to rendering
 * (tests/unit/build/unrenderedGlob.test.ts runs Astro's real `glob` through it).
 *
 * @param options the same options as Astro's `glob` (pattern, base, generateId, retainBody)
 * @returns a loader named `unrendered-glob`; `render(entry)` on its entries gives an empty `Content`
 * @throws Error at content sync when Astro no longer hands loaders their `entryTypes`
 */
export function unrenderedGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'unrendered-glob',
    load: async (context: LoaderContext) => {
      const { entryTypes } = context as GlobContext;
      if (entryTypes === undefined) {
        throw new Error(
          `unrenderedGlob (collection "${context.collection}"): this Astro version does not hand loaders their entryTypes, so Markdown would be rendered; see src/lib/build/unrenderedGlob.ts.`,
        );
      }
      const unrendered = new Map(
        [...entryTypes].map(([extension, entryType]) => {
          const rest = { ...entryType };
          delete rest.getRenderFunction;
          delete rest.contentModuleTypes;
          return [extension, rest];
        }),
      );
      await inner.load({ ...context, entryTypes: unrendered } as GlobContext);
    },
  };
}
