/**
 * axe-core in the real browser, for the accessibility sweep (tests/e2e/accessibility.test.ts): which
 * pages to check (every page type of the built site), how to run axe on a page that has a
 * Content-Security-Policy, and a readable report of every violation at once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listBuiltPageFiles, pagePathOf } from '../../src/lib/site/builtPages';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA, as axe tags them (2.2 added only AA rules that axe can test). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One failed rule on one page, reduced to what a developer needs to find and fix it. */
export interface Violation {
  readonly rule: string;
  readonly impact: ImpactValue | null;
  readonly help: string;
  readonly helpUrl: string;
  /** CSS selectors of the failing elements (axe's own, one per node), with axe's summary of each. */
  readonly nodes: readonly { target: string; summary: string }[];
}

/**
 * Runs axe on the page as it is now (after any interaction) and returns the WCAG 2.2 AA violations.
 *
 * Why `page.evaluate` and not `page.addScriptTag({ content })`: every page carries a
 * Content-Security-Policy meta element (`script-src 'self'`, no inline script), and the browser
 * blocks an inline `<script>` that addScriptTag writes into the page, exactly as it would block an
 * attacker's. `page.evaluate` runs the source through the DevTools protocol (Runtime.evaluate), which
 * the page's policy does not govern, so axe runs on the page exactly as it is served, with its policy
 * in force. A context with `bypassCSP: true` would work too, but it would switch the policy off for
 * the page's own scripts as well and hide a policy that breaks the page.
 */
export async function runAxe(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: [...wcagTags] },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => unknown } }).axe;
    return (await axe.run(document, runOptions)) as AxeResults;
  }, options);
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/**
 * WCAG 1.4.10 Reflow, which axe does not test: at 320 CSS px nothing may make the page scroll
 * sideways (a wide table or diagram scrolls inside its own box instead). Returns one violation naming
 * the outermost elements that stick out, or none.
 */
export async function reflowViolations(page: Page): Promise<Violation[]> {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const sticksOut = (e: Element): boolean => e.getBoundingClientRect().right > width + 1;
    // Inside a box that scrolls or clips sideways, an element sticking out is that box's business.
    const inScrollBox = (e: Element): boolean => {
      for (let p = e.parentElement; p !== null && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const outermost = [...document.querySelectorAll('body *')].filter(
      (e) =>
        sticksOut(e) &&
        e.parentElement !== null &&
        (e.parentElement === document.body || !sticksOut(e.parentElement)) &&
        !inScrollBox(e),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      nodes: outermost.slice(0, 8).map((e) => {
        const classes = (e.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
        return {
          target: `${e.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}`,
          summary: `${String(Math.round(e.getBoundingClientRect().width))} px wide, right edge at ${String(Math.round(e.getBoundingClientRect().right))} px`,
        };
      }),
    };
  });
  if (wide === null) return [];
  return [
    {
      rule: 'reflow',
      impact: 'serious',
      help: `Content must reflow at ${String(wide.width)} px without scrolling sideways (WCAG 1.4.10; the page is ${String(wide.scrollWidth)} px wide)`,
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
      nodes: wide.nodes,
    },
  ];
}

/** The violations of one checked page or state. */
export interface PageReport {
  /** What was checked: a path, or a path and the interaction ("/van-ban/ lọc theo loại"). */
  readonly label: string;
  readonly violations: readonly Violation[];
}

/** Every violation of every page, grouped by page, or '' when there is none. */
export function formatReports(reports: readonly PageReport[]): string {
  const failing = reports.filter((r) => r.violations.length > 0);
  if (failing.length === 0) return '';
  const count = failing.reduce((n, r) => n + r.violations.length, 0);
  const lines = [`${count} axe violation(s) on ${failing.length} page(s):`];
  for (const { label, violations } of failing) {
    lines.push('', `■ ${label}`);
    for (const v of violations) {
      lines.push(`  ✗ ${v.rule} (${v.impact ?? 'no impact'}): ${v.help}`, `    ${v.helpUrl}`);
      for (const node of v.nodes.slice(0, 8)) {
        lines.push(`    • ${node.target}`);
        if (node.summary !== '') lines.push(`      ${node.summary}`);
      }
      if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more element(s)`);
    }
  }
  return lines.join('\n');
}

/** The address paths of every built page (`/van-ban/x/`, `/404.html`), sorted. */
export function builtPages(distDir: string): string[] {
  return listBuiltPageFiles(distDir).map(pagePathOf);
}

/** The `<main>` element of a built page, as HTML. */
export function mainHtml(html: string): string {
  return /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? '';
}

/** The class names a built page uses inside `<main>` (Astro's scoping classes left out). */
export function mainClasses(html: string): Set<string> {
  const main = mainHtml(html);
  const classes = new Set<string>();
  for (const match of main.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) {
      if (name !== '' && !name.startsWith('astro-')) classes.add(name);
    }
  }
  return classes;
}

/**
 * The pages of one type to check: all of a small type; else the first, the last and the longest (the
 * most content: long tables and names are what overflow a phone), then, one at a time, the page that
 * shows the most components (class names) not yet on a chosen page, until every component used by
 * any page of the type is on a chosen page. So a variant that only some pages have (a full plan and a
 * cited stub, a decision with and without awardees) is checked without checking every page.
 */
export function samplePages(
  paths: readonly string[],
  classesOf: (path: string) => Set<string>,
  sizeOf: (path: string) => number,
  smallType = 3,
): string[] {
  if (paths.length <= smallType) return [...paths];
  const longest = [...paths].sort((a, b) => sizeOf(b) - sizeOf(a))[0];
  const chosen = [...new Set([paths[0], paths.at(-1), longest])].filter(
    (p): p is string => p !== undefined,
  );
  const covered = new Set(chosen.flatMap((p) => [...classesOf(p)]));
  for (;;) {
    let best: { path: string; gain: number } | undefined;
    for (const path of paths) {
      if (chosen.includes(path)) continue;
      const gain = [...classesOf(path)].filter((c) => !covered.has(c)).length;
      if (gain > 0 && (best === undefined || gain > best.gain)) best = { path, gain };
    }
    if (best === undefined) return chosen;
    chosen.push(best.path);
    for (const c of classesOf(best.path)) covered.add(c);
  }
}
