import { describe, expect, test } from 'vitest';
import {
  checkEntry,
  dataToSave,
  entryProblemsMessage,
  photoPath,
  pruneEmpty,
  type IdsIndex,
} from '../../../src/lib/cms/checkEntry';

const ids: IdsIndex = {
  documents: [],
  organizations: ['chu-tich-uy-ban-nhan-dan-phuong-bac-son'],
  awardForms: ['giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa'],
  awardDecisions: [],
  exemplars: [],
  movements: [],
};
const today = new Date('2026-06-01T00:00:00Z');

const decision = (awardee: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  status: 'decided',
  number: '15/QĐ-UBND',
  issuer: 'chu-tich-uy-ban-nhan-dan-phuong-bac-son',
  issued: '2026-03-02',
  title: 'Về việc tặng Giấy khen',
  commendationType: 'campaign',
  awardees: [
    {
      type: 'individual',
      unit: 'Tổ dân phố Đông Sơn',
      awardForm: 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      achievement: 'Vận động Nhân dân hiến đất mở đường.',
      ...awardee,
    },
  ],
  ...extra,
});

const file = 'content/award-decisions/(tệp mới).json';

describe('the check an editor save runs', () => {
  test('a valid new award decision passes', () => {
    const data = decision({ name: 'Lê Văn Thắng' });
    expect(checkEntry({ collection: 'awardDecisions', file, data }, { ids, today })).toEqual([]);
  });

  test('a phone number in an awardee name is refused with the personal-data message', () => {
    const data = decision({ name: 'Lê Văn Thắng 0912345678' });
    const problems = checkEntry({ collection: 'awardDecisions', file, data }, { ids, today });
    expect(problems.map((p) => p.field)).toEqual(['awardees.0.name']);
    const message = entryProblemsMessage(problems);
    expect(message).toContain('Chưa lưu: 1 lỗi');
    expect(message).toContain('awardees.0.name');
    expect(message).toMatch(/điện thoại/);
  });

  test('an impossible date is refused as check:content refuses it', () => {
    const data = decision({ name: 'Lê Văn Thắng' }, { issued: '2025-02-31' });
    const problems = checkEntry({ collection: 'awardDecisions', file, data }, { ids, today });
    expect(problems.map((p) => [p.field, p.check])).toContainEqual(['issued', 'schema']);
  });

  test('an id that names no entry is reported with the field', () => {
    const data = decision({ name: 'Lê Văn Thắng', awardForm: 'giay-khen-khong-co' });
    const problems = checkEntry({ collection: 'awardDecisions', file, data }, { ids, today });
    expect(problems.map((p) => [p.field, p.check])).toEqual([
      ['awardees.0.awardForm', 'reference'],
    ]);
  });

  test('an existing file whose name is not its id is reported', () => {
    const data = decision({ name: 'Lê Văn Thắng' });
    const problems = checkEntry(
      {
        collection: 'awardDecisions',
        file: 'content/award-decisions/sai-ten.json',
        id: 'sai-ten',
        data,
      },
      { ids, today },
    );
    expect(problems.map((p) => p.check)).toEqual(['fileName']);
  });
});

describe('what a save writes', () => {
  test('empty texts and empty groups left by the form are not written; lists are kept', () => {
    expect(
      pruneEmpty({ a: '', b: 'x', c: { d: '' }, e: [], f: null, g: { h: ' ', i: 1 }, j: false }),
    ).toEqual({ b: 'x', e: [], g: { i: 1 }, j: false });
  });

  test('a photo uploaded through the editor is written as the schema wants it', () => {
    expect(photoPath('images/anh.jpg')).toBe('./images/anh.jpg');
    expect(photoPath('/content/exemplars/images/anh.jpg')).toBe('./images/anh.jpg');
    expect(photoPath('./images/anh.jpg')).toBe('./images/anh.jpg');
    expect(photoPath('https://example.com/anh.jpg')).toBe('https://example.com/anh.jpg');
    expect(dataToSave('exemplars', { cover: { image: 'images/a.png', alt: 'x' } })).toEqual({
      cover: { image: './images/a.png', alt: 'x' },
    });
  });
});
