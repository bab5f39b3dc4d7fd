import { describe, expect, test } from 'vitest';
import { awardIds, fixtureAwardsModel, withheldName } from './fixtureAwards';
import {
  consultationLists,
  decisionsRewarding,
  latestDecisions,
  organizationAwards,
} from '../../../src/lib/awardsView/relatedAwards';
import { awardFormCatalogue, awardFormPage } from '../../../src/lib/awardsView/awardFormPages';
import { decisionPage } from '../../../src/lib/awardsView/decisionPage';
import {
  decisionFilterFields,
  decisionRowValues,
} from '../../../src/lib/awardsView/decisionFilters';
import { formCounts } from '../../../src/lib/awardsView/formCounts';
import { honourBoard, honourBoardIndex } from '../../../src/lib/awardsView/honourBoard';

const model = fixtureAwardsModel();
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe('consultations by where they stand', () => {
  test.each([
    ['2026-11-21', [awardIds.proposedOpen], [], [awardIds.proposedClosed]],
    ['2026-10-05', [awardIds.proposedClosed], [awardIds.proposedOpen], []],
    ['2026-12-01', [], [], [awardIds.proposedOpen, awardIds.proposedClosed]],
  ])('on %s: open %j, not started %j, closed %j', (day, open, notStarted, closed) => {
    const lists = consultationLists(fixtureAwardsModel(day));
    expect(lists.open.map((i) => i.decision.id)).toEqual(open);
    expect(lists.notStarted.map((i) => i.decision.id)).toEqual(notStarted);
    expect(lists.closed.map((i) => i.decision.id)).toEqual(closed);
  });

  test('keeps at most the given number of closed ones', () => {
    expect(consultationLists(fixtureAwardsModel('2026-12-01'), 1).closed).toHaveLength(1);
  });

  test('a shorter list asked for by one page does not shorten the next page’s list', () => {
    const model = fixtureAwardsModel('2026-12-01');
    expect(consultationLists(model, 1).closed).toHaveLength(1);
    expect(consultationLists(model).closed).toHaveLength(2);
  });
});

describe('cross-links', () => {
  test('a plan lists the decisions that reward it, newest first', () => {
    expect(
      ids(
        decisionsRewarding(
          model,
          'ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet',
        ),
      ),
    ).toEqual([awardIds.proposedOpen, awardIds.qd45]);
  });

  test('an organization lists its decisions and its honour boards', () => {
    const awards = organizationAwards(model, 'uy-ban-nhan-dan-phuong-bac-son');
    expect(ids(awards.decisions)).toEqual([awardIds.proposedOpen, awardIds.qd45]);
    expect(awards.honourBoards.map((b) => b.href)).toEqual([
      '/bang-vang/uy-ban-nhan-dan-phuong-bac-son/2025/',
    ]);
  });

  test('an issuer whose only decision was revoked has no honour board', () => {
    expect(organizationAwards(model, 'uy-ban-nhan-dan-thi-xa-bac-son').honourBoards).toEqual([]);
  });

  test('the home page shows the newest decisions', () => {
    expect(ids(latestDecisions(model, 2))).toEqual([
      awardIds.proposedOpen,
      awardIds.proposedClosed,
    ]);
  });
});

describe('a withheld awardee appears in no view', () => {
  test.each([
    ['decision summaries', () => model.decisions],
    ['the decision page', () => decisionPage(model, awardIds.qd120)],
    [
      'the filter fields and rows',
      () => [
        decisionFilterFields(model.decisions, model.forms),
        model.decisions.map(decisionRowValues),
      ],
    ],
    ['counts per form', () => formCounts(model)],
    [
      'the honour boards',
      () => [
        honourBoardIndex(model),
        honourBoard(model, 'uy-ban-nhan-dan-phuong-quyet-thang', 2024),
      ],
    ],
    [
      'the award form pages',
      () => [
        awardFormCatalogue(model),
        awardFormPage(model, 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa'),
      ],
    ],
    [
      'the cross-links',
      () => [
        organizationAwards(model, 'uy-ban-nhan-dan-phuong-quyet-thang'),
        consultationLists(model),
      ],
    ],
  ])('%s', (_name, view) => {
    expect(JSON.stringify(view())).not.toContain(withheldName);
  });
});
