import { describe, expect, test } from 'vitest';
import {
  diagramLevelLabel,
  incomingRelationLabel,
  levelLabel,
  milestoneKindLabel,
  relationLabel,
} from '../../../src/lib/format/labels';
import { truncate } from '../../../src/lib/format/truncate';
import { compactOrganizationName } from '../../../src/lib/format/compactOrganizationName';

describe('labels', () => {
  test.each([
    ['interimReview', 'Sơ kết'],
    ['finalReview', 'Tổng kết'],
    ['reportDue', 'Hạn báo cáo'],
    ['deadline', 'Hạn hoàn thành'],
  ] as const)('milestone %s → %s', (kind, label) => {
    expect(milestoneKindLabel(kind)).toBe(label);
  });

  test.each([
    ['district', 'Cấp huyện (trước 01/7/2025)'],
    [undefined, 'Chưa rõ cấp'],
  ] as const)('level %s → %s', (level, label) => {
    expect(levelLabel(level)).toBe(label);
  });

  test('the district level is labelled on two short lines in the diagram', () => {
    expect(diagramLevelLabel('district')).toEqual(['Cấp huyện', '(trước 01/7/2025)']);
  });

  test.each([
    ['implements', 'thực hiện', 'Thực hiện văn bản này'],
    ['basedOn', 'căn cứ', 'Căn cứ vào văn bản này'],
    ['cites', 'dẫn chiếu', 'Dẫn chiếu văn bản này'],
  ] as const)('relation %s → "%s" / "%s"', (relation, outgoing, incoming) => {
    expect(relationLabel(relation)).toBe(outgoing);
    expect(incomingRelationLabel(relation)).toBe(incoming);
  });
});

describe('truncate', () => {
  test.each([
    ['Ngắn gọn', 20, 'Ngắn gọn'],
    ['thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024', 24, 'thực hiện Chỉ thị số…'],
    ['về tăng cường, khen thưởng', 16, 'về tăng cường…'],
  ])('truncate(%j, %i) → %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});

describe('compactOrganizationName', () => {
  test.each([
    ['Ban Thường vụ Tỉnh ủy Lâm Đồng', 'BTV Tỉnh ủy Lâm Đồng'],
    ['Ủy ban nhân dân phường Bắc Sơn', 'UBND phường Bắc Sơn'],
    ['Chủ tịch Ủy ban nhân dân tỉnh Lai Châu', 'Chủ tịch UBND tỉnh Lai Châu'],
    ['Thường trực Hội đồng nhân dân phường', 'Thường trực HĐND phường'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'Ủy ban MTTQ Việt Nam phường'],
    ['Bộ Chính trị', 'Bộ Chính trị'],
  ])('%s → %s', (name, short) => {
    expect(compactOrganizationName(name)).toBe(short);
  });
});
