import type { DocumentKind } from '../documents/documentKinds';
import type { OrganizationLevel } from '../organizations/organizationTerms';

/** A reference as the schemas produce it: `{ collection, id }`; only the id matters here. */
interface Ref {
  readonly id: string;
}

/**
 * A document as the graph needs it: the shape of a `documents` collection entry (`{ id, data }`), of
 * which only identity and relation fields are read. Referenced stubs have no `basedOn` or `cites`.
 */
export interface GraphDocumentInput {
  readonly id: string;
  readonly data: {
    readonly kind: DocumentKind;
    readonly issuer: Ref;
    readonly issued?: string | undefined;
    readonly implements?: readonly Ref[] | undefined;
    readonly basedOn?: readonly Ref[] | undefined;
    readonly cites?: readonly Ref[] | undefined;
  };
}

/** An organization as the graph needs it: its id and level. */
export interface GraphOrganizationInput {
  readonly id: string;
  readonly data: { readonly level: OrganizationLevel };
}

/** How one document points at another. */
export type Relation = 'basedOn' | 'implements' | 'cites';

/** A directed edge: `from` rests on, carries out or cites `to`. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
}

/** A document in the graph. */
export interface GraphNode {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly issuerId: string;
  readonly issued?: string | undefined;
  /** The issuer's level, when the issuer is known. */
  readonly level?: OrganizationLevel | undefined;
}

/**
 * The kinds that direct others to act (chỉ thị, nghị quyết, kết luận): a document that rests on one
 * (`basedOn`) is placed under it in the hierarchy, as if it implemented it.
 */
export const directingKinds: ReadonlySet<DocumentKind> = new Set([
  'directive',
  'resolution',
  'conclusion',
]);

/** Every document and every relation between them, indexed both ways. */
export interface DocumentGraph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Outgoing edges of each document (what it rests on, implements, cites), in content order. */
  readonly outgoing: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Incoming edges of each id (who rests on, implements, cites it); ids may be missing entries. */
  readonly incoming: ReadonlyMap<string, readonly GraphEdge[]>;
  /**
   * Hierarchy parents of each document: what it implements, and the directing documents it rests
   * on (see {@link directingKinds}); only ids that exist; no duplicates; never itself.
   */
  readonly hierarchyParents: ReadonlyMap<string, readonly string[]>;
}

const relations: readonly Relation[] = ['basedOn', 'implements', 'cites'];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the document graph from collection entries.
 *
 * @param documents entries of the `documents` collection (or plain objects of the same shape)
 * @param organizations entries of the `organizations` collection, to know each issuer's level
 */
export function buildDocumentGraph(
  documents: readonly GraphDocumentInput[],
  organizations: readonly GraphOrganizationInput[] = [],
): DocumentGraph {
  const levels = new Map(organizations.map((o) => [o.id, o.data.level]));
  const nodes = new Map<string, GraphNode>();
  for (const { id, data } of documents) {
    nodes.set(id, {
      id,
      kind: data.kind,
      issuerId: data.issuer.id,
      issued: data.issued,
      level: levels.get(data.issuer.id),
    });
  }
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  const hierarchyParents = new Map<string, string[]>();
  for (const { id, data } of documents) {
    const seen = new Set<string>();
    for (const relation of relations) {
      for (const ref of data[relation] ?? []) {
        const key = `${relation}:${ref.id}`;
        if (ref.id === id || seen.has(key)) continue;
        seen.add(key);
        const edge: GraphEdge = { from: id, to: ref.id, relation };
        push(outgoing, id, edge);
        push(incoming, ref.id, edge);
        const target = nodes.get(ref.id);
        const directs =
          relation === 'implements' ||
          (relation === 'basedOn' && target !== undefined && directingKinds.has(target.kind));
        if (directs && target !== undefined && !hierarchyParents.get(id)?.includes(ref.id)) {
          push(hierarchyParents, id, ref.id);
        }
      }
    }
  }
  return { nodes, outgoing, incoming, hierarchyParents };
}
