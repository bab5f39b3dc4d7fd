import { compareTopDown } from './compareNodes';
import type { DocumentGraph, GraphNode } from './documentGraph';
import { reducedChildren, reducedParents } from './reducedParents';
import type { TreeNode } from './treeNode';

/**
 * Builds the tree below `id` from reduced child lists; a document already on the path becomes a leaf
 * with `cycle: true`.
 */
export function expandDown(
  graph: DocumentGraph,
  children: ReadonlyMap<string, readonly string[]>,
  id: string,
  path: ReadonlySet<string>,
): TreeNode[] {
  const nodes = (children.get(id) ?? [])
    .map((c) => graph.nodes.get(c))
    .filter((n): n is GraphNode => n !== undefined)
    .sort(compareTopDown);
  return nodes.map((n) => {
    const cycle = path.has(n.id);
    return {
      id: n.id,
      relation: 'implements',
      cycle,
      missing: false,
      children: cycle ? [] : expandDown(graph, children, n.id, new Set([...path, n.id])),
    };
  });
}

/**
 * The documents that carry out `id` (văn bản thực hiện), recursively downward: what implements it,
 * what implements those, and so on. Each document sits under its most specific parent only (see
 * {@link reducedParents}): on the page of Chỉ thị 41-CT/TW, Kế hoạch 42-KH/ĐU appears under Kế hoạch
 * 25-KH/TU, not also directly under the directive.
 */
export function implementersTree(graph: DocumentGraph, id: string): TreeNode[] {
  const children = reducedChildren(reducedParents(graph));
  return expandDown(graph, children, id, new Set([id]));
}
