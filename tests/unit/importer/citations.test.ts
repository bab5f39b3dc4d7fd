import { describe, expect, test } from 'vitest';
import { describeOrganization } from '../../../src/lib/importer/describeOrganization';
import { findCitations } from '../../../src/lib/importer/findCitations';
import { importPlan } from '../../../src/lib/importer/importPlan';
import { canonicalIssuerName, matchIssuer } from '../../../src/lib/importer/issuerNames';
import { findKnownDocument } from '../../../src/lib/importer/knownDocuments';
import { modernToneMarks } from '../../../src/lib/importer/modernToneMarks';
import { countProvinceMentions } from '../../../src/lib/importer/provinces';
import { findLocalities, qualifyIssuerName } from '../../../src/lib/importer/qualifyIssuerName';

const first = (text: string) => {
  const [citation] = findCitations(text);
  if (citation === undefined) throw new Error(`no citation in ${text}`);
  return citation;
};

describe('reading a citation', () => {
  test.each([
    [
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ về quy định chi tiết thi hành; Kế hoạch',
      {
        kind: 'decree',
        number: '98/2023/NĐ-CP',
        issued: '2023-12-31',
        issuer: 'Chính phủ',
        title: 'về quy định chi tiết thi hành',
      },
    ],
    [
      'Thực hiện Chỉ thị số 08 - CT/TU, ngày 24/5/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch',
      {
        kind: 'directive',
        number: '08-CT/TU',
        issued: '2021-05-24',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'về đẩy mạnh phong trào',
      },
    ],
    [
      'Kế hoạch số 4663/KH-UBND ngày 25 tháng 12 năm 2024 của UBND thị xã Bắc Sơn về việc tổ chức (sau đây gọi tắt là Phong trào thi đua).',
      {
        kind: 'plan',
        number: '4663/KH-UBND',
        issued: '2024-12-25',
        issuer: 'UBND thị xã Bắc Sơn',
        title: 'về việc tổ chức',
      },
    ],
    [
      'Nghị định số 91/2017/NĐ-CP, ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      {
        kind: 'decree',
        number: '91/2017/NĐ-CP',
        issued: '2017-07-31',
        issuer: 'Chính phủ',
        title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ],
    [
      'Chỉ thị số 34-CT/TW, ngày 07/4/2014 của Bộ Chính trị khoá XI về tiếp tục đổi mới công tác thi đua, khen thưởng;',
      {
        kind: 'directive',
        number: '34-CT/TW',
        issued: '2014-04-07',
        issuer: 'Bộ Chính trị',
        title: 'về tiếp tục đổi mới công tác thi đua, khen thưởng',
      },
    ],
    [
      'Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị “Về tăng cường sự lãnh đạo” (viết tắt là Chỉ thị số 41-CT/TW);',
      {
        kind: 'directive',
        number: '41-CT/TW',
        issued: '2024-12-26',
        issuer: 'Bộ Chính trị',
        title: 'về tăng cường sự lãnh đạo',
      },
    ],
    [
      'Nghị quyết số 11- NQ/TU, ngày 01/6/2023 về nâng cao chất lượng giáo dục; Duy trì',
      {
        kind: 'resolution',
        number: '11-NQ/TU',
        issued: '2023-06-01',
        title: 'về nâng cao chất lượng giáo dục',
      },
    ],
    [
      'Luật Thi đua, Khen thưởng ngày 15/6/2022; Nghị định',
      { kind: 'law', lawName: 'Thi đua, Khen thưởng', issued: '2022-06-15' },
    ],
    [
      'Luật Thi đua, khen thưởng năm 2022 và các văn bản',
      { kind: 'law', lawName: 'Thi đua, khen thưởng', issued: '2022' },
    ],
    [
      'theo Chỉ thị số 05-CT/TW, ngày 15/6/2016 của Bộ Chính trị.',
      { kind: 'directive', number: '05-CT/TW', issued: '2016-06-15', issuer: 'Bộ Chính trị' },
    ],
  ])('%j', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  test('a citation without a trích yếu has no title', () => {
    expect(
      first('theo Chỉ thị số 05-CT/TW, ngày 15/6/2016 của Bộ Chính trị.').title,
    ).toBeUndefined();
  });

  test('citedAs is the citation as printed, up to the issuer', () => {
    expect(
      first(
        'Thực hiện theo Kế hoạch số 25- KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy Gia Lai về thực hiện',
      ).citedAs,
    ).toBe('Kế hoạch số 25- KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy Gia Lai');
  });

  test('a document the citation says it carries out is nested, marked as carried out', () => {
    const citation = first(
      'Kế hoạch số 25- KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy Gia Lai về thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường (viết tắt là Chỉ thị số 41-CT/TW); Ban',
    );
    expect(citation.nested.map((n) => [n.number, n.afterImplementing])).toEqual([
      ['41-CT/TW', true],
    ]);
  });

  test.each([
    ['pháp luật về thi đua, khen thưởng'],
    ['Luật Thi đua, khen thưởng, các văn bản'],
    ['Kế hoạch này và Chỉ thị, Kết luận'],
    ['Kế hoạch 5 năm (2021-2025)'],
  ])('%j cites no particular document', (text) => {
    expect(findCitations(text)).toEqual([]);
  });

  test('the alias in "(viết tắt là …)" is not read as another citation', () => {
    expect(
      findCitations(
        'Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị (viết tắt là Chỉ thị số 41-CT/TW);',
      ),
    ).toHaveLength(1);
  });
});

describe('issuers named in the text', () => {
  test.each([
    ['Ban Thường vụ Tỉnh ủy Gia Lai về thực hiện', 'Ban Thường vụ Tỉnh ủy Gia Lai'],
    ['Ban Thường vụ Tỉnh ủy về', 'Ban Thường vụ Tỉnh ủy'],
    ['UBND phường Quyết Thắng xây dựng Kế hoạch', 'UBND phường Quyết Thắng'],
    [
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây xây dựng ban hành',
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
    ],
    ['Ban Thường vụ Huyện ủy Đam Rông ban hành', 'Ban Thường vụ Huyện ủy Đam Rông'],
    ['Ban Thường vụ Thị uỷ Bắc Sơn về tổ chức', 'Ban Thường vụ Thị uỷ Bắc Sơn'],
    ['Chủ tịch Ủy ban nhân dân tỉnh về phát động', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ['Thủ tướng Chính phủ về việc', 'Thủ tướng Chính phủ'],
  ])('%j names %j', (text, issuer) => {
    expect(matchIssuer(text, 0)?.text).toBe(issuer);
  });

  test.each([
    ['UBND phường Quyết Thắng', 'Ủy ban nhân dân phường Quyết Thắng'],
    ['Ban Thường vụ Thị uỷ Bắc Sơn', 'Ban Thường vụ Thị ủy Bắc Sơn'],
    ['Hội đồng Nhân dân phường', 'Hội đồng nhân dân phường'],
    ['HĐND tỉnh Lai Châu', 'Hội đồng nhân dân tỉnh Lai Châu'],
    ['Bộ Chính trị khóa XI', 'Bộ Chính trị'],
  ])('%j is written in full as %j', (printed, full) => {
    expect(canonicalIssuerName(printed)).toBe(full);
  });
});

describe('names completed from the citing plan', () => {
  const gialai = { province: 'Gia Lai', localities: new Map<string, string>(), planIssuers: [] };
  const bacSon = {
    province: 'Thanh Hóa',
    localities: new Map([['thị xã', 'Bắc Sơn']]),
    planIssuers: ['Ủy ban nhân dân phường Bắc Sơn'],
  };
  const quyNhonTay = {
    province: 'Gia Lai',
    localities: new Map<string, string>(),
    planIssuers: ['Ban Thường vụ Đảng ủy phường Quy Nhơn Tây', 'Đảng ủy phường Quy Nhơn Tây'],
  };
  test.each([
    ['Ban Thường vụ Tỉnh ủy', gialai, 'Ban Thường vụ Tỉnh ủy Gia Lai'],
    [
      'Chủ tịch Ủy ban nhân dân tỉnh',
      { ...gialai, province: 'Lai Châu' },
      'Chủ tịch Ủy ban nhân dân tỉnh Lai Châu',
    ],
    ['Ban Thường vụ Thị ủy', bacSon, 'Ban Thường vụ Thị ủy Bắc Sơn'],
    ['Ủy ban nhân dân phường', bacSon, 'Ủy ban nhân dân phường Bắc Sơn'],
    ['Đảng ủy phường', quyNhonTay, 'Đảng ủy phường Quy Nhơn Tây'],
    ['Bộ Chính trị', gialai, 'Bộ Chính trị'],
    ['Ban Thường vụ Tỉnh ủy Hà Tĩnh', gialai, 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'],
  ])('%j in context is %j', (name, context, full) => {
    expect(qualifyIssuerName(name, context)).toEqual({ name: full, qualified: true });
  });

  test('without a province, "Ban Thường vụ Tỉnh ủy" stays unqualified', () => {
    expect(
      qualifyIssuerName('Ban Thường vụ Tỉnh ủy', { localities: new Map(), planIssuers: [] }),
    ).toEqual({
      name: 'Ban Thường vụ Tỉnh ủy',
      qualified: false,
    });
  });

  test('local units are read from the text', () => {
    expect(
      findLocalities(
        'Đảng bộ thị xã Bắc Sơn; Ban Thường vụ Thị uỷ Bắc Sơn; Huyện ủy Đam Rông; kinh tế - xã hội',
      ),
    ).toEqual(
      new Map([
        ['thị xã', 'Bắc Sơn'],
        ['huyện', 'Đam Rông'],
      ]),
    );
  });
});

describe('organizations described from their names', () => {
  test.each([
    ['Bộ Chính trị', { level: 'central', branch: 'party' }],
    ['Thủ tướng Chính phủ', { level: 'central', branch: 'state', parentName: 'Chính phủ' }],
    ['Chính phủ', { level: 'central', branch: 'state' }],
    ['Quốc hội', { level: 'central', branch: 'state' }],
    [
      'Ban Thường vụ Tỉnh ủy Gia Lai',
      { level: 'province', branch: 'party', province: 'Gia Lai', parentName: 'Tỉnh ủy Gia Lai' },
    ],
    [
      'Ban Thường vụ Huyện ủy Đam Rông',
      { level: 'district', branch: 'party', province: 'Lâm Đồng', validTo: '2025-06-30' },
    ],
    [
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      { level: 'commune', branch: 'party', province: 'Lâm Đồng' },
    ],
    [
      'Ủy ban nhân dân phường Quyết Thắng',
      { level: 'commune', branch: 'state', shortName: 'UBND phường Quyết Thắng' },
    ],
    [
      'Chủ tịch Ủy ban nhân dân tỉnh Lai Châu',
      {
        level: 'province',
        branch: 'state',
        province: 'Lai Châu',
        parentName: 'Ủy ban nhân dân tỉnh Lai Châu',
      },
    ],
    [
      'Ủy ban nhân dân thị xã Bắc Sơn',
      { level: 'district', branch: 'state', validTo: '2025-06-30' },
    ],
    ['Thị ủy Bắc Sơn', { level: 'district', branch: 'party', validTo: '2025-06-30' }],
    ['Thành ủy Hà Nội', { level: 'province', branch: 'party', province: 'Hà Nội' }],
    [
      'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh',
      { level: 'province', branch: 'party', province: 'Hà Tĩnh' },
    ],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Sơn', { level: 'commune', branch: 'front' }],
  ])('%s', (name, expected) => {
    expect(describeOrganization(name, 'Lâm Đồng')).toMatchObject({ name, ...expected });
  });

  test('a name that fits no known form is not guessed', () => {
    expect(describeOrganization('Ban Thường vụ Tỉnh ủy')).toBeNull();
  });
});

describe('provinces named in a text', () => {
  test.each([
    ['xây dựng Hà Tĩnh; con người Hà Tĩnh', [['Hà Tĩnh', 2]]],
    ['Đảng bộ tỉnh Thanh Hoá lần thứ XX', [['Thanh Hóa', 1]]],
    ['tư tưởng Hồ Chí Minh', []],
    ['Thành phố Hồ Chí Minh', [['Hồ Chí Minh', 1]]],
    ['đất nước thái bình', []],
    ['Thừa Thiên Huế', [['Thừa Thiên Huế', 1]]],
  ])('%j', (text, expected) => {
    expect([...countProvinceMentions(text)]).toEqual(expected);
  });
});

describe('tone marks in the current style', () => {
  test.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Thị uỷ', 'Thị ủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['quý', 'quý'],
    ['hoàng', 'hoàng'],
    ['khuyến', 'khuyến'],
  ])('%s → %s', (text, expected) => {
    expect(modernToneMarks(text)).toBe(expected);
  });
});

describe('the known-documents table', () => {
  test.each([
    [
      { kind: 'law' as const, lawName: 'Thi đua, Khen thưởng', issued: '2022-06-15' },
      '06/2022/QH15',
    ],
    [{ kind: 'law' as const, lawName: 'Thi đua, khen thưởng', issued: '2022' }, '06/2022/QH15'],
    [{ kind: 'law' as const, lawName: 'Thi đua, khen thưởng', issued: '2003' }, '15/2003/QH11'],
    [
      {
        kind: 'directive' as const,
        number: '05-CT/TW',
        issuer: 'Bộ Chính trị',
        issued: '2016-06-15',
      },
      '05-CT/TW',
    ],
  ])('%o is %s', (query, number) => {
    expect(findKnownDocument(query)?.number).toBe(number);
  });

  test('a law cited by name without a date is not guessed', () => {
    expect(findKnownDocument({ kind: 'law', lawName: 'Thi đua, khen thưởng' })).toBeUndefined();
  });
});

describe('a citation that implements itself', () => {
  // Found by tests/unit/property/importer.property.test.ts (a seed with lines swapped): the nested
  // "Chỉ thị 41-CT/TW" took the fullest citation of its number, which nests it again, and importPlan
  // recursed until "Maximum call stack size exceeded".
  test('is read once, without recursing', () => {
    const text =
      'KẾ HOẠCH\nChỉ thị 41-CT/TW ngày 26/12/2024\ncủa Bộ Chính trị về\nthực hiện Chỉ thị 41-CT/TW';
    const draft = importPlan({ fileName: 'x.txt', text });
    expect(draft.citations.map((c) => [c.number, c.implements.length])).toEqual([['41-CT/TW', 0]]);
  });
});
