import { describe, expect, test } from 'vitest';
import {
  countTreeNodes,
  trimTree,
  type RelatedDocument,
} from '../../../src/lib/site/relatedDocuments';

const node = (id: string, children: RelatedDocument[] = []): RelatedDocument => ({
  id,
  cycle: false,
  missing: true,
  children,
});

/** A directive carried out by `provinces` provincial plans, each carried out by `communes` plans. */
function nationalTree(provinces: number, communes: number): RelatedDocument[] {
  return Array.from({ length: provinces }, (_, p) =>
    node(
      `tinh-${String(p)}`,
      Array.from({ length: communes }, (_, c) => node(`xa-${String(p)}-${String(c)}`)),
    ),
  );
}

describe('the implementers tree of a document page', () => {
  test('a tree within the limit is shown whole', () => {
    const tree = nationalTree(3, 4);
    const trimmed = trimTree(tree, 300);
    expect(trimmed.nodes).toBe(tree);
    expect(trimmed).toMatchObject({ total: 15, shown: 15 });
  });

  test('a national tree shows the plans that carry it out directly, each with how many are below', () => {
    const trimmed = trimTree(nationalTree(34, 300), 300);
    expect(trimmed.total).toBe(34 * 301);
    expect(trimmed.shown).toBe(34);
    expect(countTreeNodes(trimmed.nodes)).toBe(34);
    for (const n of trimmed.nodes) {
      expect(n.children).toEqual([]);
      expect(n.hiddenCount).toBe(300);
    }
  });

  test('never more nodes than the limit, however wide the first level', () => {
    const trimmed = trimTree(nationalTree(5000, 1), 300);
    expect(countTreeNodes(trimmed.nodes)).toBe(300);
    expect(trimmed.total).toBe(10_000);
  });

  test('the cut goes as deep as the limit allows', () => {
    // 2 directives, 10 provincial plans each, 30 commune plans under each provincial plan.
    const forest = Array.from({ length: 2 }, (_, d) =>
      node(`ct-${String(d)}`, nationalTree(10, 30)),
    );
    const trimmed = trimTree(forest, 400);
    expect(trimmed.total).toBe(2 + 20 + 600);
    expect(trimmed.shown).toBe(22);
    const provincial = trimmed.nodes.flatMap((n) => n.children);
    expect(provincial).toHaveLength(20);
    for (const p of provincial) expect(p.hiddenCount).toBe(30);
    expect(trimmed.nodes.every((n) => n.hiddenCount === undefined)).toBe(true);
  });
});
