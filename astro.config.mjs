// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxSafetyGuard } from './src/lib/mdxSafety/satteriGuard.ts';
import {
  metaDirectives,
  scriptSources,
  styleSources,
} from './src/lib/security/contentSecurityPolicy.ts';

/** The public address the site is served from; override with SITE_URL at build time. */
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets and scripts stay files (never inlined into the page), so every page has the same
  // Content-Security-Policy and one HTTP header (dist/_headers) can carry it for the whole site.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  security: {
    csp: {
      directives: [...metaDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  integrations: [mdx()],
  // Stories written by editors may use only allowlisted components: the guard stops `astro dev` and
  // `astro build` on unsafe MDX even when the validation pass (scripts/build.ts) was skipped.
  markdown: { processor: satteri({ mdastPlugins: [mdxSafetyGuard] }) },
  devToolbar: { enabled: false },
  // Separate caches let several builds (tests, fixtures, the real site) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
