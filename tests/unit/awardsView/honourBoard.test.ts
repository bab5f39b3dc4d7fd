import { describe, expect, test } from 'vitest';
import {
  awardIds,
  fixtureAwardsModel,
  fixtureDecisions,
  fixtureForms,
  withheldName,
} from './fixtureAwards';
import { fixtureModel } from '../site/fixtureContent';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import { buildAwardsModel } from '../../../src/lib/awardsView/awardsModel';
import {
  honourBoard,
  honourBoardIndex,
  honourBoardPaths,
} from '../../../src/lib/awardsView/honourBoard';

const model = fixtureAwardsModel();

/** A decision with classes, read through the real schema (the fixture issuers confer none). */
const orderDecision = {
  id: 'quyet-dinh-thu-hang',
  data: awardDecisionSchema.parse({
    status: 'decided',
    number: '9/QĐ-TTg',
    issuer: 'thu-tuong-chinh-phu',
    issued: '2025-01-05',
    title: 'Về việc đề nghị tặng thưởng Huân chương Lao động (kiểm thử)',
    commendationType: 'merit',
    awardees: [
      {
        type: 'individual',
        name: 'Nguyễn Văn A',
        unit: 'Đơn vị A',
        awardForm: 'huan-chuong-lao-dong',
        class: 'third',
        achievement: 'Thành tích A',
      },
      {
        type: 'collective',
        name: 'Tập thể C',
        awardForm: 'huan-chuong-lao-dong',
        achievement: 'Thành tích C',
      },
      {
        type: 'individual',
        name: 'Trần Thị B',
        unit: 'Đơn vị B',
        awardForm: 'huan-chuong-lao-dong',
        class: 'second',
        achievement: 'Thành tích B',
      },
    ],
  }),
};

describe('the honour board index', () => {
  test('holds issuers with decided awards only (no revoked, no proposed), dictionary order', () => {
    expect(
      honourBoardIndex(model).map((i) => [i.organizationId, i.years.map((y) => y.year)]),
    ).toEqual([
      ['thu-tuong-chinh-phu', [2025]],
      ['uy-ban-nhan-dan-phuong-bac-son', [2025]],
      ['uy-ban-nhan-dan-phuong-quyet-thang', [2024]],
    ]);
  });

  test('counts published awardees per year', () => {
    const quyetThang = honourBoardIndex(model).find(
      (i) => i.organizationId === 'uy-ban-nhan-dan-phuong-quyet-thang',
    );
    expect(quyetThang?.years[0]).toMatchObject({
      href: '/bang-vang/uy-ban-nhan-dan-phuong-quyet-thang/2024/',
      awardeeCount: 4,
      decisionCount: 1,
      countLabel: '3 cá nhân, 1 tập thể',
    });
  });

  test('gives one page per issuer and year', () => {
    expect(honourBoardPaths(model)).toEqual([
      { organizationId: 'thu-tuong-chinh-phu', year: 2025 },
      { organizationId: 'uy-ban-nhan-dan-phuong-bac-son', year: 2025 },
      { organizationId: 'uy-ban-nhan-dan-phuong-quyet-thang', year: 2024 },
    ]);
  });
});

describe('a board', () => {
  test('groups awardees by award form in catalogue order, withheld left out', () => {
    const board = honourBoard(model, 'uy-ban-nhan-dan-phuong-quyet-thang', 2024);
    expect(board.groups.map((g) => [g.formName, g.entries.map((e) => e.name)])).toEqual([
      [
        'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
        ['Nguyễn Thị Hằng', 'Đặng Văn Định', 'Trường Tiểu học Quyết Thắng'],
      ],
      ['Lao động tiên tiến', ['Bùi Thị Ánh']],
    ]);
    expect(JSON.stringify(board)).not.toContain(withheldName);
  });

  test('ranks higher classes first within a form, then keeps the decision’s order', () => {
    const withClasses = buildAwardsModel(
      fixtureForms(),
      [...fixtureDecisions(), orderDecision],
      fixtureModel(),
      { today: '2026-11-21', consultationState: () => ({ state: 'closed', workingDaysLeft: 0 }) },
    );
    const board = honourBoard(withClasses, 'thu-tuong-chinh-phu', 2025);
    expect(
      board.groups.map((g) => [g.formName, g.entries.map((e) => [e.name, e.classLabel])]),
    ).toEqual([
      [
        'Huân chương Lao động',
        [
          ['Trần Thị B', 'Hạng Nhì'],
          ['Nguyễn Văn A', 'Hạng Ba'],
          ['Tập thể C', undefined],
        ],
      ],
      [
        'Bằng khen của Thủ tướng Chính phủ',
        [
          ['Ủy ban nhân dân phường Bắc Sơn', undefined],
          ['Đỗ Thị Lan', undefined],
        ],
      ],
    ]);
  });

  test('shows a household with its hamlet and commune', () => {
    const board = honourBoard(model, 'uy-ban-nhan-dan-phuong-bac-son', 2025);
    const households = board.groups.find((g) => g.formId === 'gia-dinh-van-hoa');
    expect(households?.entries[0]).toMatchObject({
      name: 'Lê Văn Toàn',
      details: 'Khu phố Tân Lập, phường Bắc Sơn',
      typeLabel: 'Hộ gia đình',
    });
    expect(board.awardeeCountLabel).toBe('1 tập thể, 2 hộ gia đình');
  });

  test('leaves out the proposed list of the same issuer and year', () => {
    const board = honourBoard(model, 'uy-ban-nhan-dan-phuong-bac-son', 2025);
    expect(board.decisions.map((d) => d.id)).toEqual([awardIds.qd45]);
  });

  test('is empty for a revoked decision’s issuer', () => {
    expect(honourBoard(model, 'uy-ban-nhan-dan-thi-xa-bac-son', 2025).groups).toEqual([]);
  });
});
