// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxSafetyGuard } from './src/lib/mdxSafety/satteriGuard.ts';
import {
  metaDirectivesFor,
  scriptSources,
  styleSources,
} from './src/lib/security/contentSecurityPolicy.ts';
import { portalOrigins, portalShardsFromEnv } from './src/lib/shard/portalShards.ts';

/** The public address the site is served from; override with SITE_URL at build time. */
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn';

/** A national portal (PORTAL_SHARDS) fetches its shards' search indexes: their origins join connect-src. */
const connectOrigins = portalOrigins(portalShardsFromEnv(process.env));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets and scripts stay files (never inlined into the page), so every page has the same
  // Content-Security-Policy and one HTTP header (dist/_headers) can carry it for the whole site.
  // `concurrency`: Astro renders 8 pages at a time instead of 1. A page's render waits on the disk
  // (writing the page and its incremental-build copy) and on a CSP hash computed off the main thread;
  // one at a time, the main thread sat idle for 40 % of page generation (CPU profiles, 1k and 10k).
  // At 1k plans `astro build` took 58–67 s instead of 94–110 s, with the same peak memory and
  // byte-identical pages. Page modules share state only through promises made once per build
  // (src/pages/_oncePerBuild.ts) and synchronous caches, which overlapping renders cannot tear.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: metaDirectivesFor({ connectOrigins }),
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  integrations: [mdx()],
  // Stories written by editors may use only allowlisted components: the guard stops `astro dev` and
  // `astro build` on unsafe MDX even when the validation pass (scripts/build.ts) was skipped.
  markdown: { processor: satteri({ mdastPlugins: [mdxSafetyGuard] }) },
  devToolbar: { enabled: false },
  // A rebuild copies the pages whose code and data are unchanged from the previous build (kept in
  // cacheDir) instead of rendering them again: document, decision, organization, honour-board and
  // responsibility pages return a `cacheKey` (src/lib/build/incremental.ts says what it covers).
  // Experimental in Astro 7; with it off every page is rendered as before.
  // Not `collectionStorage: 'chunked'` (Astro 7.1+), though one string for the whole content store
  // stopped a 50,000-plan build: chunked, that build synced content in 12 min instead of 4 (Astro
  // encodes the store character by character to cut it) and then ran out of the machine's 24 GiB
  // anyway. At that rate it would add about 1.5 min to the 10,000-plan build, which takes 14.5 of its
  // 15 min (an estimate, not measured; docs/performance.md, "50k").
  experimental: { incrementalBuild: true },
  // Separate caches let several builds (tests, fixtures, the real site) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
