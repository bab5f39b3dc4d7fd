import { describe, expect, test } from 'vitest';
import { findCycles, type GraphEdge } from '../../../src/lib/validation/findCycles';

const graph = (edges: Record<string, string[]>): Map<string, GraphEdge[]> =>
  new Map(
    Object.entries(edges).map(([from, tos]) => [
      from,
      tos.map((to, i) => ({ to, field: `implements.${i}` })),
    ]),
  );

describe('findCycles', () => {
  test('a chain that ends has no cycle', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  test('A implements B implements A is one cycle, starting from the first id', () => {
    expect(findCycles(graph({ b: ['a'], a: ['b'] }))).toEqual([
      { ids: ['a', 'b'], fields: ['implements.0', 'implements.0'] },
    ]);
  });

  test('a longer circle names every step and the field of each', () => {
    expect(findCycles(graph({ a: ['x', 'b'], b: ['c'], c: ['a'], x: [] }))).toEqual([
      { ids: ['a', 'b', 'c'], fields: ['implements.1', 'implements.0', 'implements.0'] },
    ]);
  });

  test('two separate circles are two cycles', () => {
    expect(findCycles(graph({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] })).map((c) => c.ids)).toEqual(
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
  });

  test('a document naming itself is left to the self-reference check', () => {
    expect(findCycles(graph({ a: ['a'] }))).toEqual([]);
  });

  test('links to missing documents are left to the reference check', () => {
    expect(findCycles(graph({ a: ['missing'] }))).toEqual([]);
  });

  test('a very long chain does not overflow the stack', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20_000; i += 1) edges[`d${i}`] = [`d${i + 1}`];
    edges['d20000'] = ['d0'];
    expect(findCycles(graph(edges))[0]?.ids).toHaveLength(20_001);
  });
});
