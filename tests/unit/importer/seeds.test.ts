import { describe, expect, test } from 'vitest';
import { entryData, importSeeds, planData, reportOf } from './seedImport';

const result = importSeeds();

const seed000 = '000_1630f053c66d56e5.txt';
const seed001 = '001_f14f69ecf0e9450c.txt';
const seed002 = '002_6d63e611e3fe6721.txt';
const seed003 = '003_aae8b3caacfcac39.txt';
const seed004 = '004_49c0ad69035881fa.txt';

const doc = (id: string): Record<string, unknown> => entryData(result, `documents/${id}.md`);
const org = (id: string): Record<string, unknown> => entryData(result, `organizations/${id}.json`);

describe('importing the five seeds', () => {
  test('nothing is reported as invalid', () => {
    expect(result.problems).toEqual([]);
  });
  test('each seed becomes one full document', () => {
    expect(result.files.filter((f) => f.role === 'plan')).toHaveLength(5);
  });
});

describe.each([
  [seed000, 'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay'],
  [
    seed001,
    'ke-hoach-ban-thuong-vu-dang-uy-khoi-cac-co-quan-va-doanh-nghiep-tinh-ha-tinh-day-manh-phong-trao-thi-dua-yeu-nuoc',
  ],
  [
    seed002,
    'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024',
  ],
  [
    seed003,
    'ke-hoach-ban-thuong-vu-huyen-uy-dam-rong-thuc-hien-ke-hoach-so-152-kh-tu-ngay-28-02-2025',
  ],
  [seed004, 'ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet'],
])('%s', (fileName, id) => {
  test(`is written as documents/${id}.md`, () => {
    expect(reportOf(result, fileName).id).toBe(id);
  });
  test('records its source file', () => {
    expect(planData(result, fileName)['source']).toBe(fileName);
  });
  test('is a full plan', () => {
    expect(planData(result, fileName)).toMatchObject({ status: 'full', kind: 'plan' });
  });
});

describe.each([
  [seed000, '42-KH/ĐU'],
  [seed001, undefined],
  [seed002, '/KH-UBND'],
  [seed003, undefined],
  [seed004, '/KH-UBND'],
])('the number of %s', (fileName, number) => {
  test(`is ${String(number)}`, () => {
    expect(planData(result, fileName)['number']).toBe(number);
  });
});

describe.each([
  [seed000, undefined, undefined],
  [seed001, undefined, undefined],
  [seed002, '2024-02', 'Quyết Thắng'],
  [seed003, undefined, undefined],
  [seed004, '2025', 'Bắc Sơn'],
])('the date and place of %s', (fileName, issued, place) => {
  test(`issued is ${String(issued)}`, () => {
    expect(planData(result, fileName)['issued']).toBe(issued);
  });
  test(`place is ${String(place)}`, () => {
    expect(planData(result, fileName)['place']).toBe(place);
  });
});

describe.each([
  [
    seed000,
    'thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
  ],
  [
    seed001,
    'đẩy mạnh phong trào thi đua yêu nước thực hiện thắng lợi nghị quyết đại hội Đảng các cấp nhiệm kỳ 2020 - 2025',
  ],
  [seed002, 'Công tác thi đua, khen thưởng năm 2024'],
  [
    seed003,
    'Thực hiện Kế hoạch số 152-KH/TU, ngày 28/02/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị “Về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới”',
  ],
  [
    seed004,
    'Tổ chức phong trào thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội Đại biểu Đảng bộ thị xã Bắc Sơn lần thứ XII, nhiệm kỳ 2025-2030, Đại hội Đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX và Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng',
  ],
])('the title of %s', (fileName, title) => {
  test('is the lines after "KẾ HOẠCH", joined', () => {
    expect(planData(result, fileName)['title']).toBe(title);
  });
});

describe.each([
  [
    seed000,
    'ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
    {
      name: 'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      level: 'commune',
      branch: 'party',
      province: 'Gia Lai',
      parent: 'dang-uy-phuong-quy-nhon-tay',
    },
  ],
  [
    seed001,
    'ban-thuong-vu-dang-uy-khoi-cac-co-quan-va-doanh-nghiep-tinh-ha-tinh',
    {
      name: 'Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh',
      level: 'province',
      branch: 'party',
      province: 'Hà Tĩnh',
    },
  ],
  [
    seed002,
    'uy-ban-nhan-dan-phuong-quyet-thang',
    {
      name: 'Ủy ban nhân dân phường Quyết Thắng',
      level: 'commune',
      branch: 'state',
      province: 'Lai Châu',
      aliases: ['UBND phường Quyết Thắng'],
    },
  ],
  [
    seed003,
    'ban-thuong-vu-huyen-uy-dam-rong',
    {
      name: 'Ban Thường vụ Huyện ủy Đam Rông',
      level: 'district',
      branch: 'party',
      province: 'Lâm Đồng',
      validTo: '2025-06-30',
    },
  ],
  [
    seed004,
    'uy-ban-nhan-dan-phuong-bac-son',
    {
      name: 'Ủy ban nhân dân phường Bắc Sơn',
      level: 'commune',
      branch: 'state',
      province: 'Thanh Hóa',
    },
  ],
])('the issuer of %s', (fileName, issuer, organization) => {
  test(`is ${issuer}`, () => {
    expect(planData(result, fileName)['issuer']).toBe(issuer);
  });
  test('is described by level, branch and province', () => {
    expect(org(issuer)).toMatchObject(organization);
  });
});

/** A cited document as a test expects it: the stub's kind, number, date and issuer. */
type Cited = { id: string; kind: string; number: string; issued: string; issuer: string };

describe.each<[string, 'basedOn' | 'implements' | 'cites', Cited[]]>([
  [seed000, 'basedOn', []],
  [
    seed000,
    'implements',
    [
      {
        id: 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
        kind: 'directive',
        number: '41-CT/TW',
        issued: '2024-12-26',
        issuer: 'bo-chinh-tri',
      },
      {
        id: 'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
        kind: 'plan',
        number: '25-KH/TU',
        issued: '2025-12-05',
        issuer: 'ban-thuong-vu-tinh-uy-gia-lai',
      },
    ],
  ],
  [seed000, 'cites', []],
  [
    seed001,
    'implements',
    [
      {
        id: 'chi-thi-08-ct-tu-ban-thuong-vu-tinh-uy-ha-tinh-2021-05-24',
        kind: 'directive',
        number: '08-CT/TU',
        issued: '2021-05-24',
        issuer: 'ban-thuong-vu-tinh-uy-ha-tinh',
      },
    ],
  ],
  [
    seed001,
    'cites',
    [
      {
        id: 'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
        kind: 'directive',
        number: '34-CT/TW',
        issued: '2014-04-07',
        issuer: 'bo-chinh-tri',
      },
      {
        id: 'nghi-dinh-91-2017-nd-cp-chinh-phu-2017-07-31',
        kind: 'decree',
        number: '91/2017/NĐ-CP',
        issued: '2017-07-31',
        issuer: 'chinh-phu',
      },
      {
        id: 'chi-thi-41-ct-tu-ban-thuong-vu-tinh-uy-ha-tinh-2014-09-09',
        kind: 'directive',
        number: '41-CT/TU',
        issued: '2014-09-09',
        issuer: 'ban-thuong-vu-tinh-uy-ha-tinh',
      },
      {
        id: 'ket-luan-01-kl-tw-bo-chinh-tri-2021-05-18',
        kind: 'conclusion',
        number: '01-KL/TW',
        issued: '2021-05-18',
        issuer: 'bo-chinh-tri',
      },
    ],
  ],
  [
    seed002,
    'basedOn',
    [
      {
        id: 'luat-06-2022-qh15-quoc-hoi-2022-06-15',
        kind: 'law',
        number: '06/2022/QH15',
        issued: '2022-06-15',
        issuer: 'quoc-hoi',
      },
      {
        id: 'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
        kind: 'decree',
        number: '98/2023/NĐ-CP',
        issued: '2023-12-31',
        issuer: 'chinh-phu',
      },
      {
        id: 'ke-hoach-33-kh-ubnd-uy-ban-nhan-dan-phuong-quyet-thang-2024-01-08',
        kind: 'plan',
        number: '33/KH-UBND',
        issued: '2024-01-08',
        issuer: 'uy-ban-nhan-dan-phuong-quyet-thang',
      },
    ],
  ],
  [
    seed002,
    'cites',
    [
      {
        id: 'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
        kind: 'directive',
        number: '34-CT/TW',
        issued: '2014-04-07',
        issuer: 'bo-chinh-tri',
      },
      {
        id: 'chi-thi-19-ct-ttg-thu-tuong-chinh-phu-2021-07-16',
        kind: 'directive',
        number: '19/CT-TTg',
        issued: '2021-07-16',
        issuer: 'thu-tuong-chinh-phu',
      },
      {
        id: 'chi-thi-09-ct-ubnd-chu-tich-uy-ban-nhan-dan-tinh-lai-chau-2021-08-11',
        kind: 'directive',
        number: '09/CT-UBND',
        issued: '2021-08-11',
        issuer: 'chu-tich-uy-ban-nhan-dan-tinh-lai-chau',
      },
    ],
  ],
  [seed002, 'implements', []],
  [
    seed003,
    'basedOn',
    [
      {
        id: 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
        kind: 'directive',
        number: '41-CT/TW',
        issued: '2024-12-26',
        issuer: 'bo-chinh-tri',
      },
    ],
  ],
  [
    seed003,
    'implements',
    [
      {
        id: 'ke-hoach-152-kh-tu-ban-thuong-vu-tinh-uy-lam-dong-2025-02-28',
        kind: 'plan',
        number: '152-KH/TU',
        issued: '2025-02-28',
        issuer: 'ban-thuong-vu-tinh-uy-lam-dong',
      },
    ],
  ],
  [
    seed003,
    'cites',
    [
      {
        id: 'chi-thi-05-ct-tw-bo-chinh-tri-2016-05-15',
        kind: 'directive',
        number: '05-CT/TW',
        issued: '2016-05-15',
        issuer: 'bo-chinh-tri',
      },
      {
        id: 'chi-thi-34-ct-tu-ban-thuong-vu-tinh-uy-lam-dong-2024-04-20',
        kind: 'directive',
        number: '34-CT/TU',
        issued: '2024-04-20',
        issuer: 'ban-thuong-vu-tinh-uy-lam-dong',
      },
    ],
  ],
  [
    seed004,
    'implements',
    [
      {
        id: 'chi-thi-39-ct-ttg-thu-tuong-chinh-phu-2024-10-15',
        kind: 'directive',
        number: '39/CT-TTg',
        issued: '2024-10-15',
        issuer: 'thu-tuong-chinh-phu',
      },
      {
        id: 'ke-hoach-219-kh-tu-ban-thuong-vu-thi-uy-bac-son-2024-09-18',
        kind: 'plan',
        number: '219-KH/TU',
        issued: '2024-09-18',
        issuer: 'ban-thuong-vu-thi-uy-bac-son',
      },
      {
        id: 'ke-hoach-4663-kh-ubnd-uy-ban-nhan-dan-thi-xa-bac-son-2024-12-25',
        kind: 'plan',
        number: '4663/KH-UBND',
        issued: '2024-12-25',
        issuer: 'uy-ban-nhan-dan-thi-xa-bac-son',
      },
    ],
  ],
  [
    seed004,
    'cites',
    [
      {
        id: 'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
        kind: 'directive',
        number: '34-CT/TW',
        issued: '2014-04-07',
        issuer: 'bo-chinh-tri',
      },
      {
        id: 'chi-thi-04-ct-tu-ban-thuong-vu-tinh-uy-thanh-hoa-2021-05-28',
        kind: 'directive',
        number: '04-CT/TU',
        issued: '2021-05-28',
        issuer: 'ban-thuong-vu-tinh-uy-thanh-hoa',
      },
      {
        id: 'luat-06-2022-qh15-quoc-hoi-2022-06-15',
        kind: 'law',
        number: '06/2022/QH15',
        issued: '2022-06-15',
        issuer: 'quoc-hoi',
      },
      {
        id: 'chi-thi-29-ct-tu-ban-thuong-vu-thi-uy-bac-son-2024-04-01',
        kind: 'directive',
        number: '29-CT/TU',
        issued: '2024-04-01',
        issuer: 'ban-thuong-vu-thi-uy-bac-son',
      },
      {
        id: 'nghi-quyet-11-nq-tu-thi-uy-bac-son-2023-06-01',
        kind: 'resolution',
        number: '11-NQ/TU',
        issued: '2023-06-01',
        issuer: 'thi-uy-bac-son',
      },
    ],
  ],
])('%s %s', (fileName, relation, cited) => {
  test(`lists ${cited.length} documents in order`, () => {
    expect(planData(result, fileName)[relation] ?? []).toEqual(cited.map((c) => c.id));
  });
  test.each(cited)(
    '$number is $kind of $issuer, $issued',
    ({ id, kind, number, issued, issuer }) => {
      expect(doc(id)).toMatchObject({ kind, number, issued, issuer });
    },
  );
});

describe('the directive hierarchy built from the citations', () => {
  test.each([
    [
      'ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05',
      ['chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26'],
    ],
    [
      'ke-hoach-152-kh-tu-ban-thuong-vu-tinh-uy-lam-dong-2025-02-28',
      ['chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26'],
    ],
  ])('the stub %s implements 41-CT/TW', (id, implemented) => {
    expect(doc(id)['implements']).toEqual(implemented);
  });
  test('41-CT/TW is one stub with its trích yếu as cited', () => {
    expect(doc('chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26')).toEqual({
      status: 'referenced',
      kind: 'directive',
      number: '41-CT/TW',
      issuer: 'bo-chinh-tri',
      issued: '2024-12-26',
      title:
        'về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
      citedAs: 'Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị',
    });
  });
  test('a stub keeps the citation as printed', () => {
    expect(doc('ke-hoach-25-kh-tu-ban-thuong-vu-tinh-uy-gia-lai-2025-12-05')['citedAs']).toBe(
      'Kế hoạch số 25- KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy Gia Lai',
    );
  });
  test('the law cited only by its date gets its number from the known-documents table', () => {
    expect(doc('luat-06-2022-qh15-quoc-hoi-2022-06-15')).toMatchObject({
      title: 'Luật Thi đua, khen thưởng',
    });
  });
  test('"TU" of 219-KH/TU is the Thị ủy Bắc Sơn, not a Tỉnh ủy', () => {
    expect(org('ban-thuong-vu-thi-uy-bac-son')).toMatchObject({
      level: 'district',
      province: 'Thanh Hóa',
      validTo: '2025-06-30',
    });
  });
});

describe.each([
  [
    seed000,
    { capacity: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Đứng' },
  ],
  [
    seed001,
    { capacity: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Đình Hải' },
  ],
  [
    seed002,
    {
      capacity: 'TM.',
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Hoàng Chí Tình',
    },
  ],
  [
    seed003,
    {
      capacity: 'T/M',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      position: 'PHÓ BÍ THƯ',
      name: 'Đa Cắt K’ Hương',
    },
  ],
  [seed004, { position: 'CHỦ TỊCH', name: 'Nguyễn Văn Trường' }],
])('the signatory of %s', (fileName, signatory) => {
  test(`is ${signatory.name}`, () => {
    expect(planData(result, fileName)['signatory']).toEqual(signatory);
  });
});

describe.each([
  [seed000, 4, 21, 7, 'Lưu VP Đảng ủy'],
  [seed001, 3, 16, 7, 'Lưu VP Đảng ủy Khối'],
  [seed002, 3, 23, 6, 'Lưu: VT'],
  [seed003, 3, 22, 9, 'Lưu Văn phòng Huyện ủy'],
  [seed004, 6, 62, 7, 'Lưu: VP'],
])('the structure of %s', (fileName, top, total, distribution, archive) => {
  test(`has ${top} top-level sections`, () => {
    expect(reportOf(result, fileName).counts.topSections).toBe(top);
  });
  test(`has ${total} sections in all`, () => {
    expect(reportOf(result, fileName).counts.sections).toBe(total);
  });
  test(`sends to ${distribution} entries`, () => {
    expect(planData(result, fileName)['distribution']).toHaveLength(distribution);
  });
  test(`archives as "${archive}"`, () => {
    const entries = planData(result, fileName)['distribution'] as {
      name: string;
      archive?: boolean;
    }[];
    expect(entries.filter((e) => e.archive === true).map((e) => e.name)).toEqual([archive]);
  });
});

describe.each([
  [seed000, 'Ban Tuyên giáo và Dân vận Tỉnh ủy', ['b/c']],
  [seed001, 'Ban Tuyên giáo Tỉnh ủy', ['để b/c']],
  [seed001, 'Ban Thường vụ ĐUK', ['chỉ đạo']],
  [seed001, 'BBT Website Đảng bộ Khối', ['để đăng tải']],
  [seed003, 'Thường trực Tỉnh ủy', ['báo cáo']],
  [seed004, 'UBND thị xã', ['b/c']],
  [seed004, 'Các khu phố', ['t/h']],
])('in the distribution of %s', (fileName, name, markers) => {
  test(`"${name}" is marked ${markers.join(', ')}`, () => {
    const entries = planData(result, fileName)['distribution'] as {
      name: string;
      markers?: string[];
    }[];
    expect(entries.find((e) => e.name === name)?.markers).toEqual(markers);
  });
});

describe.each<[string, [string, string][]]>([
  [
    seed000,
    [
      ['Đảng ủy phường', 'muc-iv-1'],
      ['Hội đồng Nhân dân phường', 'muc-iv-2'],
      ['Đảng ủy ủy ban Nhân dân phường', 'muc-iv-3'],
      ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường', 'muc-iv-4'],
      ['Ban Xây dựng Đảng Đảng ủy phường', 'muc-iv-5'],
    ],
  ],
  [
    seed001,
    [
      ['Ban Thường vụ Đảng ủy Khối', 'muc-iii-g1'],
      ['Văn phòng Đảng ủy Khối', 'muc-iii-g2'],
      ['Ban Tuyên giáo Đảng ủy Khối', 'muc-iii-g3'],
      ['Ban Tổ chức, Ủy ban Kiểm tra Đảng ủy Khối', 'muc-iii-g4'],
      ['Các đảng ủy, chi ủy, các đoàn thể trực thuộc', 'muc-iii-g5'],
    ],
  ],
  [
    seed002,
    [
      ['các cơ quan, đơn vị, đoàn thể phường, các tổ dân phố, bản', 'muc-iii-1'],
      ['công chức Văn hóa - Xã hội', 'muc-iii-2'],
      ['Công chức Tài chính - Kế toán', 'muc-iii-3'],
      ['Công chức Văn phòng - Thống kê (Phụ trách lĩnh vực TĐKT)', 'muc-iii-4'],
    ],
  ],
  [
    seed003,
    [
      ['Các tổ chức cơ sở đảng trực thuộc Huyện ủy', 'muc-iii-1'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội', 'muc-iii-2'],
      ['Ban Tuyên giáo và Dân vận Huyện ủy', 'muc-iii-3'],
      ['Ủy ban nhân dân huyện', 'muc-iii-4'],
    ],
  ],
  [
    seed004,
    [
      ['Các cơ quan, đơn vị và các doanh nghiệp', 'muc-vi-1'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam phường và đoàn thể chính trị - xã hội phường', 'muc-vi-2'],
      [
        'Công chức Văn phòng - thống kê phường (Cơ quan Thường trực của Hội đồng Thi đua, Khen thưởng phường)',
        'muc-vi-3',
      ],
    ],
  ],
])('the assignments of %s', (fileName, expected) => {
  const assignments = (): { organization: string; section: string; task: string }[] =>
    planData(result, fileName)['assignments'] as {
      organization: string;
      section: string;
      task: string;
    }[];
  test(`are ${expected.length}, organization by organization`, () => {
    expect(assignments().map((a) => [a.organization, a.section])).toEqual(expected);
  });
  test('each has a task', () => {
    expect(assignments().every((a) => a.task.length > 10)).toBe(true);
  });
});

describe('tasks and organizations', () => {
  test('seed 002 III.2 gives the task to "công chức Văn hóa - Xã hội"', () => {
    const assignments = planData(result, seed002)['assignments'] as { task: string }[];
    expect(assignments[1]?.task).toMatch(/^tăng cường công tác thông tin, tuyên truyền/u);
  });
  test('seed 000 IV.3 keeps the paragraph that continues the item in its task', () => {
    const assignments = planData(result, seed000)['assignments'] as { task: string }[];
    expect(assignments[2]?.task).toMatch(/Chỉ đạo tổ chức phát động/u);
  });
  test('"Đảng ủy phường" in seed 000 is linked to the ward committee', () => {
    const assignments = planData(result, seed000)['assignments'] as { organizationId?: string }[];
    expect(assignments[0]?.organizationId).toBe('dang-uy-phuong-quy-nhon-tay');
  });
});

describe.each<[string, Record<string, unknown>[]]>([
  [seed000, []],
  [seed001, []],
  [
    seed002,
    [
      { kind: 'reportDue', date: '2024-05-15', period: 'báo cáo 6 tháng', section: 'muc-iii-1' },
      { kind: 'reportDue', date: '2024-11-01', period: 'báo cáo năm', section: 'muc-iii-1' },
    ],
  ],
  [
    seed003,
    [
      {
        kind: 'deadline',
        date: '2025-03-31',
        period: 'quý I năm 2025',
        organization: 'Các tổ chức cơ sở đảng trực thuộc Huyện ủy',
        section: 'muc-iii-1',
      },
    ],
  ],
  [
    seed004,
    [
      { kind: 'interimReview', date: '2025-06-30', section: 'muc-ii-2' },
      { kind: 'finalReview', date: '2025-12-31', section: 'muc-ii-2' },
      { kind: 'finalReview', date: '2025-12-31', section: 'muc-v-2' },
    ],
  ],
])('the milestones of %s', (fileName, expected) => {
  test(`are ${expected.length}`, () => {
    expect(planData(result, fileName)['milestones'] ?? []).toHaveLength(expected.length);
  });
  test.each(expected.map((m, i) => [i, m] as const))('milestone %i is %o', (index, milestone) => {
    expect((planData(result, fileName)['milestones'] as unknown[])[index]).toMatchObject(milestone);
  });
});
