import { describe, expect, test } from 'vitest';
import {
  buildOpenData,
  OpenDataReferenceError,
  toOpenDataDecision,
  openDataLookups,
} from '../../../src/lib/openData/buildOpenData';
import {
  openDataDecisionSchema,
  openDataDecisionsFileSchema,
} from '../../../src/lib/openData/exportSchema';
import { decisionsFile, jsonText } from '../../../src/lib/openData/openDataJson';
import {
  decisionInput,
  fixtureDecision,
  fixtureOpenData,
  fixtureSources,
  ids,
  parseDecision,
  site,
  withheldName,
} from './openDataFixture';

describe('buildOpenData turns the validated collections into the exported decisions', () => {
  test('every decision is exported, newest first (a proposed list by the day it was posted)', () => {
    expect(fixtureOpenData().decisions.map((d) => d.id)).toEqual([
      ids.proposed,
      ids.decided,
      ids.revoked,
    ]);
  });

  test('a withheld awardee is left out of the awardees and of the counts', () => {
    const decision = fixtureDecision(ids.decided);
    expect(decision.awardees.map((a) => a.name)).toEqual([
      'Nguyễn Thị Hồng Nhung',
      'Phạm Văn Đức',
      'Chi bộ Khu phố Tân Lập',
      'Lê Văn Toàn',
    ]);
    expect(decision.awardeeCounts).toEqual({
      individual: 2,
      collective: 1,
      household: 1,
      total: 4,
    });
  });

  test('the withheld name is nowhere in the exported data', () => {
    expect(JSON.stringify(fixtureOpenData())).not.toContain(withheldName);
  });

  test('every decision has exactly the documented keys, and the file validates against its schema', () => {
    const data = fixtureOpenData();
    const keys = Object.keys(openDataDecisionSchema.shape);
    for (const decision of data.decisions) expect(Object.keys(decision)).toEqual(keys);
    const file = decisionsFile(data.decisions, site);
    expect(openDataDecisionsFileSchema.parse(JSON.parse(jsonText(file)))).toEqual(file);
  });

  test('an individual keeps position and unit; a household has its head, hamlet and commune', () => {
    const [individual, , collective, household] = fixtureDecision(ids.decided).awardees;
    expect(individual).toMatchObject({
      type: 'individual',
      typeLabel: 'Cá nhân',
      position: 'Công chức Văn phòng - Thống kê',
      unit: 'Ủy ban nhân dân phường Bắc Sơn',
      hamlet: null,
      commune: null,
    });
    expect(collective).toMatchObject({ type: 'collective', position: null, unit: null });
    expect(household).toMatchObject({
      type: 'household',
      typeLabel: 'Hộ gia đình',
      name: 'Lê Văn Toàn',
      position: null,
      hamlet: 'Khu phố Tân Lập',
      commune: 'phường Bắc Sơn',
    });
  });

  test('names, labels and absolute links are resolved', () => {
    const decision = fixtureDecision(ids.decided);
    expect(decision).toMatchObject({
      url: `${site}khen-thuong/${ids.decided}/`,
      status: 'decided',
      statusLabel: 'Đã quyết định',
      number: '45/QĐ-UBND',
      issued: '2025-09-15',
      issuer: {
        id: 'chu-tich-uy-ban-nhan-dan-phuong-bac-son',
        name: 'Chủ tịch Ủy ban nhân dân phường Bắc Sơn',
        url: `${site}co-quan/chu-tich-uy-ban-nhan-dan-phuong-bac-son/`,
      },
      commendationTypeLabel: 'Khen thưởng theo đợt, chuyên đề',
      signatory: { capacity: 'KT.', onBehalfOf: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' },
      consultation: null,
      revocation: null,
      downloads: {
        csv: `${site}khen-thuong/${ids.decided}/khen-thuong.csv`,
        json: `${site}khen-thuong/${ids.decided}/khen-thuong.json`,
      },
    });
    expect(decision.basedOn).toEqual([
      {
        id: 'luat-06-2022-qh15-quoc-hoi-2022-06-15',
        name: 'Luật 06/2022/QH15',
        url: `${site}van-ban/luat-06-2022-qh15-quoc-hoi-2022-06-15/`,
      },
      {
        id: 'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
        name: 'Nghị định 98/2023/NĐ-CP',
        url: `${site}van-ban/nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31/`,
      },
    ]);
  });

  test('a proposed list has its consultation and no number or issue date', () => {
    expect(fixtureDecision(ids.proposed)).toMatchObject({
      status: 'proposed',
      number: null,
      issued: null,
      signatory: null,
      consultation: { posted: '2026-11-16', closes: '2026-11-30' },
      revocation: null,
    });
  });

  test('a revoked decision has its revocation, and the class of an order with its label', () => {
    const decision = fixtureDecision(ids.revoked);
    expect(decision.revocation).toEqual({
      decision: '1801/QĐ-CTN',
      date: '2025-10-20',
      reason: 'Hồ sơ đề nghị khen thưởng kê khai không đúng thành tích',
    });
    expect(decision.awardees[0]).toMatchObject({
      awardForm: { id: 'huan-chuong-lao-dong', name: 'Huân chương Lao động', group: 'order' },
      class: 'third',
      classLabel: 'Hạng Ba',
    });
  });

  test('a document the site does not hold keeps its id, with no link', () => {
    const input = { ...decisionInput(ids.revoked), basedOn: ['chi-thi-1-ct-tw-khong-co'] };
    const decision = toOpenDataDecision(
      parseDecision(ids.revoked, input),
      openDataLookups(fixtureSources()),
      site,
    );
    expect(decision.basedOn).toEqual([
      { id: 'chi-thi-1-ct-tw-khong-co', name: 'chi-thi-1-ct-tw-khong-co', url: null },
    ]);
  });

  test.each([
    ['an award form', { awardForm: 'bang-khen-khong-co' }, 'award form "bang-khen-khong-co"'],
    ['an issuer', { issuer: 'uy-ban-khong-co' }, 'issuer "uy-ban-khong-co"'],
  ])('a missing %s stops the build, naming the file and the id', (_what, change, message) => {
    const input = decisionInput(ids.revoked);
    const changed =
      'awardForm' in change
        ? { ...input, awardees: input.awardees.map((a) => ({ ...a, ...change })) }
        : { ...input, ...change };
    const sources = fixtureSources();
    const build = () =>
      buildOpenData({ ...sources, awardDecisions: [parseDecision(ids.revoked, changed)] }, site);
    expect(build).toThrow(OpenDataReferenceError);
    expect(build).toThrow(`content/award-decisions/${ids.revoked}.json: ${message}`);
  });

  test('the award catalogue is exported with every key, by group then name', () => {
    const forms = fixtureOpenData().awardForms;
    expect(forms.map((f) => f.id)).toEqual([
      'huan-chuong-lao-dong',
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      'lao-dong-tien-tien',
    ]);
    expect(forms[0]?.authorities[0]).toEqual({
      conferredBy: 'Chủ tịch nước',
      level: 'central',
      validFrom: '2024-01-01',
      validTo: null,
      source: 'Luật Thi đua, khen thưởng 06/2022/QH15 (dữ liệu kiểm thử)',
    });
  });
});
