import { describe, expect, test } from 'vitest';
import { buildDocumentGraph } from '../../../src/lib/hierarchy/documentGraph';
import { hierarchyForest } from '../../../src/lib/hierarchy/hierarchyForest';
import { implementersTree } from '../../../src/lib/hierarchy/implementersTree';
import { notCarriedOut } from '../../../src/lib/hierarchy/notCarriedOut';
import { reducedParents } from '../../../src/lib/hierarchy/reducedParents';
import { treeIds, type TreeNode } from '../../../src/lib/hierarchy/treeNode';
import { upwardChain } from '../../../src/lib/hierarchy/upwardChain';
import { cycle, directive41, doc, orgs, twoParents } from './graphCases';

/** A tree as an indented outline: "ct41 > kh152 > damrong", one path per leaf, for readable checks. */
function paths(nodes: readonly TreeNode[], prefix = ''): string[] {
  return nodes.flatMap((n) => {
    const here = `${prefix}${n.id}${n.cycle ? '(cycle)' : ''}${n.missing ? '(missing)' : ''}`;
    return n.children.length === 0 ? [here] : paths(n.children, `${here} > `);
  });
}

describe('upwardChain: what a document rests on, up to the top', () => {
  const graph = buildDocumentGraph(directive41, orgs);

  test.each([
    ['kh42', ['ct41', 'kh25 > ct41']],
    ['damrong', ['ct41', 'kh152 > ct41']],
    ['kh25', ['ct41']],
    ['ct41', []],
    ['qt', ['nd98']],
  ])('from %s', (id, expected) => {
    expect(paths(upwardChain(graph, id))).toEqual(expected);
  });

  test('the relation of each step is kept', () => {
    const chain = upwardChain(graph, 'damrong');
    expect(chain.map((n) => `${n.id}:${n.relation ?? ''}`)).toEqual([
      'ct41:basedOn',
      'kh152:implements',
    ]);
  });

  test('a cycle stops and is marked instead of looping', () => {
    const g = buildDocumentGraph(cycle, orgs);
    expect(paths(upwardChain(g, 'a'))).toEqual(['top', 'b > a(cycle)']);
  });

  test('a missing entry is marked', () => {
    const g = buildDocumentGraph([doc('p', 'plan', 'commune', { basedOn: ['ghost'] })], orgs);
    expect(paths(upwardChain(g, 'p'))).toEqual(['ghost(missing)']);
  });
});

describe('reducedParents: each document under its most specific parent', () => {
  test.each([
    ['the ward plan of Quy Nhơn Tây sits under 25-KH/TU only', directive41, 'kh42', ['kh25']],
    ['the Đam Rông plan sits under 152-KH/TU only', directive41, 'damrong', ['kh152']],
    ['a plan with two unrelated parents keeps both', twoParents, 'ward', ['kh219', 'kh4663']],
    ['plans in a cycle keep their parents', cycle, 'a', ['b', 'top']],
  ])('%s', (_name, docs, id, expected) => {
    const reduced = reducedParents(buildDocumentGraph(docs, orgs));
    expect([...(reduced.get(id) ?? [])].sort()).toEqual(expected);
  });
});

describe('implementersTree: who carries a document out, downward', () => {
  test('Chỉ thị 41-CT/TW: both provinces, and the ward and district plans under them', () => {
    const g = buildDocumentGraph(directive41, orgs);
    expect(paths(implementersTree(g, 'ct41'))).toEqual(['kh152 > damrong', 'kh25 > kh42']);
  });

  test('a plan nobody carries out has no implementers', () => {
    const g = buildDocumentGraph(directive41, orgs);
    expect(implementersTree(g, 'kh42')).toEqual([]);
  });

  test('a cycle below is cut and marked', () => {
    const g = buildDocumentGraph(cycle, orgs);
    expect(paths(implementersTree(g, 'top'))).toEqual(['a > b > a(cycle)']);
  });
});

describe('hierarchyForest: every chain from the top down', () => {
  test('41-CT/TW shows both provincial plans with the ward and district plans under them', () => {
    const forest = hierarchyForest(buildDocumentGraph(directive41, orgs));
    expect(forest.map((t) => paths([t]))).toEqual([
      ['ct41 > kh152 > damrong', 'ct41 > kh25 > kh42'],
    ]);
  });

  test('documents in no chain are left out', () => {
    const ids = treeIds(hierarchyForest(buildDocumentGraph(directive41, orgs)));
    expect(ids).not.toContain('ct34');
    expect(ids).not.toContain('qt');
  });

  test('a document with two parents appears under both', () => {
    const forest = hierarchyForest(buildDocumentGraph(twoParents, orgs));
    expect(forest.flatMap((t) => paths([t]))).toEqual(['ct39 > kh4663 > ward', 'kh219 > ward']);
  });

  test('a cycle with no top still appears, once as a root, with the repeat marked', () => {
    const forest = hierarchyForest(buildDocumentGraph(cycle, orgs));
    expect(forest.flatMap((t) => paths([t]))).toEqual([
      'top > a > b > a(cycle)',
      'x > y > x(cycle)',
    ]);
  });

  test('roots: higher level first, then newest first', () => {
    const docs = [
      doc('old', 'directive', 'central', { issued: '2020-01-01' }),
      doc('new', 'directive', 'central', { issued: '2025-01-01' }),
      doc('prov', 'plan', 'province', { issued: '2026' }),
      doc('c1', 'plan', 'commune', { implements: ['old'] }),
      doc('c2', 'plan', 'commune', { implements: ['new'] }),
      doc('c3', 'plan', 'commune', { implements: ['prov'] }),
    ];
    expect(hierarchyForest(buildDocumentGraph(docs, orgs)).map((t) => t.id)).toEqual([
      'new',
      'old',
      'prov',
    ]);
  });
});

describe('notCarriedOut: directives no lower level implements', () => {
  test.each([
    ['a directive only cited is listed', directive41, ['ct34']],
    ['a directive carried out by a province is not listed', twoParents, []],
  ])('%s', (_name, docs, expected) => {
    expect(notCarriedOut(buildDocumentGraph(docs, orgs)).map((n) => n.id)).toEqual(expected);
  });

  test('a directive carried out only at its own level is listed', () => {
    const docs = [
      doc('ct', 'directive', 'province'),
      doc('kh', 'plan', 'province', { implements: ['ct'] }),
    ];
    expect(notCarriedOut(buildDocumentGraph(docs, orgs)).map((n) => n.id)).toEqual(['ct']);
  });

  test('resting on a resolution counts as carrying it out', () => {
    const docs = [
      doc('nq', 'resolution', 'central'),
      doc('kh', 'plan', 'province', { basedOn: ['nq'] }),
    ];
    expect(notCarriedOut(buildDocumentGraph(docs, orgs))).toEqual([]);
  });

  test('plans are never listed', () => {
    const docs = [doc('kh', 'plan', 'province')];
    expect(notCarriedOut(buildDocumentGraph(docs, orgs))).toEqual([]);
  });
});
