/**
 * The project's script of the web editor (`dist/admin/admin.js`, bundled by scripts/admin/buildAdmin.ts
 * with esbuild as one classic script, no inline code). `index.html` loads it before Decap's
 * `decap-cms.js`, so it can ask for manual start-up, then on DOMContentLoaded it:
 *
 * 1. reads `config.yml` (the generated config, src/lib/cms/cmsConfig.ts) and `ids.json`;
 * 2. registers the site's stylesheets and preview templates for exemplars and award decisions;
 * 3. registers the `preSave` check (src/lib/cms/checkEntry.ts): a save with problems is refused with
 *    the messages of `npm run check:content`;
 * 4. calls `CMS.init`.
 */
import type { CollectionName } from '../../schemas/shared/idReference';
import {
  cmsCollectionNames,
  collectionOfCmsName,
  collectionSpecs,
  newPlanFileProblem,
} from '../../lib/cms/cmsConfig';
import {
  checkEntry,
  dataToSave,
  entryProblemsMessage,
  type IdsIndex,
} from '../../lib/cms/checkEntry';
import { decisionPreview, exemplarPreview } from '../../lib/cms/previewModel';

/** The parts of an Immutable.js map this script reads (Decap's entries are Immutable maps). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  remove(key: string): ImmutableMap;
  toJS(): Record<string, unknown>;
}

type Child = unknown;
type CreateElement = (
  type: unknown,
  props?: Record<string, unknown> | null,
  ...children: Child[]
) => unknown;

interface PreviewProps {
  readonly entry: ImmutableMap;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | string;
}

interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

window.CMS_MANUAL_INIT = true;

/** `content/exemplars/<slug>.mdx`, or the folder for an entry without a file name yet. */
function fileOf(collection: CollectionName, entry: ImmutableMap): { file: string; id?: string } {
  const spec = collectionSpecs.find((s) => s.collection === collection);
  const slug = entry.get('slug');
  const path = entry.get('path');
  if (typeof path === 'string' && path !== '' && typeof slug === 'string' && slug !== '') {
    return { file: path, id: slug };
  }
  return { file: `${spec?.folder ?? 'content'}/(tệp mới).${spec?.extension ?? 'json'}` };
}

function preSave(ids: IdsIndex) {
  return ({ entry }: { entry: ImmutableMap }): ImmutableMap => {
    const collection = collectionOfCmsName(entry.get('collection'));
    if (collection === undefined) return entry.get('data') as ImmutableMap;
    const raw = (entry.get('data') as ImmutableMap).toJS();
    const { body, ...fields } = raw;
    const isNew = entry.get('newRecord') === true;
    const planProblem =
      isNew && entry.get('collection') === 'plans' ? newPlanFileProblem(fields) : undefined;
    if (planProblem !== undefined) throw new Error(planProblem);
    const data = dataToSave(collection, fields);
    const problems = checkEntry(
      {
        collection,
        ...fileOf(collection, entry),
        data,
        ...(typeof body === 'string' ? { body } : {}),
      },
      { ids, today: new Date() },
    );
    if (problems.length > 0) throw new Error(entryProblemsMessage(problems));
    // Decap applies the returned data: emptied optional fields are left out of the file.
    let saved = entry.get('data') as ImmutableMap;
    for (const key of Object.keys(raw)) {
      if (key === 'body') continue;
      saved = key in data ? saved.set(key, data[key]) : saved.remove(key);
    }
    return saved;
  };
}

function exemplarTemplate(h: CreateElement) {
  return (props: PreviewProps): unknown => {
    const data = (props.entry.get('data') as ImmutableMap).toJS();
    const page = exemplarPreview(data);
    const src = page.coverImage === '' ? '' : String(props.getAsset(page.coverImage));
    return h(
      'main',
      { id: 'noi-dung' },
      h(
        'article',
        { className: 'exemplar' },
        h(
          'header',
          { className: 'exemplar__header' },
          h('p', { className: 'exemplar__kind' }, h('span', { className: 'tag' }, page.kindLabel)),
          h('h1', null, page.name),
          h('p', { className: 'exemplar__place' }, page.placeLabel),
        ),
        src === ''
          ? null
          : h(
              'figure',
              { className: 'exemplar-cover' },
              h('img', { className: 'exemplar-cover__photo', src, alt: page.coverAlt }),
              h(
                'figcaption',
                null,
                h('span', null, page.credit),
                page.licence === '' ? null : h('span', null, `Giấy phép: ${page.licence}`),
              ),
            ),
        h('div', { className: 'exemplar__story' }, props.widgetFor('body')),
        page.tags.length === 0
          ? null
          : h(
              'p',
              { className: 'exemplar__tags' },
              ...page.tags.map((t) => h('span', { className: 'tag', key: t }, t)),
            ),
      ),
    );
  };
}

function decisionTemplate(h: CreateElement) {
  return (props: PreviewProps): unknown => {
    const page = decisionPreview((props.entry.get('data') as ImmutableMap).toJS());
    return h(
      'main',
      { id: 'noi-dung' },
      h(
        'article',
        { className: 'document award-decision' },
        h(
          'header',
          { className: 'document__header' },
          h(
            'h1',
            { className: 'document__title' },
            h('span', { className: 'document__name' }, `Quyết định ${page.number}`),
            ' ',
            h('span', { className: 'document__subject' }, page.title),
          ),
          h('p', { className: 'document__byline' }, [page.statusLabel, page.issued].join(' · ')),
        ),
        h(
          'section',
          { 'aria-labelledby': 'danh-sach' },
          h('h2', { id: 'danh-sach' }, 'Danh sách được khen thưởng'),
          h(
            'div',
            { className: 'awardee-table' },
            h(
              'table',
              { className: 'awardee-table__table' },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ...[
                    'Họ tên, tên tập thể',
                    'Chức vụ, đơn vị',
                    'Hình thức khen thưởng',
                    'Thành tích',
                  ].map((label) => h('th', { scope: 'col', key: label }, label)),
                ),
              ),
              h(
                'tbody',
                null,
                ...page.rows.map((row, index) =>
                  h(
                    'tr',
                    { key: String(index) },
                    h('th', { scope: 'row', className: 'awardee-table__cell--name' }, row.name),
                    h('td', null, row.detail),
                    h('td', null, row.award),
                    h('td', null, row.achievement),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };
}

/**
 * `h` that puts the pages' scoped-style attributes (scopes.json, `mainScopeAttributes`) on every
 * element, so the components' scoped rules style the preview as they style the page.
 */
function withScopeAttributes(h: CreateElement, names: readonly string[]): CreateElement {
  const attributes = Object.fromEntries(names.map((name) => [name, '']));
  return (type, props, ...children) => h(type, { ...attributes, ...props }, ...children);
}

async function readJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`Không tải được ${url} (HTTP ${String(response.status)}).`);
  return response.json() as Promise<unknown>;
}

async function start(): Promise<void> {
  const cms = window.CMS;
  const h = window.h;
  if (cms === undefined || h === undefined) {
    throw new Error('Không tải được Decap CMS (decap-cms.js): trình soạn thảo không chạy được.');
  }
  const [config, ids, scopes] = await Promise.all([
    readJson('config.yml'),
    readJson('ids.json'),
    readJson('scopes.json'),
  ]);
  const scoped = withScopeAttributes(h, Array.isArray(scopes) ? scopes.map(String) : []);
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="preview-style"]')) {
    cms.registerPreviewStyle(meta.content);
  }
  cms.registerPreviewTemplate(cmsCollectionNames.exemplars, exemplarTemplate(scoped));
  cms.registerPreviewTemplate(cmsCollectionNames.awardDecisions, decisionTemplate(scoped));
  cms.registerEventListener({ name: 'preSave', handler: preSave(ids as IdsIndex) });
  cms.init({ config: { ...(config as Record<string, unknown>), load_config_file: false } });
}

document.addEventListener('DOMContentLoaded', () => {
  start().catch((error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = error instanceof Error ? error.message : String(error);
    document.body.append(message);
  });
});
