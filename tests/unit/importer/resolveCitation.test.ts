import { describe, expect, test } from 'vitest';
import {
  numberKey,
  resolveCitation,
  sameDocument,
  type CitationIdentity,
  type KnownEntry,
} from '../../../src/lib/importer/resolveCitation';

const politburo41: KnownEntry = {
  id: 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
  kind: 'directive',
  number: '41-CT/TW',
  issuerId: 'bo-chinh-tri',
  issued: '2024-12-26',
  title:
    'về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới',
};
const haTinh41: KnownEntry = {
  id: 'chi-thi-41-ct-tu-ban-thuong-vu-tinh-uy-ha-tinh-2014-09-09',
  kind: 'directive',
  number: '41-CT/TU',
  issuerId: 'ban-thuong-vu-tinh-uy-ha-tinh',
  issued: '2014-09-09',
  title: 'về tăng cường lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng',
};
const politburo34: KnownEntry = {
  id: 'chi-thi-34-ct-tw-bo-chinh-tri-2014-04-07',
  kind: 'directive',
  number: '34-CT/TW',
  issuerId: 'bo-chinh-tri',
  issued: '2014-04-07',
  title: 'về tiếp tục đổi mới công tác thi đua, khen thưởng',
};
const lamDong34: KnownEntry = {
  id: 'chi-thi-34-ct-tu-ban-thuong-vu-tinh-uy-lam-dong-2024-04-20',
  kind: 'directive',
  number: '34-CT/TU',
  issuerId: 'ban-thuong-vu-tinh-uy-lam-dong',
  issued: '2024-04-20',
  title: 'Chỉ thị số 34-CT/TU',
};
const blankPlan: KnownEntry = {
  id: 'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024',
  kind: 'plan',
  number: '/KH-UBND',
  issuerId: 'uy-ban-nhan-dan-phuong-quyet-thang',
  issued: '2024-02',
  title: 'Công tác thi đua, khen thưởng năm 2024',
};
const known = [politburo41, haTinh41, politburo34, lamDong34, blankPlan];

describe('finding the document a citation means', () => {
  test.each<[string, CitationIdentity, string]>([
    [
      '41-CT/TW of 26/12/2024, cited by another plan with another title',
      { ...politburo41, title: '“Về tăng cường …”' },
      politburo41.id,
    ],
    [
      '41-CT/TW cited without a date',
      { kind: 'directive', number: '41-CT/TW', issuerId: 'bo-chinh-tri', title: 'x' },
      politburo41.id,
    ],
    ['41-CT/TW cited with the year only', { ...politburo41, issued: '2024' }, politburo41.id],
    ['41-CT/TU of Hà Tĩnh', { ...haTinh41, title: 'Chỉ thị số 41-CT/TU' }, haTinh41.id],
    [
      '34-CT/TW of 2014',
      { ...politburo34, title: 'về tiếp tục đổi mới công tác TĐKT' },
      politburo34.id,
    ],
    ['34-CT/TU of Lâm Đồng', { ...lamDong34 }, lamDong34.id],
    [
      'a number with spaces inside ("08 - CT/TU" style)',
      { ...haTinh41, number: '41 - CT/TU' },
      haTinh41.id,
    ],
    ['a number without its leading zero', { ...politburo34, number: '034-CT/TW' }, politburo34.id],
    ['a blank-numbered plan with the same title', { ...blankPlan }, blankPlan.id],
  ])('%s', (_name, citation, id) => {
    expect(resolveCitation(citation, known)).toEqual({ status: 'found', id });
  });

  test.each<[string, CitationIdentity]>([
    ['41-CT/TW of another issuer', { ...politburo41, issuerId: 'ban-bi-thu' }],
    ['41-CT/TW of another term (2004)', { ...politburo41, issued: '2004-05-01' }],
    ['34-CT/TU of Bộ Chính trị (symbol only differs)', { ...politburo34, number: '34-CT/TU' }],
    [
      '41-CT/TU of Lâm Đồng (same symbol as Hà Tĩnh)',
      { ...haTinh41, issuerId: 'ban-thuong-vu-tinh-uy-lam-dong' },
    ],
    ['a plan with the symbol but another kind', { ...politburo41, kind: 'plan' }],
    [
      'a blank-numbered plan of the same issuer with another title',
      { ...blankPlan, title: 'Kế hoạch tổ chức phong trào khác' },
    ],
  ])('%s is none of them', (_name, citation) => {
    expect(resolveCitation(citation, known)).toEqual({ status: 'none' });
  });

  test('a number cited without a date that two terms share is ambiguous', () => {
    const older = {
      ...politburo41,
      id: 'chi-thi-41-ct-tw-bo-chinh-tri-2004-05-01',
      issued: '2004-05-01',
    };
    expect(
      resolveCitation(
        { kind: 'directive', number: '41-CT/TW', issuerId: 'bo-chinh-tri', title: 'x' },
        [...known, older],
      ),
    ).toEqual({
      status: 'ambiguous',
      ids: [politburo41.id, older.id],
    });
  });
});

describe('the pairs of the glossary', () => {
  test.each<[string, KnownEntry, KnownEntry]>([
    ['Chỉ thị 41-CT/TW (Bộ Chính trị, 2024) and 41-CT/TU (Hà Tĩnh, 2014)', politburo41, haTinh41],
    ['Chỉ thị 34-CT/TW (2014) and 34-CT/TU (Lâm Đồng, 2024)', politburo34, lamDong34],
  ])('%s are two documents', (_name, a, b) => {
    expect(sameDocument(a, b)).toBe(false);
  });
});

describe('number keys', () => {
  test.each([
    ['08-CT/TU', '8-CT/TU'],
    ['25- KH/TU', '25-KH/TU'],
    ['98/2023/NĐ-CP', '98/2023/NĐ-CP'],
    ['42-kh/đu', '42-KH/ĐU'],
  ])('%s reads as %s', (number, key) => {
    expect(numberKey(number)).toBe(key);
  });
  test.each([['/KH-UBND'], ['not a number']])('%s has no key', (number) => {
    expect(numberKey(number)).toBeNull();
  });
});
