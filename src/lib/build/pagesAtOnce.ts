/**
 * How many pages `astro build` renders at a time (`build.concurrency`), for the site and for the
 * bench's bare-Astro baseline alike, so that the bench's ratio to the baseline measures the site's own
 * work and not a setting.
 *
 * One at a time (Astro's default), the main thread sat idle for 40 % of page generation: each page
 * waits for its own file writes (the page and its incremental-build copy) and for the hash of its
 * Content-Security-Policy, both done off the main thread (CPU profiles at 1k and 10k plans). At 1k
 * plans `astro build` took 58–67 s with 8 instead of 94–110 s with 1, with the same peak memory and
 * byte-identical pages; 2, 4 and 16 were also faster than 1, and 8 gave the fastest run
 * (docs/performance.md, "Calendar feeds and pages rendered at once").
 *
 * Page code shares state between pages only through promises made once per build
 * (src/pages/_oncePerBuild.ts) and synchronous caches, which overlapping renders cannot tear; the
 * share-image cache names its temporary files per call (src/lib/og/render.ts).
 */
export const pagesRenderedAtOnce = 8;
