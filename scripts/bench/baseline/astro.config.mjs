// @ts-check
// The bare-Astro baseline of `npm run bench` (scripts/bench.ts): no integrations, no markdown plugins,
// same output format and the same number of pages rendered at once (`build.concurrency`) as the
// site, so that the ratio to it measures the site's own work, not a setting. Built with the main
// project's node_modules:
// node node_modules/astro/bin/astro.mjs build --root scripts/bench/baseline --outDir /tmp/…
import { defineConfig } from 'astro/config';
import { pagesRenderedAtOnce } from '../../../src/lib/build/pagesAtOnce.ts';

export default defineConfig({
  site: 'https://baseline.example.invalid',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: pagesRenderedAtOnce },
  devToolbar: { enabled: false },
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
