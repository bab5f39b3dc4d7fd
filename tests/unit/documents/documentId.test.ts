import { describe, expect, test } from 'vitest';
import {
  documentId,
  issuedDatesCompatible,
  type DocumentIdentity,
} from '../../../src/lib/documents/documentId';

const directive41TW: DocumentIdentity = {
  kind: 'directive',
  number: '41-CT/TW',
  issuerId: 'bo-chinh-tri',
  issued: '2024-12-26',
  title:
    'về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
};

describe('the id of a document', () => {
  test.each<[string, DocumentIdentity, string]>([
    ['a Politburo directive', directive41TW, 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26'],
    [
      'a ward plan without a date',
      {
        kind: 'plan',
        number: '42- KH/ĐU',
        issuerId: 'ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
        title: 'x y z',
      },
      'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
    ],
    [
      'a decree',
      {
        kind: 'decree',
        number: '98/2023/NĐ-CP',
        issuerId: 'chinh-phu',
        issued: '2023-12-31',
        title: 'quy định',
      },
      'nghi-dinh-98-2023-nd-cp-chinh-phu-2023-12-31',
    ],
    [
      'a plan whose number is left blank is told apart by its title',
      {
        kind: 'plan',
        number: '/KH-UBND',
        issuerId: 'uy-ban-nhan-dan-phuong-quyet-thang',
        issued: '2024-02',
        title: 'Công tác thi đua, khen thưởng năm 2024',
      },
      'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024',
    ],
  ])('%s', (_name, identity, id) => {
    expect(documentId(identity)).toBe(id);
  });
});

describe('the same symbol from another issuer or date is another document', () => {
  test.each<[string, DocumentIdentity, DocumentIdentity]>([
    [
      'Chỉ thị 41-CT/TW of the Politburo (2024) and 41-CT/TU of Hà Tĩnh (2014)',
      directive41TW,
      {
        kind: 'directive',
        number: '41-CT/TU',
        issuerId: 'ban-thuong-vu-tinh-uy-ha-tinh',
        issued: '2014-09-09',
        title: 'về tăng cường lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng',
      },
    ],
    [
      'Chỉ thị 34-CT/TW (2014) and 34-CT/TU of Lâm Đồng (2024)',
      {
        kind: 'directive',
        number: '34-CT/TW',
        issuerId: 'bo-chinh-tri',
        issued: '2014-04-07',
        title: 'về tiếp tục',
      },
      {
        kind: 'directive',
        number: '34-CT/TU',
        issuerId: 'ban-thuong-vu-tinh-uy-lam-dong',
        issued: '2024-04-20',
        title: 'x',
      },
    ],
    ['one number in two Party terms', directive41TW, { ...directive41TW, issued: '2004-05-01' }],
  ])('%s get different ids', (_name, a, b) => {
    expect(documentId(a)).not.toBe(documentId(b));
  });

  test('citations of 41-CT/TW with other titles get the same id', () => {
    expect(documentId({ ...directive41TW, title: '“Về tăng cường sự lãnh đạo của đảng …”' })).toBe(
      documentId(directive41TW),
    );
  });
});

describe('issue dates that can be the same day', () => {
  test.each<[string | undefined, string | undefined, boolean]>([
    ['2024-12-26', '2024-12-26', true],
    ['2024', '2024-12-26', true],
    ['2024-12', '2024-12-26', true],
    [undefined, '2024-12-26', true],
    ['2024-12-26', '2024-12-25', false],
    ['2014', '2024-04-20', false],
    ['2024-02', '2024-12-26', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(issuedDatesCompatible(a, b)).toBe(expected);
  });
});
