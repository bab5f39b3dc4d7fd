/**
 * The security policy as a browser enforces it: one page of every type opens
 * with no Content-Security-Policy violation, no console error and no request to another origin, and
 * code slipped into a page as an inline script does not run.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  groupByPageType,
  listBuiltPageFiles,
  pagePathOf,
  pageRoutes,
  readPageRouteFiles,
} from '../../src/lib/site/builtPages';
import { launchBrowser, openWatched } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

const builtPages = listBuiltPageFiles(inject('distDir')).map(pagePathOf);
/** The first page of every page type (the accessibility sweep visits more of each). */
const sample = [
  ...groupByPageType(builtPages, pageRoutes(readPageRouteFiles('src/pages'))).values(),
].flatMap((paths) => paths.slice(0, 1));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('in the browser, under the Content-Security-Policy', () => {
  test('one page of every type opens with no violation, no error and no third-party request', async () => {
    expect(sample.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const path of sample) {
      const watched = await openWatched(browser, `${baseUrl}${path}`);
      problems.push(...watched.problems.map((p) => `${path}: ${p}`));
      await watched.page.close();
    }
    // The 404 page is served with status 404 on purpose.
    expect(problems.filter((p) => !p.startsWith('/404.html: HTTP 404'))).toEqual([]);
  });

  test('an inline script injected into a page is blocked and reported, not run', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const outcome = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve(event.violatedDirective);
        });
      });
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran";';
      document.head.append(script);
      const directive = await reported;
      return { directive, ran: document.body.dataset['injected'] ?? 'blocked' };
    });
    expect(outcome).toEqual({ directive: 'script-src-elem', ran: 'blocked' });
    await page.close();
  });
});
