import { levelOrder, type OrganizationLevel } from '../organizations/organizationTerms';
import { formatIssued, formatValidity } from '../format/dates';
import { branchLabel, levelLabel, relationLabel } from '../format/labels';
import type { Relation } from '../hierarchy/documentGraph';
import { sortVietnamese } from '../text/vietnameseCollator';
import type { DocumentSummary, SiteModel } from './siteModel';
import type { MetadataRow } from './documentPage';
import { organizationHref } from './urls';

/** A link to an organization. */
export interface OrganizationLink {
  readonly id: string;
  readonly name: string;
  readonly href: string;
}

/** A document elsewhere that points at one of this organization's documents. */
export interface IncomingReference {
  readonly document: DocumentSummary;
  readonly relation: Relation;
  readonly relationLabel: string;
  readonly target: DocumentSummary;
}

/** Everything the page `/co-quan/<id>/` shows. */
export interface OrganizationPageProps {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string | undefined;
  readonly levelLabel: string;
  readonly branchLabel: string;
  readonly province?: string | undefined;
  /** "Hết hoạt động từ 01/7/2025" … */
  readonly validity?: string | undefined;
  /** The organization no longer exists under this name (it has a `validTo`). */
  readonly ended: boolean;
  readonly parent?: OrganizationLink | undefined;
  readonly formerNames: readonly { readonly name: string; readonly until?: string | undefined }[];
  readonly aliases: readonly string[];
  readonly successors: readonly OrganizationLink[];
  /** Organizations whose parent this is. */
  readonly members: readonly OrganizationLink[];
  /** Văn bản ban hành, newest first. */
  readonly issued: readonly DocumentSummary[];
  /** Được dẫn chiếu bởi: documents of other issuers that cite, implement or rest on its documents. */
  readonly referencedBy: readonly IncomingReference[];
  /**
   * How many references there are: more than `referencedBy` holds when above
   * {@link referencesShownLimit} (the Politburo's directive is carried out by every plan of the
   * country).
   */
  readonly referencedByTotal: number;
  readonly description: string;
}

function link(model: SiteModel, id: string): OrganizationLink | undefined {
  const org = model.organizations.get(id);
  return org && { id, name: org.data.name, href: organizationHref(id) };
}

/** What every organization page needs, indexed once per site model instead of once per page. */
interface OrganizationIndex {
  readonly issuedBy: ReadonlyMap<string, DocumentSummary[]>;
  readonly referencedBy: ReadonlyMap<string, IncomingReference[]>;
  readonly members: ReadonlyMap<string, OrganizationLink[]>;
}

const indexByModel = new WeakMap<SiteModel, OrganizationIndex>();

/**
 * Documents by issuer, references into each issuer's documents from other issuers' documents (in
 * document order), and member organizations by parent. At national scale (thousands of organizations
 * and documents) filtering the whole corpus on every organization page dominated the build.
 */
function organizationIndex(model: SiteModel): OrganizationIndex {
  const known = indexByModel.get(model);
  if (known !== undefined) return known;
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  const issuedBy = new Map<string, DocumentSummary[]>();
  for (const doc of model.documents) push(issuedBy, doc.issuerId, doc);
  const referencedBy = new Map<string, IncomingReference[]>();
  for (const document of model.documents) {
    for (const edge of model.graph.outgoing.get(document.id) ?? []) {
      const target = model.documentById.get(edge.to);
      if (target === undefined || target.issuerId === document.issuerId) continue;
      push(referencedBy, target.issuerId, {
        document,
        relation: edge.relation,
        relationLabel: relationLabel(edge.relation),
        target,
      });
    }
  }
  const members = new Map<string, OrganizationLink[]>();
  for (const o of model.organizations.values()) {
    const parent = o.data.parent?.id;
    if (parent !== undefined)
      push(members, parent, { id: o.id, name: o.data.name, href: organizationHref(o.id) });
  }
  const index = { issuedBy, referencedBy, members };
  indexByModel.set(model, index);
  return index;
}

/** At most this many references, in document order (newest first), on an organization page. */
export const referencesShownLimit = 300;

/**
 * Computes the props of an organization page.
 *
 * @throws {Error} when `id` is not an organization of the model
 */
export function organizationPage(model: SiteModel, id: string): OrganizationPageProps {
  const org = model.organizations.get(id);
  if (org === undefined) throw new Error(`No organization "${id}"`);
  const d = org.data;
  const index = organizationIndex(model);
  const issued = index.issuedBy.get(id) ?? [];
  const referencedBy = index.referencedBy.get(id) ?? [];
  const validity = formatValidity(d) ?? undefined;
  return {
    id,
    name: d.name,
    shortName: d.shortName,
    levelLabel: levelLabel(d.level),
    branchLabel: branchLabel(d.branch),
    province: d.province,
    validity,
    ended: d.validTo !== undefined,
    parent: d.parent === undefined ? undefined : link(model, d.parent.id),
    formerNames: d.formerNames.map((f) => ({
      name: f.name,
      until: f.until === undefined ? undefined : formatIssued(f.until),
    })),
    aliases: d.aliases,
    successors: d.successors
      .map((s) => link(model, s.id))
      .filter((l): l is OrganizationLink => l !== undefined),
    members: sortVietnamese(index.members.get(id) ?? [], (l) => l.name),
    issued,
    referencedBy: referencedBy.slice(0, referencesShownLimit),
    referencedByTotal: referencedBy.length,
    description: `${d.name}: ${levelLabel(d.level).toLowerCase()}, ${branchLabel(d.branch).toLowerCase()}${
      validity === undefined ? '' : `; ${validity.toLowerCase()}`
    }. ${issued.length} văn bản ban hành trên trang.`,
  };
}

/** An organization in the list `/co-quan/`. */
export interface OrganizationListItem extends OrganizationLink {
  readonly branchLabel: string;
  readonly province?: string | undefined;
  readonly validity?: string | undefined;
  readonly documentCount: number;
  /** "Khối Đảng · Gia Lai · 1 văn bản": the facts shown under the name. */
  readonly details: string;
}

/** Organizations of one level. */
export interface OrganizationGroup {
  readonly level: OrganizationLevel;
  readonly label: string;
  readonly organizations: readonly OrganizationListItem[];
}

/**
 * Organizations grouped by level from the top (Trung ương) down, each group in Vietnamese dictionary
 * order; empty levels left out.
 */
export function organizationGroups(model: SiteModel): OrganizationGroup[] {
  const counts = new Map<string, number>();
  for (const doc of model.documents) counts.set(doc.issuerId, (counts.get(doc.issuerId) ?? 0) + 1);
  const levels = [...new Set([...model.organizations.values()].map((o) => o.data.level))].sort(
    (a, b) => levelOrder[a] - levelOrder[b],
  );
  return levels.map((level) => ({
    level,
    label: levelLabel(level),
    organizations: sortVietnamese(
      [...model.organizations.values()]
        .filter((o) => o.data.level === level)
        .map((o) => {
          const documentCount = counts.get(o.id) ?? 0;
          const validity = formatValidity(o.data) ?? undefined;
          return {
            id: o.id,
            name: o.data.name,
            href: organizationHref(o.id),
            branchLabel: branchLabel(o.data.branch),
            province: o.data.province,
            validity,
            documentCount,
            details: [
              branchLabel(o.data.branch),
              o.data.province,
              validity,
              documentCount > 0 ? `${documentCount} văn bản` : 'chưa có văn bản trên trang',
            ]
              .filter((part) => part !== undefined)
              .join(' · '),
          };
        }),
      (o) => o.name,
    ),
  }));
}

/**
 * The facts table of an organization page: level, branch, province, validity, parent, short name,
 * other names and former names; rows without a value are left out.
 */
export function organizationFacts(page: OrganizationPageProps): MetadataRow[] {
  const rows: (MetadataRow | undefined)[] = [
    { label: 'Cấp', value: page.levelLabel },
    { label: 'Khối', value: page.branchLabel },
    page.province === undefined ? undefined : { label: 'Tỉnh, thành phố', value: page.province },
    // An ended body's validity is shown as a notice above the table instead.
    page.validity === undefined || page.ended
      ? undefined
      : { label: 'Thời gian hoạt động', value: page.validity },
    page.parent === undefined
      ? undefined
      : { label: 'Cơ quan cấp trên', value: page.parent.name, href: page.parent.href },
    page.shortName === undefined ? undefined : { label: 'Tên ngắn', value: page.shortName },
    page.aliases.length === 0
      ? undefined
      : { label: 'Cách gọi khác trong văn bản', value: page.aliases.join('; ') },
    page.formerNames.length === 0
      ? undefined
      : {
          label: 'Tên cũ',
          value: page.formerNames
            .map((f) => (f.until === undefined ? f.name : `${f.name} (đến ${f.until})`))
            .join('; '),
        },
  ];
  return rows.filter((r): r is MetadataRow => r !== undefined);
}
