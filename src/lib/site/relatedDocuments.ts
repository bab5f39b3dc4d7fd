import type { Relation } from '../hierarchy/documentGraph';
import { countNodes, trimToDepth, type TreeNode, type TrimmedForest } from '../hierarchy/treeNode';
import { incomingRelationLabel, relationLabel } from '../format/labels';
import type { DocumentSummary, SiteModel } from './siteModel';

/** A node of a document tree ready to show: the summary (absent for a missing entry) and flags. */
export interface RelatedDocument {
  /** Unique among siblings and stable: the document id. */
  readonly id: string;
  readonly summary?: DocumentSummary | undefined;
  readonly relation?: Relation | undefined;
  /** "căn cứ", "thực hiện", "dẫn chiếu". */
  readonly relationLabel?: string | undefined;
  /** Shown once more but not expanded: the content has a cycle here. */
  readonly cycle: boolean;
  readonly missing: boolean;
  readonly children: readonly RelatedDocument[];
  /** Documents below this one left out of a trimmed tree ({@link trimTree}); absent when none. */
  readonly hiddenCount?: number | undefined;
}

/** Resolves the ids of a tree to summaries. */
export function resolveTree(model: SiteModel, nodes: readonly TreeNode[]): RelatedDocument[] {
  return nodes.map((n) => ({
    id: n.id,
    summary: model.documentById.get(n.id),
    relation: n.relation,
    relationLabel: n.relation === undefined ? undefined : relationLabel(n.relation),
    cycle: n.cycle,
    missing: n.missing || !model.documentById.has(n.id),
    children: resolveTree(model, n.children),
    hiddenCount: n.hiddenCount,
  }));
}

/** A document that points at another, with how. */
export interface Citation {
  readonly relation: Relation;
  /** Seen from the cited document: "Thực hiện văn bản này". */
  readonly relationLabel: string;
  readonly document: DocumentSummary;
}

/**
 * The documents that point at `id` (rest on it, carry it out, cite it), newest first, each once with
 * its strongest relation (thực hiện, then căn cứ, then dẫn chiếu).
 *
 * @param relations which incoming relations to include
 */
export function citationsOf(
  model: SiteModel,
  id: string,
  relations: readonly Relation[] = ['implements', 'basedOn', 'cites'],
): Citation[] {
  const strength: Readonly<Record<Relation, number>> = { implements: 0, basedOn: 1, cites: 2 };
  const best = new Map<string, Relation>();
  for (const edge of model.graph.incoming.get(id) ?? []) {
    if (!relations.includes(edge.relation)) continue;
    const prev = best.get(edge.from);
    if (prev === undefined || strength[edge.relation] < strength[prev])
      best.set(edge.from, edge.relation);
  }
  const position = documentPositions(model);
  return [...best]
    .flatMap(([from, relation]) => {
      const at = position.get(from);
      const document = model.documentById.get(from);
      return at === undefined || document === undefined ? [] : [{ at, relation, document }];
    })
    .sort((a, b) => a.at - b.at)
    .map(({ relation, document }) => ({
      relation,
      relationLabel: incomingRelationLabel(relation),
      document,
    }));
}

const positionsByModel = new WeakMap<SiteModel, ReadonlyMap<string, number>>();

/**
 * Each document's index in `model.documents` (newest first), once per model: the order citations are
 * listed in, without scanning every document on every document page.
 */
function documentPositions(model: SiteModel): ReadonlyMap<string, number> {
  const known = positionsByModel.get(model);
  if (known !== undefined) return known;
  const positions = new Map(model.documents.map((d, i) => [d.id, i] as const));
  positionsByModel.set(model, positions);
  return positions;
}

/** The number of nodes in a tree, every level. */
export function countTreeNodes(nodes: readonly RelatedDocument[]): number {
  return countNodes(nodes);
}

/** A tree cut to a size a page can carry. */
export type TrimmedTree = TrimmedForest<RelatedDocument>;

/**
 * A tree with at most `limit` nodes ({@link trimToDepth}): unchanged when it fits; otherwise cut at
 * the deepest level that fits, each node at the cut with {@link RelatedDocument.hiddenCount}. A
 * directive that every plan of the country carries out would otherwise list the whole corpus.
 *
 * @param limit positive number of nodes
 */
export function trimTree(nodes: readonly RelatedDocument[], limit: number): TrimmedTree {
  return trimToDepth(nodes, limit);
}
