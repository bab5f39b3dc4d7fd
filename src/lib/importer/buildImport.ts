import { parse as parseYaml } from 'yaml';
import { documentSchema } from '../../schemas/documents';
import { organizationSchema } from '../../schemas/organizations';
import { documentId } from '../documents/documentId';
import { documentKinds, kindInfo, type DocumentKind } from '../documents/documentKinds';
import { toSlug } from '../text/toSlug';
import { describeOrganization } from './describeOrganization';
import { findMovements, type MovementName } from './findMovements';
import { canonicalIssuerName } from './issuerNames';
import {
  importPlan,
  type CitationDraft,
  type CitationRelation,
  type PlanDraft,
  type PlanSource,
} from './importPlan';
import type { PlanOverrides } from './planOverrides';
import { qualifyIssuerName } from './qualifyIssuerName';
import { PlanLayoutError } from './readPlanLayout';
import { resolveCitation, type KnownEntry } from './resolveCitation';
import { documentFileText, organizationFileText } from './serializeEntries';

/** A content file already in the content folder, read as data (front matter or JSON). */
export interface ExistingEntry {
  /** The id: the file name without extension. */
  readonly id: string;
  readonly data: Record<string, unknown>;
}

/** What the content folder holds before the import. */
export interface ExistingContent {
  readonly documents: readonly ExistingEntry[];
  readonly organizations: readonly ExistingEntry[];
}

/** A file the import writes, relative to the content folder ("documents/<id>.md"). */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
  readonly role: 'plan' | 'stub' | 'organization';
}

/** A problem that stops the import: nothing is written while any exists. */
export interface ImportProblem {
  /** The source file it comes from, when it comes from one. */
  readonly source?: string;
  /**
   * The file concerned: relative to the content folder ("documents/x.md"), to the override folder
   * ("overrides/004_….yaml"), or absolute (an input file).
   */
  readonly file: string;
  readonly field: string;
  readonly message: string;
  /** What to do. */
  readonly fix: string;
}

/** What the import did with one plan, for the report. */
export interface PlanReport {
  readonly draft: PlanDraft;
  readonly id: string;
  readonly path: string;
  readonly issuerId: string;
  readonly counts: {
    readonly sections: number;
    readonly topSections: number;
    readonly basedOn: number;
    readonly implements: number;
    readonly cites: number;
    readonly assignments: number;
    readonly milestones: number;
    readonly distribution: number;
  };
}

/** The outcome of {@link buildImport}. */
export interface ImportResult {
  /** Files to write: new or changed plans, stubs and organizations, sorted by path. */
  readonly files: OutputFile[];
  readonly reports: PlanReport[];
  readonly problems: ImportProblem[];
}

/** The input of {@link buildImport}. */
export interface ImportInput {
  readonly sources: readonly PlanSource[];
  /** Overrides by source file stem ("004_49c0ad69035881fa"). */
  readonly overrides: ReadonlyMap<string, PlanOverrides>;
  readonly existing: ExistingContent;
  /** The known emulation movements (`content/movements/`), matched in each plan's text. */
  readonly movements?: readonly MovementName[];
  /** The override folder as shown in messages (default "content/overrides"). */
  readonly overridesDir?: string;
}

interface DocumentRecord extends KnownEntry {
  readonly status: 'full' | 'referenced';
  readonly source?: string;
  /** The data to write, for entries this import writes. */
  data?: Record<string, unknown>;
  /** True when this import writes the entry (new or changed). */
  write: boolean;
  role?: 'plan' | 'stub';
}

const stem = (fileName: string): string => fileName.replace(/\.[^.]+$/u, '');
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const isKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (documentKinds as readonly string[]).includes(value);

/** A less or more precise date, whichever says more: "2025" and "2025-12-05" → "2025-12-05". */
const morePrecise = (a?: string, b?: string): string | undefined =>
  a === undefined ? b : b === undefined ? a : b.length > a.length ? b : a;

/** Drops undefined values and empty arrays, so files only show what is known. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** A title made by `fallbackTitle` ("Chỉ thị số 34-CT/TU"): the citation gave no trích yếu. */
const isFallbackTitle = (title: string): boolean =>
  documentKinds.some(
    (kind) =>
      title.startsWith(`${kindInfo[kind].label} số `) &&
      !/\s/u.test(title.slice(kindInfo[kind].label.length + 4)),
  );

/**
 * Builds everything an import writes, in memory and without touching the disk: one full document per
 * plan, a referenced stub per cited document the content does not hold, and the organizations they
 * name; then validates every entry against the schemas (`documentSchema`, `organizationSchema`) and
 * checks that every id they point to exists.
 *
 * Identity and reuse:
 * - plans are read in file-name order, so the same inputs always give the same files;
 * - a cited document is matched by identity (`resolveCitation`: issuer + number + compatible date)
 *   against the content on disk, the imported plans and the stubs made so far; a match is reused, so a
 *   stub or organization shared by several plans is written once and existing ones are not rewritten
 *   (an existing stub only gains what it lacked: a trích yếu or an `implements`);
 * - a full document is never replaced by a stub; a plan whose stub exists replaces it under the same id
 *   (a more precise date on the stub is kept so that the id stays).
 *
 * @returns the files to write, a report per plan, and the problems; when `problems` is not empty,
 *   nothing may be written
 */
export function buildImport(input: ImportInput): ImportResult {
  const problems: ImportProblem[] = [];
  const overridesDir = input.overridesDir ?? 'content/overrides';
  const sources = [...input.sources].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0,
  );

  // Read every plan.
  const drafts: PlanDraft[] = [];
  for (const source of sources) {
    try {
      const draft = importPlan(source, input.overrides.get(stem(source.fileName)), overridesDir);
      drafts.push(draft);
      for (const error of draft.errors) {
        problems.push({
          source: source.fileName,
          file: `overrides/${stem(source.fileName)}.yaml`,
          field: 'overrides',
          message: error,
          fix: `edit ${overridesDir}/${stem(source.fileName)}.yaml and import again`,
        });
      }
    } catch (error) {
      if (!(error instanceof PlanLayoutError)) throw error;
      problems.push({
        source: source.fileName,
        file: `sources/${source.fileName}`,
        field: 'text',
        message: error.message,
        fix: 'check that this is the plain text of a plan: the heading "KẾ HOẠCH" on its own line, then the title and the text',
      });
    }
  }

  // Organizations.
  const organizations = new Map<
    string,
    { data: Record<string, unknown>; write: boolean; aliases: Set<string> }
  >();
  for (const entry of input.existing.organizations) {
    organizations.set(entry.id, { data: entry.data, write: false, aliases: new Set() });
  }
  const ensureOrganization = (
    name: string,
    province: string | undefined,
    source: string,
    spelled?: string,
  ): string => {
    const id = toSlug(name);
    // Only another spelling of the full name is an alias ("UBND phường Quyết Thắng"); a name completed
    // from the plan's context ("Ban Thường vụ Tỉnh ủy") would be ambiguous.
    const printed =
      spelled !== undefined && canonicalIssuerName(spelled) === name ? spelled : undefined;
    const existing = organizations.get(id);
    if (existing !== undefined) {
      if (existing.write && printed !== undefined && printed !== name)
        existing.aliases.add(printed);
      return id;
    }
    const described = describeOrganization(name, province);
    if (described === null) {
      problems.push({
        source,
        file: `organizations/${id}.json`,
        field: 'level',
        message: `cannot tell the level and branch of "${name}" from its name (không xác định được cấp, khối của "${name}")`,
        fix: `give the full name in ${overridesDir}/${stem(source)}.yaml (issuer: { value: "…", reason: "…" }), or write organizations/${id}.json by hand`,
      });
      organizations.set(id, { data: { name }, write: false, aliases: new Set() });
      return id;
    }
    const record = { data: {} as Record<string, unknown>, write: true, aliases: new Set<string>() };
    organizations.set(id, record);
    if (printed !== undefined && printed !== name) record.aliases.add(printed);
    const parent =
      described.parentName === undefined
        ? undefined
        : ensureOrganization(described.parentName, province, source);
    record.data = {
      name: described.name,
      shortName: described.shortName,
      level: described.level,
      branch: described.branch,
      parent,
      province: described.province,
      validTo: described.validTo,
    };
    return id;
  };

  // Documents already in the content folder.
  const documents = new Map<string, DocumentRecord>();
  const known: DocumentRecord[] = [];
  for (const entry of input.existing.documents) {
    const { data } = entry;
    const kind = data['kind'];
    const issuer = asString(data['issuer']);
    if (!isKind(kind) || issuer === undefined) continue;
    const record: DocumentRecord = {
      id: entry.id,
      kind,
      number: asString(data['number']),
      issuerId: issuer,
      issued: asString(data['issued']),
      title: asString(data['title']) ?? '',
      status: data['status'] === 'full' ? 'full' : 'referenced',
      ...(typeof data['source'] === 'string' ? { source: data['source'] } : {}),
      data,
      write: false,
    };
    documents.set(entry.id, record);
    known.push(record);
  }

  // Plans: ids first, so that plans citing each other find one another.
  const planIds = new Map<PlanDraft, string>();
  for (const draft of drafts) {
    const issuerId = ensureOrganization(
      draft.issuerName,
      draft.province,
      draft.sourceFile,
      draft.issuerPrinted,
    );
    let identity = {
      kind: draft.kind,
      number: draft.number,
      issuerId,
      issued: draft.issued,
      title: draft.title,
    };
    const match = resolveCitation(identity, known);
    const matched = match.status === 'found' ? documents.get(match.id) : undefined;
    if (matched?.status === 'full' && matched.source !== draft.sourceFile) {
      problems.push({
        source: draft.sourceFile,
        file: `documents/${matched.id}.md`,
        field: 'source',
        message: `this plan is the same document as ${matched.id}, imported from ${matched.source ?? 'another text'} (trùng văn bản đã có)`,
        fix: 'import only one text of a document; if they are different documents, correct the number or date in an override',
      });
    }
    if (matched?.status === 'referenced') {
      identity = {
        ...identity,
        number: identity.number ?? matched.number,
        issued: morePrecise(identity.issued, matched.issued),
      };
    }
    const id = documentId(identity);
    if (matched?.status === 'referenced' && matched.id !== id) {
      problems.push({
        source: draft.sourceFile,
        file: `documents/${matched.id}.md`,
        field: 'issued',
        message: `the plan is the stub ${matched.id}, but its identity gives the id ${id} (văn bản trích dẫn đã có với mã khác)`,
        fix: `delete content/documents/${matched.id}.md, then import this plan together with the plans that cite it`,
      });
    }
    const stale = [...documents.values()].find(
      (d) => d.status === 'full' && d.source === draft.sourceFile && d.id !== id,
    );
    if (stale !== undefined) {
      problems.push({
        source: draft.sourceFile,
        file: `documents/${stale.id}.md`,
        field: 'source',
        message: `an earlier import of this text is ${stale.id}; the new id is ${id} (văn bản đã nhập với mã khác)`,
        fix: `delete content/documents/${stale.id}.md (and redirect its URL) if the new identity is right, then import again`,
      });
    }
    const record: DocumentRecord = {
      ...identity,
      id,
      status: 'full',
      source: draft.sourceFile,
      write: true,
      role: 'plan',
    };
    documents.set(id, record);
    known.push(record);
    planIds.set(draft, id);
  }

  // Cited documents: reuse or make stubs.
  const noteFallbackTitle = (citation: CitationDraft, draft: PlanDraft): void => {
    const message = `"${citation.citedAs}": không có trích yếu, tạm ghi "${citation.title}" / no trích yếu cited`;
    if (draft.notes.some((n) => n.message === message)) return;
    draft.notes.push({
      field: 'citations',
      message,
      override: `citations:\n  - match: { number: "${citation.number ?? ''}"${citation.issued === undefined ? '' : `, issued: "${citation.issued}"`} }\n    title: { value: "về …", reason: "…" }`,
    });
  };
  const resolve = (citation: CitationDraft, draft: PlanDraft): string | null => {
    const nested = unique(
      citation.implements.map((n) => resolve(n, draft)).filter((id): id is string => id !== null),
    );
    const issuerId = ensureOrganization(
      citation.issuerName,
      draft.province,
      draft.sourceFile,
      citation.issuerPrinted,
    );
    const identity = {
      kind: citation.kind,
      number: citation.number,
      issuerId,
      issued: citation.issued,
      title: citation.title,
    };
    const match = resolveCitation(identity, known);
    if (match.status === 'ambiguous') {
      draft.notes.push({
        field: 'citations',
        message: `"${citation.citedAs}" khớp nhiều văn bản (${match.ids.join(', ')}) / matches several documents`,
        override: `citations:\n  - match: { number: "${citation.number ?? ''}" }\n    issued: { value: "YYYY-MM-DD", reason: "…" }`,
      });
      return null;
    }
    if (match.status === 'found') {
      const record = documents.get(match.id);
      if (record?.status === 'referenced') {
        const data: Record<string, unknown> = record.data ?? {};
        const currentImplements = Array.isArray(data['implements'])
          ? (data['implements'] as unknown[]).map(String)
          : [];
        const titleIsFallback = isFallbackTitle(asString(data['title']) ?? '');
        if (titleIsFallback && citation.titleIsFallback) noteFallbackTitle(citation, draft);
        const updated = compact({
          status: 'referenced',
          kind: data['kind'],
          number: data['number'],
          issuer: data['issuer'],
          issued: data['issued'],
          title: titleIsFallback && !citation.titleIsFallback ? citation.title : data['title'],
          implements: unique([...currentImplements, ...nested]),
          citedAs: data['citedAs'],
        });
        if (canonicalJson(updated) !== canonicalJson(compact(data))) {
          record.data = updated;
          record.write = true;
          record.role = 'stub';
        }
      }
      return match.id;
    }
    const id = documentId(identity);
    const data = compact({
      status: 'referenced',
      kind: citation.kind,
      number: citation.number,
      issuer: issuerId,
      issued: citation.issued,
      title: citation.title,
      implements: nested,
      citedAs: citation.citedAs,
    });
    const record: DocumentRecord = {
      ...identity,
      id,
      status: 'referenced',
      data,
      write: true,
      role: 'stub',
    };
    documents.set(id, record);
    known.push(record);
    if (citation.titleIsFallback) noteFallbackTitle(citation, draft);
    return id;
  };

  // Every citation first, so that all organizations exist before assignments are linked to them.
  const relationsOf = new Map<PlanDraft, Record<CitationRelation, string[]>>();
  for (const draft of drafts) {
    const id = planIds.get(draft) ?? '';
    const relations: Record<CitationRelation, string[]> = {
      basedOn: [],
      implements: [],
      cites: [],
    };
    for (const citation of draft.citations) {
      const cited = resolve(citation, draft);
      if (cited !== null && cited !== id) relations[citation.relation].push(cited);
    }
    relationsOf.set(draft, relations);
  }

  const reports: PlanReport[] = [];
  for (const draft of drafts) {
    const id = planIds.get(draft) ?? '';
    const relations = relationsOf.get(draft) ?? { basedOn: [], implements: [], cites: [] };
    const plan = documents.get(id);
    if (plan === undefined) continue;
    const matchedStub = input.existing.documents.find(
      (d) => d.id === id && d.data['status'] === 'referenced',
    );
    const stubImplements = Array.isArray(matchedStub?.data['implements'])
      ? (matchedStub.data['implements'] as unknown[]).map(String)
      : [];
    const implementsIds = unique([...relations.implements, ...stubImplements]);
    const basedOn = unique(relations.basedOn);
    const cites = unique(relations.cites).filter(
      (c) => !implementsIds.includes(c) && !basedOn.includes(c),
    );
    const assignments = draft.assignments.map((a) => {
      const qualified = qualifyIssuerName(canonicalIssuerName(a.organization), draft.context);
      let organizationId: string | undefined;
      try {
        const candidate = toSlug(qualified.name);
        if (qualified.qualified && organizations.has(candidate)) organizationId = candidate;
      } catch {
        organizationId = undefined;
      }
      return compact({
        organization: a.organization,
        organizationId,
        task: a.task,
        section: a.section,
      });
    });
    plan.data = compact({
      status: 'full',
      kind: draft.kind,
      number: draft.number,
      issuer: plan.issuerId,
      issued: plan.issued,
      place: draft.place,
      title: draft.title,
      implements: implementsIds,
      basedOn,
      cites,
      movements: findMovements(
        input.sources.find((s) => s.fileName === draft.sourceFile)?.text ?? draft.body,
        draft.title,
        input.movements ?? [],
      ),
      signatory: draft.signatory === undefined ? undefined : compact({ ...draft.signatory }),
      distribution: draft.distribution.map((d) =>
        compact({ name: d.name, markers: d.markers, archive: d.archive ? true : undefined }),
      ),
      assignments,
      milestones: draft.milestones.map((m) => compact({ ...m })),
      source: draft.sourceFile,
    });
    const sectionCount = countSections(draft.parsedBody.sections);
    reports.push({
      draft,
      id,
      path: `documents/${id}.md`,
      issuerId: plan.issuerId,
      counts: {
        sections: sectionCount,
        topSections: draft.parsedBody.sections.length,
        basedOn: basedOn.length,
        implements: implementsIds.length,
        cites: cites.length,
        assignments: assignments.length,
        milestones: draft.milestones.length,
        distribution: draft.distribution.length,
      },
    });
  }

  // Files.
  const files: OutputFile[] = [];
  const bodies = new Map(reports.map((r) => [r.id, r.draft.body]));
  for (const record of documents.values()) {
    if (!record.write || record.data === undefined) continue;
    const text = documentFileText(
      record.data,
      record.status === 'full' ? bodies.get(record.id) : undefined,
    );
    files.push({ path: `documents/${record.id}.md`, text, role: record.role ?? 'stub' });
  }
  for (const [id, record] of organizations) {
    if (!record.write) continue;
    const data = compact({ ...record.data, aliases: [...record.aliases].sort() });
    files.push({
      path: `organizations/${id}.json`,
      text: organizationFileText(data),
      role: 'organization',
    });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  problems.push(...validateFiles(files, documents, organizations, reports));
  return { files, reports, problems };
}

/** JSON with keys sorted, to compare data regardless of key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function countSections(sections: readonly { children: readonly unknown[] }[]): number {
  return sections.reduce(
    (sum, s) => sum + 1 + countSections(s.children as readonly { children: readonly unknown[] }[]),
    0,
  );
}

/**
 * Validates the files about to be written: each is read back (YAML front matter or JSON) and parsed
 * with the collection's schema, and every id it points to must exist after the import.
 */
function validateFiles(
  files: readonly OutputFile[],
  documents: ReadonlyMap<string, unknown>,
  organizations: ReadonlyMap<string, unknown>,
  reports: readonly PlanReport[],
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const sourceOf = (path: string): string | undefined =>
    reports.find((r) => r.path === path)?.draft.sourceFile;
  for (const file of files) {
    const isDocument = file.path.startsWith('documents/');
    const raw: unknown = isDocument
      ? parseYaml(/^---\n([\s\S]*?)\n---\n/u.exec(file.text)?.[1] ?? '')
      : JSON.parse(file.text);
    const parsed = isDocument ? documentSchema.safeParse(raw) : organizationSchema.safeParse(raw);
    const source = sourceOf(file.path);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          ...(source === undefined ? {} : { source }),
          file: file.path,
          field: issue.path.map(String).join('.') || 'file',
          message: issue.message,
          fix: "supply the value in the plan's override file (content/overrides/<file>.yaml), or correct the source text",
        });
      }
      continue;
    }
    const data = parsed.data as Record<string, unknown>;
    const references: { field: string; collection: 'documents' | 'organizations'; id: string }[] =
      [];
    const collect = (field: string, value: unknown): void => {
      if (typeof value === 'object' && value !== null && 'collection' in value && 'id' in value) {
        const ref = value as { collection: string; id: string };
        // Movement ids come from the movements read for matching, so they exist.
        if (ref.collection === 'documents' || ref.collection === 'organizations')
          references.push({ field, collection: ref.collection, id: ref.id });
      } else if (Array.isArray(value))
        value.forEach((item: unknown, i) => {
          collect(`${field}.${i}`, item);
        });
      else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
          collect(field === '' ? key : `${field}.${key}`, item);
      }
    };
    collect('', data);
    for (const ref of references) {
      const exists =
        ref.collection === 'documents' ? documents.has(ref.id) : organizations.has(ref.id);
      if (!exists) {
        problems.push({
          ...(source === undefined ? {} : { source }),
          file: file.path,
          field: ref.field,
          message: `no ${ref.collection === 'documents' ? 'document' : 'organization'} "${ref.id}" (không có mục "${ref.id}")`,
          fix: `add content/${ref.collection}/${ref.id}.${ref.collection === 'documents' ? 'md' : 'json'} or correct the override that names it`,
        });
      }
    }
  }
  return problems;
}
