import type { DocumentGraph } from './documentGraph';

/** The hierarchy ancestors of `start`, never walking through `avoid`. */
function ancestorsAvoiding(graph: DocumentGraph, start: string, avoid: string): Set<string> {
  const found = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined) break;
    for (const parent of graph.hierarchyParents.get(current) ?? []) {
      if (parent === avoid || found.has(parent)) continue;
      found.add(parent);
      stack.push(parent);
    }
  }
  return found;
}

// Every document page asks for the same graph's reduction: compute it once per graph.
const cache = new WeakMap<DocumentGraph, ReadonlyMap<string, readonly string[]>>();

/**
 * Each document's hierarchy parents after transitive reduction: a parent is dropped when it can also
 * be reached through another parent (without coming back through the document itself). Kế hoạch
 * 42-KH/ĐU implements both Chỉ thị 41-CT/TW and Kế hoạch 25-KH/TU, which itself implements 41-CT/TW,
 * so its only reduced parent is 25-KH/TU. Two parents that do not lead to each other are both kept;
 * so are two that lead to each other (a cycle in the content). Computed once per graph.
 */
export function reducedParents(graph: DocumentGraph): ReadonlyMap<string, readonly string[]> {
  const cached = cache.get(graph);
  if (cached) return cached;
  const result = new Map<string, string[]>();
  for (const [id, parents] of graph.hierarchyParents) {
    const reach = new Map(parents.map((p) => [p, ancestorsAvoiding(graph, p, id)]));
    const kept = parents.filter(
      (p) =>
        !parents.some(
          (other) =>
            other !== p && reach.get(other)?.has(p) === true && reach.get(p)?.has(other) !== true,
        ),
    );
    result.set(id, kept);
  }
  cache.set(graph, result);
  return result;
}

const childrenCache = new WeakMap<
  ReadonlyMap<string, readonly string[]>,
  ReadonlyMap<string, readonly string[]>
>();

/**
 * The reverse of {@link reducedParents}: each document's reduced hierarchy children. Computed once
 * per parents map (every document page expands its implementers from it).
 */
export function reducedChildren(
  parents: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, readonly string[]> {
  const cached = childrenCache.get(parents);
  if (cached) return cached;
  const children = new Map<string, string[]>();
  for (const [child, list] of parents) {
    for (const parent of list) {
      const existing = children.get(parent);
      if (existing) existing.push(child);
      else children.set(parent, [child]);
    }
  }
  childrenCache.set(parents, children);
  return children;
}
