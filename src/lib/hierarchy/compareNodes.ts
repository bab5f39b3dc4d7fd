import { levelOrder } from '../organizations/organizationTerms';
import type { GraphNode } from './documentGraph';

const unknownLevel = 99;

function dateKey(issued: string | undefined): string {
  return issued ?? '';
}

/**
 * Orders documents from the top of the system down: by level (Trung ương first, unknown last), then
 * oldest first (unknown dates last), then by id so the order never depends on input order.
 */
export function compareTopDown(a: GraphNode, b: GraphNode): number {
  const la = a.level === undefined ? unknownLevel : levelOrder[a.level];
  const lb = b.level === undefined ? unknownLevel : levelOrder[b.level];
  if (la !== lb) return la - lb;
  const da = dateKey(a.issued);
  const db = dateKey(b.issued);
  if (da !== db) {
    if (da === '') return 1;
    if (db === '') return -1;
    return da < db ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Orders the tops of hierarchy trees: by level, then newest first (unknown last), then by id.
 */
export function compareRoots(a: GraphNode, b: GraphNode): number {
  const la = a.level === undefined ? unknownLevel : levelOrder[a.level];
  const lb = b.level === undefined ? unknownLevel : levelOrder[b.level];
  if (la !== lb) return la - lb;
  const da = dateKey(a.issued);
  const db = dateKey(b.issued);
  if (da !== db) {
    if (da === '') return 1;
    if (db === '') return -1;
    return da < db ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
