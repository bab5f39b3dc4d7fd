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
