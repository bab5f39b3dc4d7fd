/** The accessibility statement is published and reachable from every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { htmlElements } from '../../src/lib/html/elements';
import { listBuiltPageFiles } from '../../src/lib/site/builtPages';

const distDir = inject('distDir');
const statementPath = '/tuyen-bo-tro-nang/';

describe('Tuyên bố trợ năng', () => {
  test('the statement names the standard and gives a way to report a problem', () => {
    const html = readFileSync(join(distDir, 'tuyen-bo-tro-nang', 'index.html'), 'utf8');
    expect(html).toContain('<h1>Tuyên bố trợ năng</h1>');
    expect(html).toContain('WCAG');
    expect(html).toContain('mức AA');
    const mailto = htmlElements(html).find((e) => e.attributes['href']?.startsWith('mailto:'));
    expect(mailto?.attributes['href']).toMatch(/^mailto:[^@]+@[^@]+$/);
  });

  test('every page links to it', () => {
    const pages = listBuiltPageFiles(distDir);
    const without = pages.filter(
      (f) =>
        !htmlElements(readFileSync(join(distDir, f), 'utf8')).some(
          (e) => e.name === 'a' && e.attributes['href'] === statementPath,
        ),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });
});
