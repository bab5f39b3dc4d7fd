import type { Relation } from './documentGraph';

/**
 * A node of a document tree (a chain upward, implementers downward, the hierarchy forest). Trees are
 * finite even when the content has a cycle: a document met again on its own path is a leaf with
 * `cycle: true`.
 */
export interface TreeNode {
  readonly id: string;
  /** How the child side of this edge relates to the parent side, when the tree follows edges. */
  readonly relation?: Relation | undefined;
  /** The document already appears above on this path: shown, not expanded (the content has a cycle). */
  readonly cycle: boolean;
  /** The id is referenced but has no entry. */
  readonly missing: boolean;
  readonly children: readonly TreeNode[];
  /** Nodes below this one left out of a trimmed tree ({@link trimToDepth}); absent when none. */
  readonly hiddenCount?: number | undefined;
}

/** A tree node that {@link trimToDepth} can cut: its children, and the count of those it cut. */
interface Trimmable<N> {
  readonly children: readonly N[];
  readonly hiddenCount?: number | undefined;
}

/** The number of nodes in a forest, every level. */
export function countNodes<N extends Trimmable<N>>(nodes: readonly N[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

/** A forest cut to a size a page can carry. */
export interface TrimmedForest<N> {
  readonly nodes: readonly N[];
  /** Nodes in the whole forest. */
  readonly total: number;
  /** Nodes kept (equal to `total` when nothing was cut). */
  readonly shown: number;
}

/**
 * A forest of at most `limit` nodes: unchanged when it fits; otherwise cut at the deepest level that
 * keeps it within `limit` (at least the first level, of which at most `limit` nodes), each node at the
 * cut saying in `hiddenCount` how many nodes were below it. A directive carried out by every plan of
 * the country would otherwise put the whole corpus on one page.
 *
 * @param limit positive number of nodes
 */
export function trimToDepth<N extends Trimmable<N>>(
  nodes: readonly N[],
  limit: number,
): TrimmedForest<N> {
  const total = countNodes(nodes);
  if (total <= limit) return { nodes, total, shown: total };
  // Nodes per depth, to find the deepest cut that fits.
  let depth = 0;
  let kept = 0;
  let level: readonly N[] = nodes;
  while (level.length > 0 && kept + level.length <= limit) {
    kept += level.length;
    depth += 1;
    level = level.flatMap((n) => n.children);
  }
  const cut = (list: readonly N[], remaining: number): N[] =>
    list.map((node) => {
      if (remaining > 1) return { ...node, children: cut(node.children, remaining - 1) };
      const hidden = countNodes(node.children);
      return { ...node, children: [], hiddenCount: hidden > 0 ? hidden : undefined };
    });
  const trimmed = depth === 0 ? cut(nodes.slice(0, limit), 1) : cut(nodes, depth);
  return { nodes: trimmed, total, shown: countNodes(trimmed) };
}

/** Every id in a forest, depth first, each once. */
export function treeIds(nodes: readonly TreeNode[]): string[] {
  const seen = new Set<string>();
  const walk = (list: readonly TreeNode[]): void => {
    for (const n of list) {
      seen.add(n.id);
      walk(n.children);
    }
  };
  walk(nodes);
  return [...seen];
}
