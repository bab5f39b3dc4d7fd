import { describe, expect, test } from 'vitest';
import { authoritiesAt } from '../../../src/lib/awards/authorityAt';
import { awardFormGroups } from '../../../src/lib/awards/awardTerms';
import { toSlug } from '../../../src/lib/text/toSlug';
import { awardFormSchema } from '../../../src/schemas/awardForms';
import { formFiles, forms } from './content';

/** The award catalogue (content/award-forms/): Luật Thi đua, khen thưởng 06/2022/QH15 and Party forms. */
describe('every catalogue file', () => {
  test.each(formFiles)('$id parses through the schema', ({ raw }) => {
    const result = awardFormSchema.safeParse(raw);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});

describe('the catalogue', () => {
  test('ids are the slug of the name, so they are unique', () => {
    for (const { id, form } of forms) expect(id).toBe(toSlug(form.name));
    expect(new Set(forms.map((f) => toSlug(f.form.name))).size).toBe(forms.length);
  });

  test('names are unique', () => {
    expect(new Set(forms.map((f) => f.form.name)).size).toBe(forms.length);
  });

  test.each([...awardFormGroups])('the group %s has at least one row', (group) => {
    expect(forms.some((f) => f.form.group === group)).toBe(true);
  });

  test('every authority is dated and cites its source; superseded ones end after they start', () => {
    for (const { form } of forms) {
      for (const authority of form.authorities) {
        expect(authority.validFrom).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(authority.source.length).toBeGreaterThan(5);
        if (authority.validTo !== undefined) {
          expect(authority.validTo >= authority.validFrom).toBe(true);
        }
      }
    }
  });

  test('every unverified row says what was and was not checked', () => {
    for (const { form } of forms.filter((f) => !f.form.verified)) {
      expect(form.verificationNote, form.name).toBeDefined();
    }
  });

  test.each([
    'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
    'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
    'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
  ])('the forms named by seed 004 are in the catalogue: %s', (name) => {
    expect(forms.map((f) => f.form.name)).toContain(name);
  });
});

/** Authority moved on 1 July 2025 (Điều 80 Luật 2022; Nghị định 129/2025/NĐ-CP). */
describe('authority on both sides of 1 July 2025', () => {
  const form = (name: string) => {
    const found = forms.find((f) => f.form.name === name)?.form;
    if (found === undefined) throw new Error(`no row ${name}`);
    return found;
  };
  const levelsOn = (name: string, day: string) =>
    authoritiesAt(form(name), day)
      .map((a) => a.level)
      .sort();

  test('Chiến sĩ thi đua cơ sở: district chair until 30/6/2025, commune chair from 1/7/2025', () => {
    expect(levelsOn('Chiến sĩ thi đua cơ sở', '2025-06-30')).toContain('district');
    expect(levelsOn('Chiến sĩ thi đua cơ sở', '2025-06-30')).not.toContain('commune');
    expect(levelsOn('Chiến sĩ thi đua cơ sở', '2025-07-01')).toContain('commune');
    expect(levelsOn('Chiến sĩ thi đua cơ sở', '2025-07-01')).not.toContain('district');
  });

  test('Thôn, tổ dân phố văn hóa moves from district to commune chairs', () => {
    expect(levelsOn('Thôn, tổ dân phố văn hóa', '2024-12-31')).toEqual(['district']);
    expect(levelsOn('Thôn, tổ dân phố văn hóa', '2026-01-01')).toEqual(['commune']);
  });

  test('Giấy khen của Chủ tịch UBND cấp huyện is historical', () => {
    expect(levelsOn('Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện', '2025-07-01')).toEqual([]);
  });

  test('Gia đình văn hóa stays with commune chairs, with an old and a new dated row', () => {
    expect(form('Gia đình văn hóa').authorities).toHaveLength(2);
    expect(levelsOn('Gia đình văn hóa', '2025-06-30')).toEqual(['commune']);
    expect(levelsOn('Gia đình văn hóa', '2025-07-01')).toEqual(['commune']);
  });
});
