import { describe, expect, test } from 'vitest';
import type { SourceFile } from '../../../src/lib/validation/contentSources';
import { validateSources } from '../../../src/lib/validation/validateSources';
import type { Problem } from '../../../src/lib/validation/problem';
import { organizationFile, today } from './sources';

/**
 * Award rules through the real parser, schemas and checks (`validateSources`), content held in memory.
 * Sources: Luật Thi đua, khen thưởng 06/2022/QH15 (Điều 80), Nghị định 129/2025/NĐ-CP (1 July 2025).
 */
const json =
  (collection: 'awardForms' | 'awardDecisions', folder: string) =>
  (id: string, data: Record<string, unknown>): SourceFile => ({
    collection,
    id,
    file: `content/${folder}/${id}.json`,
    text: `${JSON.stringify(data, null, 2)}\n`,
  });
const formFile = json('awardForms', 'award-forms');
const decisionFile = json('awardDecisions', 'award-decisions');

const communeChair = organizationFile('chu-tich-uy-ban-nhan-dan-phuong-bac-son', {
  name: 'Chủ tịch Ủy ban nhân dân phường Bắc Sơn',
  level: 'commune',
  branch: 'state',
});
const partyCommittee = organizationFile('dang-uy-phuong-bac-son', {
  name: 'Đảng ủy phường Bắc Sơn',
  level: 'commune',
  branch: 'party',
});

const authority = (level: string, validFrom: string, validTo?: string) => ({
  conferredBy:
    level === 'commune' ? 'Chủ tịch Ủy ban nhân dân cấp xã' : 'Chủ tịch Ủy ban nhân dân cấp huyện',
  level,
  validFrom,
  ...(validTo === undefined ? {} : { validTo }),
  source: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80',
});

const chienSi = formFile('chien-si-thi-dua-co-so', {
  name: 'Chiến sĩ thi đua cơ sở',
  group: 'emulationTitle',
  track: 'state',
  recipients: ['individual'],
  description: 'Danh hiệu hằng năm cho cá nhân có sáng kiến.',
  authorities: [
    authority('district', '2024-01-01', '2025-06-30'),
    authority('commune', '2025-07-01'),
  ],
  legalSource: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 23',
  verified: false,
});

const decision = (issued: string, awardees: unknown[], issuer = communeChair.id) =>
  decisionFile(`quyet-dinh-1-qd-ubnd-${issuer}-${issued}`, {
    status: 'decided',
    illustrative: true,
    number: '1/QĐ-UBND',
    issuer,
    issued,
    title: 'Về việc tặng danh hiệu',
    commendationType: 'merit',
    awardees,
  });

const person = (extra: Record<string, unknown> = {}) => ({
  type: 'individual',
  name: 'Lê Văn An',
  unit: 'Ủy ban nhân dân phường Bắc Sơn',
  awardForm: 'chien-si-thi-dua-co-so',
  achievement: 'Có sáng kiến được công nhận.',
  ...extra,
});

const run = (...sources: SourceFile[]): readonly Problem[] =>
  validateSources({ contentRoot: 'content', sources, drafts: [] }, { today }).problems;

const keys = (problems: readonly Problem[]) => problems.map((p) => `${p.field}:${p.check}`).sort();

describe('dated authority', () => {
  test('a commune chair may confer "Chiến sĩ thi đua cơ sở" from 1 July 2025', () => {
    expect(run(communeChair, chienSi, decision('2025-07-01', [person()]))).toEqual([]);
  });

  test('but not the day before; the message says which authority applied', () => {
    const problems = run(communeChair, chienSi, decision('2025-06-30', [person()]));
    expect(keys(problems)).toEqual(['awardees.0.awardForm:award']);
    expect(problems[0]?.message).toContain('Chủ tịch Ủy ban nhân dân cấp huyện');
    expect(problems[0]?.vi).toMatch(/^Lỗi: /);
  });

  test('is reported once per decision and form, not once per awardee', () => {
    const problems = run(communeChair, chienSi, decision('2025-06-30', [person(), person()]));
    expect(keys(problems)).toEqual(['awardees.0.awardForm:award']);
  });

  test('a Party body cannot confer a state title', () => {
    const problems = run(
      partyCommittee,
      chienSi,
      decision('2025-08-01', [person()], partyCommittee.id),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"Chiến sĩ thi đua cơ sở" is a state award; "Đảng ủy phường Bắc Sơn" is a Party body.',
    ]);
  });
});

describe('recipients and classes', () => {
  test('a household given "Chiến sĩ thi đua cơ sở" is a problem', () => {
    const household = {
      type: 'household',
      headName: 'Trần Văn Bình',
      hamlet: 'Tổ dân phố Đông Sơn',
      commune: 'phường Bắc Sơn',
      awardForm: 'chien-si-thi-dua-co-so',
      achievement: 'Gia đình tiêu biểu.',
    };
    expect(keys(run(communeChair, chienSi, decision('2025-08-01', [household])))).toEqual([
      'awardees.0.type:award',
    ]);
  });

  test('a class on a form without classes is a problem', () => {
    expect(
      keys(run(communeChair, chienSi, decision('2025-08-01', [person({ class: 'first' })]))),
    ).toEqual(['awardees.0.class:award']);
  });
});

describe('references and schema', () => {
  test('a missing award form is reported with the nearest ids', () => {
    const problems = run(
      communeChair,
      chienSi,
      decision('2025-08-01', [person({ awardForm: 'chien-si-thi-dua-co-so-x' })]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'no award form "chien-si-thi-dua-co-so-x". Nearest: chien-si-thi-dua-co-so.',
    ]);
  });

  test('every schema problem of a decision is reported, not only the first', () => {
    const problems = run(
      communeChair,
      chienSi,
      decision('2025-08-01', [
        person({ name: 'Lê Văn An, SN 1975' }),
        person({ achievement: 'Liên hệ nguyenvana@gmail.com' }),
      ]),
    );
    expect(keys(problems)).toEqual(['awardees.0.name:schema', 'awardees.1.achievement:schema']);
  });

  test('an unknown field on a decision is named, and one of another status says which', () => {
    const file = decision('2025-08-01', [person()]);
    const data = JSON.parse(file.text) as Record<string, unknown>;
    const text = JSON.stringify({ ...data, consultation: {}, awardes: [] });
    const problems = run(communeChair, chienSi, { ...file, text });
    expect(problems.map((p) => p.message).sort()).toEqual([
      '"consultation" is only allowed when status is "proposed"; with status "decided" it is ignored.',
      'unknown field "awardes": the site ignores it.',
    ]);
  });

  test('a catalogue row whose file is not the slug of its name is a problem', () => {
    const misnamed = { ...chienSi, id: 'csdt-co-so', file: 'content/award-forms/csdt-co-so.json' };
    const problems = run(misnamed);
    expect(keys(problems)).toEqual(['file:fileName']);
    expect(problems[0]?.fix).toContain('content/award-forms/chien-si-thi-dua-co-so.json');
  });
});

describe('holiday lists', () => {
  const proposed = decisionFile(
    'quyet-dinh-chu-tich-uy-ban-nhan-dan-phuong-bac-son-du-kien-danh-sach',
    {
      status: 'proposed',
      illustrative: true,
      issuer: communeChair.id,
      title: 'Dự kiến danh sách',
      commendationType: 'merit',
      consultation: {
        posted: '2026-11-16',
        closes: '2026-11-30',
        howToComment: 'Góp ý tại trụ sở phường.',
        where: 'Bảng tin phường',
      },
      awardees: [person()],
    },
  );
  const holidays = (text: string) => [{ name: '2026', file: 'content/holidays/2026.json', text }];
  const validYear = JSON.stringify({
    year: 2026,
    days: [
      {
        date: '2026-09-02',
        name: 'Quốc khánh',
        kind: 'publicHoliday',
        source: 'Bộ luật Lao động 2019',
        verified: false,
      },
    ],
  });

  test('an open consultation with a holiday list for its year passes', () => {
    const problems = validateSources(
      {
        contentRoot: 'content',
        sources: [communeChair, chienSi, proposed],
        drafts: [],
        holidays: holidays(validYear),
      },
      { today },
    ).problems;
    expect(problems).toEqual([]);
  });

  test('an open consultation without one is reported with the file to add', () => {
    const problems = validateSources(
      {
        contentRoot: 'content',
        sources: [communeChair, chienSi, proposed],
        drafts: [],
        holidays: [],
      },
      { today },
    ).problems;
    expect(keys(problems)).toEqual(['consultation.closes:holidays']);
    expect(problems[0]?.fix).toContain('content/holidays/2026.json');
  });

  test('a working weekend that is a weekday is a schema problem', () => {
    const bad = JSON.stringify({
      ...(JSON.parse(validYear) as object),
      workingWeekends: [
        { date: '2026-08-21', replaces: '2026-08-31', source: 'thông báo', verified: false },
      ],
    });
    const problems = validateSources(
      { contentRoot: 'content', sources: [], drafts: [], holidays: holidays(bad) },
      { today },
    ).problems;
    expect(keys(problems)).toEqual(['workingWeekends.0.date:schema']);
  });
});
