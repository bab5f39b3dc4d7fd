import { compareRoots } from './compareNodes';
import { directingKinds, type DocumentGraph, type GraphNode } from './documentGraph';
import { levelOrder } from '../organizations/organizationTerms';

/**
 * Directing documents (chỉ thị, nghị quyết, kết luận) in the collection that no document at a lower
 * level carries out: nothing implements them, or rests on them, from below. When the level of either
 * side is unknown, an implementer counts (the site cannot show that it is not lower).
 *
 * @returns the documents, top level first, newest first within a level
 */
export function notCarriedOut(graph: DocumentGraph): GraphNode[] {
  return [...graph.nodes.values()]
    .filter((n) => directingKinds.has(n.kind))
    .filter((directive) => {
      const implementers = [...graph.nodes.values()].filter((n) =>
        graph.hierarchyParents.get(n.id)?.includes(directive.id),
      );
      return !implementers.some(
        (n) =>
          n.level === undefined ||
          directive.level === undefined ||
          levelOrder[n.level] > levelOrder[directive.level],
      );
    })
    .sort(compareRoots);
}
