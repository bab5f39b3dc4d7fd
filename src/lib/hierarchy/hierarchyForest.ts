import { compareRoots } from './compareNodes';
import type { DocumentGraph, GraphNode } from './documentGraph';
import { expandDown } from './implementersTree';
import { reducedChildren, reducedParents } from './reducedParents';
import type { TreeNode } from './treeNode';

/**
 * Every chain of direction, from a top document (one that carries out nothing in the collection) down
 * to local plans, as a forest: each document appears under its most specific parent (transitive
 * reduction); a document with two unrelated parents appears under both. Documents that take part in no
 * chain are left out (see `notCarriedOut` for directives nobody implements).
 *
 * When a set of documents only point at each other (a cycle, an error in the content), the first of
 * them becomes a root so that none disappears; the repeat is marked `cycle: true`.
 */
export function hierarchyForest(graph: DocumentGraph): TreeNode[] {
  const parents = reducedParents(graph);
  const children = reducedChildren(parents);
  const hasParent = (id: string): boolean => (parents.get(id)?.length ?? 0) > 0;
  const inChains = [...graph.nodes.values()].filter(
    (n) => hasParent(n.id) || (children.get(n.id)?.length ?? 0) > 0,
  );
  const roots = inChains.filter((n) => !hasParent(n.id)).sort(compareRoots);
  const forest: TreeNode[] = [];
  const reached = new Set<string>();
  const plant = (root: GraphNode): void => {
    const tree: TreeNode = {
      id: root.id,
      cycle: false,
      missing: false,
      children: expandDown(graph, children, root.id, new Set([root.id])),
    };
    forest.push(tree);
    const walk = (n: TreeNode): void => {
      reached.add(n.id);
      n.children.forEach(walk);
    };
    walk(tree);
  };
  roots.forEach(plant);
  for (const n of [...inChains].sort(compareRoots)) {
    if (!reached.has(n.id)) plant(n);
  }
  return forest;
}
