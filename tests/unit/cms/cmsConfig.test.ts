import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import {
  backendFromEnv,
  backendOrigins,
  cmsCollectionNames,
  cmsConfig,
  CmsConfigError,
  collectionOfCmsName,
  newPlanFileProblem,
} from '../../../src/lib/cms/cmsConfig';
import { toSlug } from '../../../src/lib/text/toSlug';
import {
  adminIndexHtml,
  idsIndexOf,
  linkedStylesheets,
  mainScopeAttributes,
} from '../../../src/lib/cms/adminPage';
import { decisionPreview, exemplarPreview } from '../../../src/lib/cms/previewModel';

describe('the editor backend from CMS_* variables', () => {
  test('defaults to GitLab, branch main, editorial workflow, no local backend', () => {
    const backend = backendFromEnv({ CMS_REPO: 'so-noi-vu/thi-dua' });
    expect(backend).toEqual({ name: 'gitlab', repo: 'so-noi-vu/thi-dua', branch: 'main' });
    const config = cmsConfig({ backend });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(config['locale']).toBe('vi');
    expect(config).not.toHaveProperty('local_backend');
    expect(backendOrigins(backend)).toEqual(['https://gitlab.com']);
  });

  test('a self-hosted Forgejo with PKCE login', () => {
    const backend = backendFromEnv({
      CMS_BACKEND: 'forgejo',
      CMS_REPO: 'tdkt/site',
      CMS_API_ROOT: 'https://git.gialai.gov.vn/api/v1',
      CMS_BASE_URL: 'https://git.gialai.gov.vn',
      CMS_APP_ID: 'abc',
    });
    const config = cmsConfig({ backend });
    expect(config['backend']).toMatchObject({
      name: 'forgejo',
      api_root: 'https://git.gialai.gov.vn/api/v1',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(backendOrigins(backend)).toEqual(['https://git.gialai.gov.vn']);
  });

  test('Gitea has no editorial workflow; the local backend publishes directly', () => {
    const gitea = backendFromEnv({
      CMS_BACKEND: 'gitea',
      CMS_API_ROOT: 'https://gitea.x.vn/api/v1',
    });
    expect(cmsConfig({ backend: gitea })).not.toHaveProperty('publish_mode');
    const local = backendFromEnv({ CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1' });
    const config = cmsConfig({ backend: local });
    expect(config['local_backend']).toMatchObject({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config).not.toHaveProperty('publish_mode');
    expect(backendOrigins(local)).toContain('http://127.0.0.1:8081');
  });

  test('wrong values stop the build with the variable named', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/CMS_BACKEND/);
    expect(() => backendFromEnv({ CMS_REPO: 'no slash' })).toThrow(CmsConfigError);
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo' })).toThrow(/CMS_API_ROOT/);
    expect(() => backendFromEnv({ CMS_API_ROOT: 'javascript:alert(1)' })).toThrow(CmsConfigError);
  });

  test('collections write JSON or front matter files with ASCII file names', () => {
    const config = cmsConfig({ backend: backendFromEnv({}) });
    expect(config['slug']).toEqual({
      encoding: 'ascii',
      clean_accents: true,
      sanitize_replacement: '-',
    });
    const collections = config['collections'] as Record<string, unknown>[];
    expect(collections.map((c) => [c['name'], c['folder'], c['extension'], c['format']])).toEqual([
      ['exemplars', 'content/exemplars', 'mdx', 'frontmatter'],
      ['awardDecisions', 'content/award-decisions', 'json', 'json'],
      ['plans', 'content/documents', 'md', 'frontmatter'],
      ['documents', 'content/documents', 'md', 'frontmatter'],
      ['movements', 'content/movements', 'json', 'json'],
      ['organizations', 'content/organizations', 'json', 'json'],
      ['awardForms', 'content/award-forms', 'json', 'json'],
    ]);
  });
});

describe('new plans', () => {
  const collections = cmsConfig({ backend: backendFromEnv({}) })['collections'] as {
    name: string;
    slug: string;
    create: boolean;
    filter?: unknown;
    fields: { name: string; widget: string; default?: unknown }[];
  }[];
  const plans = collections.find((c) => c.name === 'plans');

  test('can be created in "Kế hoạch", which shows plans only and fixes their kind', () => {
    expect(plans).toMatchObject({ create: true, filter: { field: 'kind', value: 'plan' } });
    expect(plans?.fields.find((f) => f.name === 'kind')).toMatchObject({
      widget: 'hidden',
      default: 'plan',
    });
    // Relation pickers still offer every document, not only plans.
    expect(cmsCollectionNames.documents).toBe('documents');
    expect(collectionOfCmsName('plans')).toBe('documents');
  });

  // Decap fills the template with each field's value made ASCII, lower case, other characters "-"
  // (slug: encoding ascii, clean_accents), modelled here by the project's toSlug.
  const numberedPlans = readdirSync('content/documents')
    .filter((f) => f.startsWith('ke-hoach-'))
    .map((file) => {
      const data: Record<string, unknown> = matter(
        readFileSync(join('content/documents', file), 'utf8'),
      ).data;
      return { file, data };
    })
    .filter(({ data }) => newPlanFileProblem(data) === undefined);

  test('the committed plans with a number and a full issue date are the cases below', () => {
    expect(numberedPlans.length).toBeGreaterThanOrEqual(4);
  });

  test.each(numberedPlans)(
    'the file name Decap gives a plan is its id: $file',
    ({ file, data }) => {
      const slug = (plans?.slug ?? '').replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
        toSlug(typeof data[name] === 'string' ? data[name] : ''),
      );
      expect(`${slug}.md`).toBe(file);
    },
  );

  test('every list starts empty, so no half-filled item blocks the save of a new entry', () => {
    type Field = { name: string; widget: string; default?: unknown; fields?: Field[] };
    const lists = (fields: readonly Field[]): Field[] =>
      fields.flatMap((f) => [...(f.widget === 'list' ? [f] : []), ...lists(f.fields ?? [])]);
    const all = lists(collections.flatMap((c) => c.fields as Field[]));
    expect(all.map((f) => f.name)).toContain('distribution');
    expect(all.filter((f) => !Array.isArray(f.default)).map((f) => f.name)).toEqual([]);
  });

  test('a new plan without a number or a full issue date is refused before Decap names its file', () => {
    expect(newPlanFileProblem({ number: '42-KH/ĐU' })).toMatch(/ngày ban hành/);
    expect(newPlanFileProblem({ issued: '2025-02-28' })).toMatch(/số kế hoạch/);
    expect(newPlanFileProblem({ number: '42-KH/ĐU', issued: '2025-02' })).toMatch(/ngày ban hành/);
    expect(newPlanFileProblem({ number: '42-KH/ĐU', issued: '2025-02-28' })).toBeUndefined();
  });
});

describe('the editor page', () => {
  test('is plain HTML in Vietnamese with no inline code, admin.js before decap-cms.js', () => {
    const html = adminIndexHtml(['/_astro/a.css']);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<title>Trình soạn thảo nội dung');
    expect(html).not.toMatch(/<script>|<style|style=/);
    expect(html.indexOf('admin.js')).toBeLessThan(html.indexOf('decap-cms.js'));
    expect(html).toContain('<meta name="preview-style" content="/_astro/a.css" />');
  });

  test('finds the site stylesheets of a built page and indexes ids', () => {
    expect(
      linkedStylesheets(
        '<link rel="stylesheet" href="/_astro/x.css"><link rel="icon" href="/f.svg">',
      ),
    ).toEqual(['/_astro/x.css']);
    expect(
      idsIndexOf([
        { collection: 'exemplars', id: 'b' },
        { collection: 'exemplars', id: 'a' },
      ]).exemplars,
    ).toEqual(['a', 'b']);
  });

  test('previews take the scoped-style attributes of the page content, not of the layout', () => {
    const page = [
      '<header data-astro-cid-layout><h1 data-astro-cid-layout>Trang</h1></header>',
      '<main id="noi-dung" data-astro-cid-layout>',
      '<article class="exemplar" data-astro-cid-story><h1 data-astro-cid-story>A</h1>',
      '<figure data-astro-cid-cover data-astro-cid-story></figure></article>',
      '</main><footer data-astro-cid-layout></footer>',
    ].join('');
    expect(mainScopeAttributes(page)).toEqual(['data-astro-cid-cover', 'data-astro-cid-story']);
    expect(mainScopeAttributes('<p>no main</p>')).toEqual([]);
  });

  test('previews read unfinished entries without failing', () => {
    expect(exemplarPreview({})).toMatchObject({ name: '(chưa có tên)', tags: [] });
    const page = decisionPreview({
      status: 'decided',
      issued: '2026-03-02',
      awardees: [
        { type: 'household', headName: 'Hộ ông A', hamlet: 'Thôn 1', commune: 'Xã B' },
        { type: 'individual', name: 'C', published: false },
      ],
    });
    expect(page.issued).toBe('02/03/2026');
    expect(page.statusLabel).toBe('Đã quyết định');
    expect(page.rows).toEqual([
      {
        typeLabel: 'Hộ gia đình',
        name: 'Hộ ông A',
        detail: 'Thôn 1, Xã B',
        award: '',
        achievement: '',
      },
    ]);
  });
});
