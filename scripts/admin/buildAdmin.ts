/**
 * Writes the web editor into a built site's `admin/` folder (docs/decisions/0001-web-editor.md):
 *
 * - `decap-cms.js`, its lazy chunks (`*.decap-cms.js`), WebAssembly files and licence notice, copied
 *   from `node_modules/decap-cms/dist/` (no source maps: they are 60 MB);
 * - `admin.js`: src/scripts/admin/admin.ts bundled with esbuild (one classic script);
 * - `config.yml`: the Decap config generated from the zod schemas (src/lib/cms/cmsConfig.ts), as JSON;
 * - `ids.json`: the ids of every published entry, for the save check's references;
 * - `index.html`: plain HTML, no inline code, with the site's stylesheets for previews;
 * - `scopes.json`: the scoped-style attributes of the exemplar and decision pages, for previews.
 *
 * Called by scripts/build.ts after Pagefind has indexed the site (so the editor is never indexed) and
 * before the swap (so a failure leaves the previous output untouched). The backend comes from the
 * CMS_* environment variables (`backendFromEnv`).
 */
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  adminIndexHtml,
  idsIndexOf,
  linkedStylesheets,
  mainScopeAttributes,
} from '../../src/lib/cms/adminPage';
import { cmsConfig, type CmsBackend } from '../../src/lib/cms/cmsConfig';
import { readContentSources } from '../../src/lib/validation/readContentSources';

/** What the editor is built from. */
export interface AdminBuild {
  /** The built site (the stage folder); `admin/` is written inside it. */
  readonly siteDir: string;
  /** The content folder the site was built from (ids.json). */
  readonly contentDir: string;
  readonly backend: CmsBackend;
  readonly siteUrl?: string;
  /** The project root (node_modules, src). */
  readonly root: string;
}

/** Decap's files to copy: the bundle, its chunks, WebAssembly and licence text, no source maps. */
export const isDecapFile = (name: string): boolean =>
  /^(?:[\w-]+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name);

/**
 * Writes `<siteDir>/admin/`.
 *
 * @returns the number of files written
 * @throws Error when decap-cms is not installed, the content cannot be read, or the bundle fails
 */
export async function buildAdmin(options: AdminBuild): Promise<number> {
  const adminDir = join(options.siteDir, 'admin');
  await mkdir(adminDir, { recursive: true });
  const decapDir = resolve(options.root, 'node_modules/decap-cms/dist');
  const decapFiles = (await readdir(decapDir)).filter(isDecapFile);
  if (!decapFiles.includes('decap-cms.js')) {
    throw new Error(
      `${decapDir} has no decap-cms.js: run npm install (decap-cms is a dev dependency).`,
    );
  }
  await Promise.all(decapFiles.map((f) => copyFile(join(decapDir, f), join(adminDir, f))));

  await build({
    entryPoints: [resolve(options.root, 'src/scripts/admin/admin.ts')],
    outfile: join(adminDir, 'admin.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'error',
  });

  const config = cmsConfig({
    backend: options.backend,
    ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
  });
  await writeFile(join(adminDir, 'config.yml'), `${JSON.stringify(config, null, 2)}\n`);

  const read = await readContentSources(options.contentDir, { rootDir: options.root });
  await writeFile(join(adminDir, 'ids.json'), `${JSON.stringify(idsIndexOf(read.sources))}\n`);

  // The preview pane gets the stylesheets of the home page and of the first exemplar and award
  // decision pages (the pages the previews imitate), each once.
  const pages = ['index.html'];
  for (const folder of ['dien-hinh', 'khen-thuong']) {
    const entries = await readdir(join(options.siteDir, folder), { withFileTypes: true }).catch(
      () => [],
    );
    const first = entries
      .filter((e) => e.isDirectory() && e.name !== 'lay-y-kien')
      .map((e) => e.name)
      .sort()[0];
    if (first !== undefined) pages.push(join(folder, first, 'index.html'));
  }
  const styles = new Set<string>();
  const scopes = new Set<string>();
  for (const page of pages) {
    const html = await readFile(join(options.siteDir, page), 'utf8').catch(() => '');
    for (const href of linkedStylesheets(html)) styles.add(href);
    if (page !== 'index.html') for (const name of mainScopeAttributes(html)) scopes.add(name);
  }
  await writeFile(join(adminDir, 'index.html'), adminIndexHtml([...styles]));
  await writeFile(join(adminDir, 'scopes.json'), `${JSON.stringify([...scopes].sort())}\n`);
  return decapFiles.length + 5;
}
