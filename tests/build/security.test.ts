/**
 * The built site's security promises, checked on every page: the same Content-Security-Policy meta on
 * every page (no inline script allowed), nothing in the markup that such a policy would block or that
 * runs code (inline scripts, event-handler attributes, style attributes, javascript: links), nothing
 * loaded from other origins, and the policy also shipped as a header file for static hosts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlElements, isDataBlockScript } from '../../src/lib/html/elements';
import { listBuiltPageFiles } from '../../src/lib/site/builtPages';
import { backendFromEnv, backendOrigins } from '../../src/lib/cms/cmsConfig';
import {
  headerPolicy,
  readMetaPolicy,
  staticHostHeaders,
} from '../../src/lib/security/contentSecurityPolicy';

const distDir = inject('distDir');
let pages: { file: string; html: string }[] = [];

beforeAll(() => {
  pages = listBuiltPageFiles(distDir).map((file) => ({
    file,
    html: readFileSync(join(distDir, file), 'utf8'),
  }));
});

/** Attributes that load something, per element. */
const loadingAttributes: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
};
const loadingLinkRels = ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'prefetch'];

describe('Content-Security-Policy on every built page', () => {
  test('the build produced pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test('every page carries the same policy, which allows no inline script and nothing from elsewhere', () => {
    const policies = new Set<string>();
    const missing: string[] = [];
    for (const { file, html } of pages) {
      const policy = readMetaPolicy(html);
      if (policy === null) missing.push(file);
      else policies.add(JSON.stringify([...policy.entries()]));
    }
    expect(missing, 'pages without a CSP meta element').toEqual([]);
    expect(policies.size, 'different policies on different pages').toBe(1);
    const policy = readMetaPolicy(pages[0]?.html ?? '');
    const scriptSrc = policy?.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy?.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy?.get('object-src')).toEqual(["'none'"]);
    for (const sources of policy?.values() ?? []) {
      for (const source of sources) expect(source).not.toMatch(/^(https?:|\*)/);
    }
  });

  test('no page has inline code, event-handler or style attributes, or javascript: links', () => {
    const found: string[] = [];
    for (const { file, html } of pages) {
      for (const element of htmlElements(html)) {
        if (
          element.name === 'script' &&
          !isDataBlockScript(element) &&
          !('src' in element.attributes)
        )
          found.push(`${file}: inline <script>`);
        if (element.name === 'style') found.push(`${file}: inline <style>`);
        for (const [name, value] of Object.entries(element.attributes)) {
          if (/^on/i.test(name)) found.push(`${file}: <${element.name} ${name}>`);
          if (name === 'style') found.push(`${file}: <${element.name} style="${value}">`);
          if (/^\s*javascript:/i.test(value))
            found.push(`${file}: <${element.name} ${name}="${value}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('JSON-LD blocks are data only: they parse as JSON and contain no "<" a browser could read as a tag', () => {
    let blocks = 0;
    for (const { file, html } of pages) {
      for (const element of htmlElements(html).filter(isDataBlockScript)) {
        blocks += 1;
        expect(element.attributes['type'], file).toBe('application/ld+json');
        expect(() => JSON.parse(element.text) as unknown, file).not.toThrow();
        expect(element.text, file).not.toContain('<');
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  test('no page loads anything from another origin', () => {
    const found: string[] = [];
    const foreign = (value: string): boolean =>
      value.split(',').some((part) => /^\s*(https?:)?\/\//i.test(part));
    for (const { file, html } of pages) {
      for (const element of htmlElements(html)) {
        const attributes =
          element.name === 'link' &&
          (element.attributes['rel'] ?? '').split(/\s+/).some((r) => loadingLinkRels.includes(r))
            ? ['href']
            : (loadingAttributes[element.name] ?? []);
        for (const name of attributes) {
          const value = element.attributes[name];
          if (value !== undefined && foreign(value))
            found.push(`${file}: <${element.name} ${name}="${value}">`);
        }
      }
    }
    for (const css of readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(distDir, '_astro', css), 'utf8');
      for (const match of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/gi))
        found.push(`_astro/${css}: url(${match[1] ?? ''})`);
      if (/@import\s/i.test(text)) found.push(`_astro/${css}: @import`);
    }
    expect(found).toEqual([]);
  });

  test('the policy also ships as an HTTP header file for static hosts (Netlify, Cloudflare Pages)', () => {
    const file = readFileSync(join(distDir, '_headers'), 'utf8');
    // The build's editor backend (CMS_* variables; GitLab by default) sets the /admin/* block.
    expect(file).toBe(
      staticHostHeaders({ adminOrigins: backendOrigins(backendFromEnv(process.env)) }),
    );
    // The header is the meta policy without Astro's hashes, plus what only a header can say.
    const meta = readMetaPolicy(pages[0]?.html ?? '');
    for (const [name, sources] of meta ?? []) {
      const kept = sources.filter((s) => !s.startsWith("'sha"));
      expect(headerPolicy()).toContain(`${name} ${kept.join(' ')}`);
    }
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
  });
});
