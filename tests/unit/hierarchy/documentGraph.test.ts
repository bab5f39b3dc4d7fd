import { describe, expect, test } from 'vitest';
import { buildDocumentGraph } from '../../../src/lib/hierarchy/documentGraph';
import { directive41, doc, orgs } from './graphCases';

const graph = buildDocumentGraph(directive41, orgs);

describe('buildDocumentGraph', () => {
  test('each document knows its issuer level', () => {
    expect(graph.nodes.get('kh42')?.level).toBe('commune');
  });

  test.each([
    ['kh42', ['ct41', 'kh25']],
    ['damrong', ['ct41', 'kh152']],
    ['qt', []],
    ['ct41', []],
  ])('the hierarchy parents of %s are %j', (id, parents) => {
    expect([...(graph.hierarchyParents.get(id) ?? [])].sort()).toEqual([...parents].sort());
  });

  test('resting on a decree is a relation but not a hierarchy edge', () => {
    expect(graph.outgoing.get('qt')?.map((e) => `${e.relation}:${e.to}`)).toEqual([
      'basedOn:nd98',
      'cites:ct34',
    ]);
    expect(graph.hierarchyParents.get('qt')).toBeUndefined();
  });

  test('incoming edges list who points at a document', () => {
    expect(
      graph.incoming
        .get('ct41')
        ?.map((e) => e.from)
        .sort(),
    ).toEqual(['damrong', 'kh152', 'kh25', 'kh42']);
  });

  test('a reference to a missing entry is kept as an edge but is no hierarchy parent', () => {
    const g = buildDocumentGraph([doc('p', 'plan', 'commune', { implements: ['ghost'] })], orgs);
    expect(g.outgoing.get('p')?.[0]?.to).toBe('ghost');
    expect(g.hierarchyParents.get('p')).toBeUndefined();
  });

  test('a document that names itself is ignored', () => {
    const g = buildDocumentGraph([doc('p', 'plan', 'commune', { implements: ['p'] })], orgs);
    expect(g.outgoing.get('p')).toBeUndefined();
  });

  test('an issuer without an entry leaves the level unknown', () => {
    const g = buildDocumentGraph([doc('p', 'plan', 'commune')]);
    expect(g.nodes.get('p')?.level).toBeUndefined();
  });
});
