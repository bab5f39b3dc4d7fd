/**
 * Every link of every built page leads somewhere (tests/setup/global-build.ts builds the site into
 * `inject('distDir')`): `<a href>`, `<link href>` (stylesheets, icons, feeds, canonical), images and
 * their `srcset`, scripts, form actions and the share-card `<meta>` addresses (`og:image`, `og:url`,
 * `twitter:image`) on the site's own origin, files (.csv, .json, .ics, .xml, .png …) included, and every
 * `#fragment` names an element of its target page. Links to other sites, `mailto:` and `tel:` are
 * listed, never fetched. The checker is src/lib/audit/checkSite.ts (unit tests in tests/unit/audit/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, inject, test } from 'vitest';
import { checkSite, type BrokenLink, type SiteFiles } from '../../src/lib/audit/checkSite';
import { extractLinks } from '../../src/lib/audit/extractLinks';
import { scanHtml } from '../../src/lib/audit/scanHtml';

const distDir = inject('distDir');
/** The site's address, as astro.config.mjs reads it (same environment variable, same default). */
const siteUrl = new URL(process.env['SITE_URL'] ?? 'https://thiduakhenthuong.example.vn');

/** Every file of the build, relative, `/`-separated, sorted. */
function builtFiles(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(distDir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

function readSite(): SiteFiles {
  const files = builtFiles();
  const pages = new Map(
    files
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, readFileSync(join(distDir, f), 'utf8')]),
  );
  return { files: new Set(files), pages };
}

const site = readSite();
const report = checkSite(site, siteUrl);

/** One line per broken address and reason, with the pages it is on (the first few, then a count). */
function describeBroken(broken: readonly BrokenLink[]): string {
  const groups = new Map<string, string[]>();
  for (const b of broken) {
    const key = `${b.source} "${b.href}": ${b.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), b.page]);
  }
  return [...groups]
    .map(([key, pages]) => {
      const shown = pages.slice(0, 5).join(', ');
      const more = pages.length > 5 ? ` and ${String(pages.length - 5)} more` : '';
      return `- ${key}\n    on ${shown}${more}`;
    })
    .join('\n');
}

test('the build has pages, and the checker finds and checks their links', () => {
  expect(site.pages.size).toBeGreaterThan(100);
  // Every page links at least to the home page and its own stylesheet: a checker that found nothing
  // would pass every other test here.
  expect(report.checkedInternal).toBeGreaterThan(site.pages.size * 10);
});

test('the home page says it lives at SITE_URL, so absolute links to the site are checked too', () => {
  const home = extractLinks(scanHtml(site.pages.get('index.html') ?? ''));
  const canonical = home.find((l) => l.source === 'link[rel=canonical]');
  expect(canonical?.href).toBe(new URL('/', siteUrl).href);
});

test('every internal link, image, script, form and share-card address leads to a built file, and every #fragment to an element', () => {
  const count = String(report.broken.length);
  // The message lists every broken link; the count keeps the assertion itself short.
  expect(
    report.broken.length,
    `${count} broken links (where "address": why, then the pages):\n${describeBroken(report.broken)}\n`,
  ).toBe(0);
});

test('links to other sites, e-mail and phone are listed, not fetched', () => {
  const urls = [...new Set(report.external.map((l) => l.url))].sort();
  console.info(
    `Links to other sites (not fetched, ${String(urls.length)}):\n${urls.map((u) => `  ${u}`).join('\n')}`,
  );
  for (const url of urls) expect(url).not.toMatch(new RegExp(`^${siteUrl.origin}`));
});
