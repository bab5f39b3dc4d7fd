// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public address the site is served from; override with SITE_URL at build time. */
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Separate caches let several builds (tests, fixtures, the real site) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
