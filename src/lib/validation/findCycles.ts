/** A directed edge of a reference graph: the field of `from` that names `to`. */
export interface GraphEdge {
  readonly to: string;
  /** Dotted field path in the `from` entry: `implements.1`, `parent`. */
  readonly field: string;
}

/** One cycle: the ids in order (the first is repeated implicitly at the end) and the field of each step. */
export interface Cycle {
  /** Ids around the circle, starting from the alphabetically first: `['a', 'b']` is a → b → a. */
  readonly ids: readonly string[];
  /** `fields[i]` is the field of `ids[i]` that names `ids[i + 1]` (the last names `ids[0]`). */
  readonly fields: readonly string[];
}

/**
 * Finds the circles in a reference graph (Tarjan's strongly connected components), one concrete cycle
 * per component of two or more nodes. Self-loops are ignored: they are reported as self-references.
 * Edges to unknown nodes are ignored: they are reported as broken references.
 *
 * @param graph for each id, the edges it writes
 * @returns cycles in a stable order (by their first id)
 */
export function findCycles(graph: ReadonlyMap<string, readonly GraphEdge[]>): Cycle[] {
  interface NodeState {
    readonly index: number;
    low: number;
    onStack: boolean;
  }
  interface Frame {
    readonly id: string;
    readonly state: NodeState;
    readonly out: readonly string[];
    next: number;
  }
  const states = new Map<string, NodeState>();
  const stack: string[] = [];
  const components: string[][] = [];

  const targets = (id: string): string[] =>
    (graph.get(id) ?? []).map((e) => e.to).filter((to) => to !== id && graph.has(to));
  const enter = (id: string): Frame => {
    const state: NodeState = { index: states.size, low: states.size, onStack: true };
    states.set(id, state);
    stack.push(id);
    return { id, state, out: targets(id), next: 0 };
  };

  // Iterative Tarjan: deep implements chains must not overflow the call stack.
  for (const start of [...graph.keys()].sort()) {
    if (states.has(start)) continue;
    const work: Frame[] = [enter(start)];
    for (let frame = work.at(-1); frame !== undefined; frame = work.at(-1)) {
      const to = frame.out[frame.next];
      if (to !== undefined) {
        frame.next += 1;
        const seen = states.get(to);
        if (seen === undefined) work.push(enter(to));
        else if (seen.onStack) frame.state.low = Math.min(frame.state.low, seen.index);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent !== undefined) parent.state.low = Math.min(parent.state.low, frame.state.low);
      if (frame.state.low !== frame.state.index) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        const state = states.get(member);
        if (state !== undefined) state.onStack = false;
        component.push(member);
        if (member === frame.id) break;
      }
      if (component.length > 1) components.push(component);
    }
  }

  return components
    .map((component) => cycleIn(graph, new Set(component)))
    .sort((a, b) => ((a.ids[0] ?? '') < (b.ids[0] ?? '') ? -1 : 1));
}

/** A shortest cycle through the alphabetically first member of a strongly connected component. */
function cycleIn(graph: ReadonlyMap<string, readonly GraphEdge[]>, members: Set<string>): Cycle {
  const sorted = [...members].sort();
  const start = sorted[0] ?? '';
  // Breadth-first search inside the component, back to the start.
  const previous = new Map<string, { from: string; field: string }>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head] ?? start;
    for (const edge of graph.get(id) ?? []) {
      if (!members.has(edge.to) || edge.to === id) continue;
      if (edge.to === start) {
        const ids: string[] = [id];
        const fields: string[] = [edge.field];
        for (let back = previous.get(id); back !== undefined; back = previous.get(back.from)) {
          ids.push(back.from);
          fields.push(back.field);
        }
        return { ids: ids.reverse(), fields: fields.reverse() };
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, { from: id, field: edge.field });
        queue.push(edge.to);
      }
    }
  }
  // Unreachable for a strongly connected component; fall back to the members themselves.
  return { ids: sorted, fields: [] };
}
