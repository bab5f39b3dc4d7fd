/**
 * The Decap CMS configuration of the web editor at /admin (docs/decisions/0001-web-editor.md),
 * generated from the collections' zod schemas, never written by hand. The build writes it to
 * `dist/admin/config.yml` (JSON, which is valid YAML); `admin.js` loads it and calls `CMS.init`.
 *
 * Pure: no `astro:*` import, no file system, no clock. Environment variables are read by
 * {@link backendFromEnv} from the object it is given.
 */
import type { z } from 'astro/zod';
import { awardFormSchema } from '../../schemas/awardForms';
import {
  decidedDecisionSchema,
  proposedDecisionSchema,
  revokedDecisionSchema,
} from '../../schemas/awardDecisions';
import { fullDocumentSchema, referencedDocumentSchema } from '../../schemas/documents';
import { exemplarFileSchema } from '../../schemas/exemplars';
import { movementSchema } from '../../schemas/movements';
import { organizationSchema } from '../../schemas/organizations';
import type { CollectionName } from '../../schemas/shared/idReference';
import {
  awardClassLabels,
  awardDecisionStatusLabels,
  awardFormGroupLabels,
  awardeeTypeLabels,
  commendationTypeLabels,
} from '../awards/awardTerms';
import { kindInfo } from '../documents/documentKinds';
import { toSlug } from '../text/toSlug';
import { exemplarKindLabels, photoPeopleLabels } from '../exemplars/exemplarTerms';
import { milestoneLabels } from '../format/labels';
import { scopeLabels } from '../movements/movementModel';
import { branchLabels, levelLabels } from '../organizations/organizationTerms';
import { objectFields, unionFields, type CmsField, type FieldOptions } from './schemaFields';

/** Git forges the editor can save to (Decap CMS backends). */
export const cmsBackends = ['gitlab', 'github', 'forgejo', 'gitea'] as const;
export type CmsBackendName = (typeof cmsBackends)[number];

/**
 * Backends with an editorial workflow (draft → review → publish as branches and merge requests).
 * Decap's Gitea backend throws when `publish_mode: editorial_workflow` is set (decision 0001).
 */
export const workflowBackends: ReadonlySet<CmsBackendName> = new Set([
  'gitlab',
  'github',
  'forgejo',
]);

/** Where the editor saves: the Decap `backend` block, and the local decap-server when used. */
export interface CmsBackend {
  readonly name: CmsBackendName;
  /** `owner/name` of the repository. */
  readonly repo: string;
  readonly branch: string;
  /** The forge's web address (OAuth), e.g. `https://gitlab.example.vn`; absent for the default. */
  readonly baseUrl?: string;
  /** The forge's API address, e.g. `https://gitlab.example.vn/api/v4`; absent for the default. */
  readonly apiRoot?: string;
  /** OAuth application id (GitLab, Gitea, Forgejo PKCE login). */
  readonly appId?: string;
  /** decap-server's API (`http://127.0.0.1:8081/api/v1`) for local editing and tests; never in production. */
  readonly localBackendUrl?: string;
}

/** A CMS_* environment variable that is wrong: the message names it and the fix. */
export class CmsConfigError extends Error {}

/** The default API address of each hosted forge (Decap's own defaults); Gitea/Forgejo have none. */
const defaultApiRoots: Readonly<Partial<Record<CmsBackendName, string>>> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
};

/** The placeholder repository when CMS_REPO is not set: the editor then cannot log in (by design). */
export const unconfiguredRepo = 'chua-cau-hinh/CMS_REPO';

const originPattern = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * Reads the editor's backend from the environment:
 *
 * - `CMS_BACKEND`: `gitlab` (default), `github`, `forgejo` or `gitea`
 * - `CMS_REPO`: `owner/name` (default {@link unconfiguredRepo}: the editor loads but cannot log in)
 * - `CMS_BRANCH`: the branch edits go to (default `main`)
 * - `CMS_BASE_URL`: the forge's address for login (GitLab self-managed, Forgejo, Gitea, or a GitHub
 *   OAuth proxy)
 * - `CMS_API_ROOT`: the forge's API (default for GitLab `https://gitlab.com/api/v4`, GitHub
 *   `https://api.github.com`; required for Forgejo and Gitea)
 * - `CMS_APP_ID`: the OAuth application id (PKCE login on GitLab, Forgejo, Gitea)
 * - `CMS_LOCAL_BACKEND`: decap-server's API address (`http://127.0.0.1:8081/api/v1`), for local
 *   editing and the browser test only; production builds leave it unset.
 *
 * @throws CmsConfigError for an unknown backend, a repository not `owner/name`, an address that is not
 *   `http(s)://host[:port][/path]`, or Forgejo/Gitea without CMS_API_ROOT
 */
export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): CmsBackend {
  const name = (env['CMS_BACKEND'] ?? 'gitlab').trim();
  if (!(cmsBackends as readonly string[]).includes(name)) {
    throw new CmsConfigError(
      `CMS_BACKEND="${name}" is not a backend the editor knows; use one of ${cmsBackends.join(', ')}.`,
    );
  }
  const backend = name as CmsBackendName;
  const repo = (env['CMS_REPO'] ?? unconfiguredRepo).trim();
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new CmsConfigError(`CMS_REPO="${repo}" is not a repository; write it as owner/name.`);
  }
  const url = (key: string): string | undefined => {
    const value = env[key]?.trim();
    if (value === undefined || value === '') return undefined;
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new CmsConfigError(`${key}="${value}" is not an address; write https://host/path.`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || value.includes('*')) {
      throw new CmsConfigError(`${key}="${value}" must be an http(s) address without wildcards.`);
    }
    return value.replace(/\/+$/, '');
  };
  const apiRoot = url('CMS_API_ROOT');
  if ((backend === 'forgejo' || backend === 'gitea') && apiRoot === undefined) {
    throw new CmsConfigError(
      `CMS_BACKEND=${backend} needs CMS_API_ROOT, the forge's API address, e.g. https://git.example.vn/api/v1.`,
    );
  }
  const baseUrl = url('CMS_BASE_URL');
  const localBackendUrl = url('CMS_LOCAL_BACKEND');
  const appId = env['CMS_APP_ID']?.trim();
  return {
    name: backend,
    repo,
    branch: env['CMS_BRANCH']?.trim() || 'main',
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(apiRoot === undefined ? {} : { apiRoot }),
    ...(appId === undefined || appId === '' ? {} : { appId }),
    ...(localBackendUrl === undefined ? {} : { localBackendUrl }),
  };
}

/**
 * The origins the editor page talks to besides its own: the forge's API and login address (for the
 * /admin Content-Security-Policy `connect-src` and `img-src`), and decap-server when local.
 *
 * @returns distinct `scheme://host[:port]` origins, in a stable order
 */
export function backendOrigins(backend: CmsBackend): string[] {
  const addresses = [
    backend.apiRoot ?? defaultApiRoots[backend.name],
    backend.baseUrl,
    backend.localBackendUrl,
  ];
  const origins = addresses
    .filter((a): a is string => a !== undefined)
    .map((a) => new URL(a).origin)
    .filter((o) => originPattern.test(o));
  return [...new Set(origins)];
}

/** One project collection as the editor shows it. */
interface CollectionSpec {
  readonly collection: CollectionName;
  /** Decap collection name (the URL of its list: `#/collections/<name>`). */
  readonly name: string;
  readonly label: string;
  readonly labelSingular: string;
  /** Folder under the repository root. */
  readonly folder: string;
  readonly extension: 'json' | 'md' | 'mdx';
  /** The field that names an entry in lists and becomes its file name. */
  readonly identifier: string;
  /** Decap slug template of a new entry's file name. */
  readonly slug: string;
  readonly create: boolean;
  readonly description: string;
  /**
   * Only the entries whose `field` is `value` (Decap `filter`); the field is then fixed to that
   * value in the form, so new entries get it too.
   */
  readonly filter?: { readonly field: string; readonly value: string };
}

/** The collections in the editor's menu, in order (folder names: content/README.md). */
export const collectionSpecs: readonly CollectionSpec[] = [
  {
    collection: 'exemplars',
    name: 'exemplars',
    label: 'Điển hình tiên tiến',
    labelSingular: 'điển hình',
    folder: 'content/exemplars',
    extension: 'mdx',
    identifier: 'name',
    slug: '{{name}}',
    create: true,
    description:
      'Câu chuyện điển hình: tên tệp là tên viết không dấu. Ảnh có người cần sự đồng ý của người trong ảnh.',
  },
  {
    collection: 'awardDecisions',
    name: 'awardDecisions',
    label: 'Quyết định khen thưởng',
    labelSingular: 'quyết định khen thưởng',
    folder: 'content/award-decisions',
    extension: 'json',
    identifier: 'title',
    // documentId() of kind "decision": "quyet-dinh-<số ký hiệu>-<cơ quan>-<ngày>" (checkFileNames).
    slug: 'quyet-dinh-{{number}}-{{issuer}}-{{issued}}',
    create: true,
    description:
      'Quyết định khen thưởng và danh sách dự kiến lấy ý kiến. Chỉ ghi họ tên, chức vụ, đơn vị, thành tích: không ghi số điện thoại, CCCD, ngày sinh, địa chỉ.',
  },
  {
    collection: 'documents',
    name: 'plans',
    label: 'Kế hoạch',
    labelSingular: 'kế hoạch',
    folder: 'content/documents',
    extension: 'md',
    identifier: 'title',
    // documentId() of a numbered plan: "ke-hoach-<number>-<issuer id>-<issued>", which a Decap slug
    // template can write because the kind word is fixed here (tests/unit/cms/cmsConfig.test.ts).
    slug: `${toSlug(kindInfo.plan.label)}-{{number}}-{{issuer}}-{{issued}}`,
    create: true,
    filter: { field: 'kind', value: 'plan' },
    description:
      'Kế hoạch của cấp ủy, chính quyền: thêm kế hoạch mới có số và ngày ban hành, hoặc sửa kế hoạch đã có.',
  },
  {
    collection: 'documents',
    name: 'documents',
    label: 'Tất cả văn bản',
    labelSingular: 'văn bản',
    folder: 'content/documents',
    extension: 'md',
    identifier: 'title',
    slug: '{{kind}}-{{number}}-{{issuer}}-{{issued}}',
    // A document's file name is documentId() with the Vietnamese kind word ("chi-thi-…"), which one
    // Decap slug template cannot produce for every kind: plans are created in "Kế hoạch" above; other
    // kinds come from `npm run import` / `npm run new`.
    create: false,
    description:
      'Mọi văn bản (chỉ thị, nghị quyết, quyết định …): sửa văn bản đã có. Kế hoạch mới thêm ở mục "Kế hoạch"; văn bản loại khác thêm bằng "npm run import".',
  },
  {
    collection: 'movements',
    name: 'movements',
    label: 'Phong trào thi đua',
    labelSingular: 'phong trào thi đua',
    folder: 'content/movements',
    extension: 'json',
    identifier: 'name',
    slug: '{{name}}',
    create: true,
    description: 'Phong trào thi đua: tên tệp là tên viết không dấu.',
  },
  {
    collection: 'organizations',
    name: 'organizations',
    label: 'Cơ quan, tổ chức',
    labelSingular: 'cơ quan',
    folder: 'content/organizations',
    extension: 'json',
    identifier: 'name',
    slug: '{{name}}',
    create: true,
    description: 'Cơ quan ban hành, cơ quan được giao nhiệm vụ: tên tệp là tên viết không dấu.',
  },
  {
    collection: 'awardForms',
    name: 'awardForms',
    label: 'Hình thức khen thưởng',
    labelSingular: 'hình thức khen thưởng',
    folder: 'content/award-forms',
    extension: 'json',
    identifier: 'name',
    slug: '{{name}}',
    create: true,
    description:
      'Danh mục hình thức khen thưởng, danh hiệu thi đua theo Luật Thi đua, khen thưởng.',
  },
];

/** The Decap collection name of each project collection (relation widgets point to these). */
export const cmsCollectionNames = Object.fromEntries(
  collectionSpecs.filter((s) => s.filter === undefined).map((s) => [s.collection, s.name]),
) as Record<CollectionName, string>;

/**
 * Why a new plan cannot be saved from "Kế hoạch" yet, or undefined. Its file name comes from the
 * template `ke-hoach-{{number}}-{{issuer}}-{{issued}}`, which equals documentId() only for a plan
 * with a number and a full issue date (YYYY-MM-DD); without them the file would be misnamed and the
 * CI check would refuse it, so the editor refuses it first, in Vietnamese.
 *
 * @param data the entry's fields as the editor holds them
 */
export function newPlanFileProblem(data: Readonly<Record<string, unknown>>): string | undefined {
  const number = typeof data['number'] === 'string' ? data['number'].trim() : '';
  const issued = typeof data['issued'] === 'string' ? data['issued'] : '';
  if (number === '')
    return 'Kế hoạch mới cần số kế hoạch (ví dụ 42-KH/ĐU) để đặt tên tệp; văn bản không số thêm bằng "npm run import".';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issued))
    return 'Kế hoạch mới cần ngày ban hành đầy đủ (ngày, tháng, năm) để đặt tên tệp.';
  return undefined;
}

/** The project collection of a Decap collection name (`plans` → `documents`), or undefined. */
export function collectionOfCmsName(name: unknown): CollectionName | undefined {
  return collectionSpecs.find((s) => s.name === name)?.collection;
}

/** What relation pickers search and show for each target collection (first: shown). */
const searchFields: Readonly<Record<CollectionName, readonly string[]>> = {
  documents: ['title', 'number'],
  organizations: ['name', 'shortName'],
  awardForms: ['name'],
  awardDecisions: ['title', 'number'],
  exemplars: ['name'],
  movements: ['name'],
};

/** Vietnamese labels of enum values, from the tables the pages use. */
const labelTables: readonly Readonly<Record<string, string>>[] = [
  levelLabels,
  branchLabels,
  awardFormGroupLabels,
  awardeeTypeLabels,
  awardClassLabels,
  commendationTypeLabels,
  awardDecisionStatusLabels,
  exemplarKindLabels,
  photoPeopleLabels,
  scopeLabels,
  milestoneLabels,
  Object.fromEntries(Object.entries(kindInfo).map(([kind, info]) => [kind, info.label])),
  { full: 'Có toàn văn', referenced: 'Chỉ được trích dẫn' },
  { state: 'Nhà nước', party: 'Đảng' },
];

/** The options every field mapping uses. */
export const fieldOptions: FieldOptions = {
  collectionNames: cmsCollectionNames,
  searchFields,
  labelTables,
};

/**
 * The variants of the schemas that are discriminated unions, and a new entry's variant. The other
 * collections are one object schema each.
 */
export const collectionSchemas: Readonly<
  Record<
    CollectionName,
    { readonly variants: readonly z.ZodType[]; readonly key?: string; readonly initial?: string }
  >
> = {
  documents: {
    variants: [fullDocumentSchema, referencedDocumentSchema],
    key: 'status',
    initial: 'full',
  },
  awardDecisions: {
    variants: [proposedDecisionSchema, decidedDecisionSchema, revokedDecisionSchema],
    key: 'status',
    initial: 'decided',
  },
  exemplars: { variants: [exemplarFileSchema] },
  movements: { variants: [movementSchema] },
  organizations: { variants: [organizationSchema] },
  awardForms: { variants: [awardFormSchema] },
};

/**
 * The editor fields of one collection, in schema order; Markdown collections end with the body, in
 * raw mode only (the rich-text mode rewrites MDX: `![…]` became `!\[…]` in decision 0001's trial).
 *
 * @throws CmsFieldError when a schema field has no widget (src/lib/cms/schemaFields.ts)
 */
export function collectionFields(collection: CollectionName): CmsField[] {
  const { variants, key, initial } = collectionSchemas[collection];
  const fields =
    key === undefined || initial === undefined
      ? objectFields(variants[0] as z.ZodType, fieldOptions)
      : unionFields(key, variants, fieldOptions, initial);
  const spec = collectionSpecs.find((s) => s.collection === collection);
  if (spec !== undefined && spec.extension !== 'json') {
    fields.push({
      name: 'body',
      label: collection === 'exemplars' ? 'Câu chuyện (MDX)' : 'Nội dung văn bản',
      widget: 'markdown',
      required: collection === 'exemplars',
      modes: ['raw'],
      sanitize_preview: true,
      hint:
        collection === 'exemplars'
          ? 'Viết Markdown; chỉ dùng các thành phần Figure, Quote, AwardList, Gallery (xem content/README.md).'
          : 'Giữ nguyên cấu trúc mục I., 1., a) như văn bản gốc.',
    });
  }
  return fields;
}

/** The fields of a filtered collection: the filter's field is fixed (hidden) to the filter's value. */
function filteredFields(fields: CmsField[], filter: CollectionSpec['filter']): CmsField[] {
  if (filter === undefined) return fields;
  return fields.map((field) =>
    field.name === filter.field
      ? {
          name: field.name,
          label: field.label,
          widget: 'hidden',
          required: true,
          default: filter.value,
        }
      : field,
  );
}

/** Settings of the generated config. */
export interface CmsConfigOptions {
  readonly backend: CmsBackend;
  /** The public site address (SITE_URL), for "Xem trang" links. */
  readonly siteUrl?: string;
}

/**
 * The whole Decap CMS config: backend, `locale: vi`, ASCII file names, the collections.
 *
 * - `publish_mode: editorial_workflow` on GitLab, GitHub and Forgejo; simple publishing on Gitea and
 *   with the local decap-server (its `fs` mode has no branches).
 * - `local_backend` only when the backend has a {@link CmsBackend.localBackendUrl}.
 * - Exemplar photos go to `content/exemplars/images/` and are written `./images/<tệp>` (the path
 *   the schema accepts; `admin.js` corrects Decap's form before saving).
 *
 * @throws CmsFieldError as {@link collectionFields}
 */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const { backend } = options;
  const local = backend.localBackendUrl !== undefined;
  const workflow = workflowBackends.has(backend.name) && !local;
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl === undefined ? {} : { base_url: backend.baseUrl }),
      ...(backend.apiRoot === undefined ? {} : { api_root: backend.apiRoot }),
      ...(backend.appId === undefined ? {} : { app_id: backend.appId, auth_type: 'pkce' }),
      commit_messages: {
        create: 'Thêm {{collection}} "{{slug}}" (trình soạn thảo web)',
        update: 'Sửa {{collection}} "{{slug}}" (trình soạn thảo web)',
        delete: 'Xóa {{collection}} "{{slug}}" (trình soạn thảo web)',
        uploadMedia: 'Thêm ảnh "{{path}}" (trình soạn thảo web)',
        deleteMedia: 'Xóa ảnh "{{path}}" (trình soạn thảo web)',
      },
    },
    ...(local
      ? {
          local_backend: {
            url: backend.localBackendUrl,
            allowed_hosts: ['127.0.0.1', 'localhost'],
          },
        }
      : {}),
    ...(workflow ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'vi',
    ...(options.siteUrl === undefined
      ? {}
      : { site_url: options.siteUrl, display_url: options.siteUrl }),
    media_folder: 'content/exemplars/images',
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collectionSpecs.map((spec) => ({
      name: spec.name,
      label: spec.label,
      label_singular: spec.labelSingular,
      description: spec.description,
      folder: spec.folder,
      extension: spec.extension,
      format: spec.extension === 'json' ? 'json' : 'frontmatter',
      create: spec.create,
      delete: false,
      slug: spec.slug,
      identifier_field: spec.identifier,
      ...(spec.collection === 'exemplars'
        ? { media_folder: 'images', public_folder: './images' }
        : {}),
      ...(spec.filter === undefined ? {} : { filter: spec.filter }),
      fields: filteredFields(collectionFields(spec.collection), spec.filter),
    })),
  };
}
