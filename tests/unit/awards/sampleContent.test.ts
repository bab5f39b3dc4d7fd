import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { awardeeName, publishedAwardees } from '../../../src/lib/awards/publishedAwardees';
import { awardeeTypes, commendationTypes } from '../../../src/lib/awards/awardTerms';
import { consultationState } from '../../../src/lib/awards/consultationState';
import { documentId } from '../../../src/lib/documents/documentId';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import { contentDir, decisionFiles, decisions } from './content';

/** "Today" of these tests (the site's reference day in the brief). */
const today = '2026-11-21';
const all = decisions.map((d) => d.decision);
const awardees = all.flatMap((d) => d.awardees);

describe('every sample decision file', () => {
  test.each(decisionFiles)('$id parses through the schema', ({ raw }) => {
    const result = awardDecisionSchema.safeParse(raw);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  test.each(decisions)('$id is named by documentId()', ({ id, decision }) => {
    expect(id).toBe(
      documentId({
        kind: 'decision',
        number: decision.number?.printed,
        issuerId: decision.issuer.id,
        issued: decision.issued,
        title: decision.title,
      }),
    );
  });
});

describe('the sample decisions', () => {
  test('at least 6 decisions and 60 awardees', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(awardees.length).toBeGreaterThanOrEqual(60);
  });

  test('every one is labelled illustrative ("Dữ liệu minh họa")', () => {
    expect(all.every((d) => d.illustrative)).toBe(true);
  });

  test('every status is present: one open, one closed consultation, decided and revoked', () => {
    const states = all.flatMap((d) =>
      d.status === 'proposed' ? [consultationState(d.consultation, today).state] : [],
    );
    expect(states).toContain('open');
    expect(states).toContain('closed');
    expect(all.some((d) => d.status === 'decided')).toBe(true);
    const revoked = all.find((d) => d.status === 'revoked');
    expect(revoked?.status === 'revoked' && revoked.revocation.reason.length).toBeGreaterThan(10);
  });

  test.each([...awardeeTypes])('awardees of type %s are present', (type) => {
    expect(awardees.some((a) => a.type === type)).toBe(true);
  });

  test('at least five commendation types are used (đối ngoại has no sensible local example)', () => {
    const used = new Set(all.map((d) => d.commendationType));
    expect(used.size).toBeGreaterThanOrEqual(5);
    expect(commendationTypes.filter((t) => !used.has(t))).toEqual(['foreign']);
  });

  test('classes are used', () => {
    expect(awardees.some((a) => a.class !== undefined)).toBe(true);
  });

  test('years 2024 to 2026, several issuers and award forms', () => {
    const years = new Set(
      all.map((d) => (d.status === 'proposed' ? d.consultation.posted : d.issued).slice(0, 4)),
    );
    expect([...years].sort()).toEqual(['2024', '2025', '2026']);
    expect(new Set(all.map((d) => d.issuer.id)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(awardees.map((a) => a.awardForm.id)).size).toBeGreaterThanOrEqual(8);
  });

  test('"Nguyễn Thị Hằng" is an awardee (search test)', () => {
    expect(awardees.map(awardeeName)).toContain('Nguyễn Thị Hằng');
  });

  test('the withheld awardee is kept out of the published list', () => {
    const withheld = awardees.filter((a) => !a.published);
    expect(withheld.map(awardeeName)).toEqual(['Trịnh Thị Ẩn Danh']);
    const shown = all.flatMap((d) => publishedAwardees(d)).map(awardeeName);
    expect(shown).not.toContain('Trịnh Thị Ẩn Danh');
  });

  test('the withheld name appears in no other content file', () => {
    const offenders: string[] = [];
    for (const folder of ['documents', 'organizations', 'award-forms']) {
      for (const name of readdirSync(join(contentDir, folder))) {
        if (readFileSync(join(contentDir, folder, name), 'utf8').includes('Ẩn Danh')) {
          offenders.push(`${folder}/${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the seeds are rewarded: plans 002, 004 and 42-KH/ĐU', () => {
    const rewarded = new Set(all.flatMap((d) => d.rewards.map((r) => r.id)));
    expect([...rewarded].sort()).toEqual([
      'ke-hoach-42-kh-du-ban-thuong-vu-dang-uy-phuong-quy-nhon-tay',
      'ke-hoach-uy-ban-nhan-dan-phuong-bac-son-2025-to-chuc-phong-trao-thi-dua-dac-biet',
      'ke-hoach-uy-ban-nhan-dan-phuong-quyet-thang-2024-02-cong-tac-thi-dua-khen-thuong-nam-2024',
    ]);
  });
});
