// @ts-check
// The bare-Astro baseline of `npm run bench` (scripts/bench.ts): no integrations, no markdown plugins,
// same output format as the site. Built with the main project's node_modules:
// node node_modules/astro/bin/astro.mjs build --root scripts/bench/baseline --outDir /tmp/…
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.invalid',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
