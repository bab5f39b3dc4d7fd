import { compareTopDown } from './compareNodes';
import type { DocumentGraph, GraphEdge } from './documentGraph';
import type { TreeNode } from './treeNode';

/**
 * What a document rests on (căn cứ) and carries out (thực hiện), with each of those documents' own
 * bases above them, up to documents that rest on nothing: the full chain upward to the top.
 *
 * Each returned node is a direct basis of `id` (relation `basedOn` or `implements`); its children are
 * that document's bases, and so on. A document already on the path is returned once more with
 * `cycle: true` and not expanded; an id with no entry has `missing: true`. `cites` is not followed.
 *
 * @returns the direct bases, top-level documents first (by level, then date)
 */
export function upwardChain(graph: DocumentGraph, id: string): TreeNode[] {
  const expand = (from: string, path: ReadonlySet<string>): TreeNode[] => {
    const edges = (graph.outgoing.get(from) ?? []).filter((e) => e.relation !== 'cites');
    return sortEdges(graph, edges, (e) => e.to).map((edge) => {
      const missing = !graph.nodes.has(edge.to);
      const cycle = path.has(edge.to);
      return {
        id: edge.to,
        relation: edge.relation,
        cycle,
        missing,
        children: cycle || missing ? [] : expand(edge.to, new Set([...path, edge.to])),
      };
    });
  };
  return expand(id, new Set([id]));
}

/** Sorts edges by their far end top-down; unknown ids last, in content order. */
export function sortEdges(
  graph: DocumentGraph,
  edges: readonly GraphEdge[],
  end: (edge: GraphEdge) => string,
): GraphEdge[] {
  const merged = new Map<string, GraphEdge>();
  for (const e of edges) {
    // One node per document: "implements" wins over "basedOn" when a plan names a document as both.
    const prev = merged.get(end(e));
    if (prev === undefined || e.relation === 'implements') merged.set(end(e), e);
  }
  return [...merged.values()].sort((a, b) => {
    const na = graph.nodes.get(end(a));
    const nb = graph.nodes.get(end(b));
    if (na === undefined || nb === undefined) return na === nb ? 0 : na === undefined ? 1 : -1;
    return compareTopDown(na, nb);
  });
}
