/**
 * `npm run page-weight [-- <folder>]`: the first-visit weight of every built page (HTML + CSS + JS,
 * images and the search index excluded), one row per page type with its heaviest page, compared with
 * the budgets in src/lib/pageWeight/budgets.ts. Reads `dist/` (or OUT_DIR, or the folder given) after
 * `npm run build`. Prints figures and marks what is over budget; it does not fail (sizes are reported
 * by the benchmark, the build tests check which pages may run JavaScript).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePage, weightByType, type PageWeight } from '../src/lib/pageWeight/pageWeight';
import {
  listBuiltPageFiles,
  pageRoutes,
  pageType,
  readPageRouteFiles,
} from '../src/lib/site/builtPages';
import {
  islandBudgetGzipBytes,
  pageBudgetGzipBytes,
  scriptIslands,
} from '../src/lib/pageWeight/budgets';

/**
 * Measures every HTML page under `dir`, typed by the routes of this project's src/pages.
 *
 * @throws Error when the folder does not exist or a page links a file that is not there
 */
export async function measureSite(dir: string): Promise<PageWeight[]> {
  const files = listBuiltPageFiles(dir);
  const readAsset = (sitePath: string): Uint8Array =>
    readFileSync(join(dir, decodeURIComponent(sitePath)));
  const routes = pageRoutes(readPageRouteFiles('src/pages'));
  const typeOf = (path: string): string => pageType(path, routes);
  const pages: PageWeight[] = [];
  for (const file of files) {
    pages.push(await measurePage(file, readFileSync(join(dir, file), 'utf8'), readAsset, typeOf));
  }
  return pages;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The table as text: one row per page type. */
export function formatWeights(pages: readonly PageWeight[]): string {
  const header = ['Page type', 'pages', 'HTML', 'CSS', 'JS', 'total', 'budget', 'heaviest page'];
  const rows = weightByType(pages).map((t) => {
    const island = scriptIslands[t.type];
    const overJs =
      island === undefined ? t.heaviest.js.gzip > 0 : t.heaviest.js.gzip > islandBudgetGzipBytes;
    const over = t.totalGzip > pageBudgetGzipBytes || overJs;
    return [
      t.type,
      String(t.pages),
      kb(t.heaviest.html.gzip),
      kb(t.heaviest.css.gzip),
      kb(t.heaviest.js.gzip),
      kb(t.totalGzip),
      over ? 'OVER' : 'ok',
      t.heaviest.path,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const last = header.length - 1;
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) =>
        i === last ? c : i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ');
  return [
    'Page weight, first visit, KB gzip (heaviest page of each type; images and search index excluded)',
    `Budget: ${kb(pageBudgetGzipBytes)} KB per page; JavaScript only on ${Object.keys(scriptIslands).length} page types, at most ${kb(islandBudgetGzipBytes)} KB each.`,
    '',
    line(header),
    ...rows.map(line),
  ].join('\n');
}

const isMain = import.meta.url === `file://${process.argv[1] ?? ''}`;
if (isMain) {
  const dir = resolve(process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');
  try {
    console.log(formatWeights(await measureSite(dir)));
  } catch (error) {
    console.error(
      `✗ Could not measure ${dir}: ${error instanceof Error ? error.message : String(error)}\n  Build the site first: npm run build`,
    );
    process.exitCode = 1;
  }
}
