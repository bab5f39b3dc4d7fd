import { collectReferences } from './collectReferences';
import { findCycles, type GraphEdge } from './findCycles';
import type { Problem } from './problem';
import { entriesOf, type ValidationContext } from './validationContext';

/**
 * `implements` must lead upward and end: a plan carries out a higher plan or directive, never one that
 * (directly or through others) carries out the plan itself. The same holds for an organization's
 * `parent` chain. Each circle is reported once, on its alphabetically first file, naming every step.
 *
 * @returns problems with `check: 'cycle'`
 */
export function checkCycles(context: ValidationContext): Problem[] {
  return [
    ...cyclesOf(context, 'documents', 'implements'),
    ...cyclesOf(context, 'organizations', 'parent'),
  ];
}

function cyclesOf(
  context: ValidationContext,
  collection: 'documents' | 'organizations',
  key: string,
): Problem[] {
  const entries = entriesOf(context, collection);
  const fileOf = new Map(entries.map((entry) => [entry.id, entry.file]));
  const graph = new Map<string, GraphEdge[]>();
  for (const entry of entries) {
    const edges = collectReferences(entry)
      .filter((r) => r.key === key && r.collection === collection)
      .map((r) => ({ to: r.id, field: r.field }));
    graph.set(entry.id, edges);
  }
  return findCycles(graph).map((cycle) => {
    const first = cycle.ids[0] ?? '';
    const path = [...cycle.ids, first].join(' → ');
    const files = cycle.ids.map((id) => fileOf.get(id) ?? id).join(', ');
    const what =
      key === 'implements'
        ? 'a document cannot carry out a document that carries it out'
        : 'an organization cannot sit below one of its own sub-organizations';
    return {
      file: fileOf.get(first) ?? first,
      field: cycle.fields[0] ?? key,
      message: `"${key}" goes round in a circle: ${path}; ${what}.`,
      vi: `Lỗi: trường ${key} tạo thành vòng lặp: ${path}.`,
      fix: `remove the wrong link in one of ${files}; ${
        key === 'implements'
          ? 'usually the lower-level or later plan implements the higher or earlier one, not the reverse.'
          : 'parent must name the body above.'
      }`,
      check: 'cycle' as const,
    };
  });
}
