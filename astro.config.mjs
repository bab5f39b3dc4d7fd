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
import { pagesRenderedAtOnce } from './src/lib/build/pagesAtOnce.ts';

/** The public address the site is served from; override with SITE_URL at build time. */
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn';

/** A national portal (PORTAL_SHARDS) fetches its shards' search indexes: their origins join connect-src. */
const connectOrigins = portalOrigins(portalShardsFromEnv(process.env));

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets and scripts stay files (never inlined into the page), so every page has the same
  // Content-Security-Policy and one HTTP header (dist/_headers) can carry it for the whole site.
  // `concurrency`: pages rendered at a time (src/lib/build/pagesAtOnce.ts says why 8).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: pagesRenderedAtOnce },
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
  // anyway. At that rate it would add about 1.5 min to the 10,000-plan build (9 of its 15 min) and
  // buy nothing: 50,000 plans are built as province sites (an estimate, not measured;
  // docs/performance.md, "50k").
  experimental: { incrementalBuild: true },
  // Separate caches let several builds (tests, fixtures, the real site) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
