import { documentId } from '../documents/documentId';
import { formatOfficialDay } from '../format/dates';
import { renderPlanBody } from '../importer/renderPlanBody';
import type { CentralReferences } from './centralReferences';
import type { CommuneUnit, ProvinceUnit } from './corpusGeography';
import {
  partyCommitteeWord,
  provincePlace,
  provinceWord,
  type CorpusRegion,
} from './corpusProvinces';
import {
  dayOf,
  dayFrom,
  endOfMonthAfter,
  isoOf,
  partsOf,
  workingDayFrom,
  workingDayUntil,
} from './days';
import { markdownFileText } from './frontMatterYaml';
import {
  assignmentTasks,
  criteriaLead,
  criteriaPoints,
  fill,
  planTopics,
  purposeItems,
  requirementItems,
  syntheticNote,
  taskParagraphs,
} from './planText';
import { randomFor, type Random } from './random';
import { personName } from './vietnameseNames';

/**
 * What a plan is about: carrying out Chỉ thị 41-CT/TW (`directive41`, Party plans), carrying out a
 * Party plan by the People's Committee (`followParty`), the year's emulation and commendation plan
 * (`annual`), or one of {@link planTopics} (`topic`).
 */
export type PlanTheme = 'directive41' | 'followParty' | 'annual' | 'topic';

/** A generated plan as others cite it: decisions reward it, commune plans carry it out. */
export interface PlanRef {
  readonly id: string;
  /** As printed: "25-KH/TU", "142/KH-UBND". */
  readonly number: string;
  /** YYYY-MM-DD. */
  readonly issued: string;
  readonly issuerId: string;
  /** "Ban Thường vụ Tỉnh ủy Gia Lai", "Ủy ban nhân dân xã Tân Phú". */
  readonly issuerName: string;
  readonly title: string;
  readonly theme: PlanTheme;
  /** Index into {@link planTopics} for `topic` plans. */
  readonly topic: number | undefined;
  readonly branch: 'party' | 'state';
}

/** A plan file: its id, the file text and the reference others use. */
export interface PlanFile {
  readonly ref: PlanRef;
  readonly text: string;
}

/** What every plan generator needs besides its own unit. */
export interface PlanContext {
  readonly seed: string;
  /** The last day a plan may be issued (day number; see `days.ts`). */
  readonly until: number;
  readonly central: CentralReferences;
  /** Movement ids present in the corpus; a topic's movement is linked only when present. */
  readonly movementIds: ReadonlySet<string>;
}

/** "Kế hoạch số 25-KH/TU ngày 05/12/2025 của Ban Thường vụ Tỉnh ủy Gia Lai". */
export function planCitation(ref: Pick<PlanRef, 'number' | 'issued' | 'issuerName'>): string {
  return `Kế hoạch số ${ref.number} ngày ${formatOfficialDay(ref.issued)} của ${ref.issuerName}`;
}

/** A unit named in "Tổ chức thực hiện", with the tasks it may be given. */
interface AssignedUnit {
  readonly name: string;
  readonly id?: string;
  readonly tasks: readonly string[];
  /** This unit also gets the deadline for its own plan. */
  readonly deadline?: boolean;
}

/** Everything about an issuer that its plans repeat. */
interface Issuer {
  readonly id: string;
  readonly name: string;
  /** How the preamble names it: "Ban Thường vụ Tỉnh ủy", "Đảng ủy xã Tân Phú". */
  readonly selfName: string;
  readonly branch: 'party' | 'state';
  readonly level: 'province' | 'commune';
  readonly place: string;
  readonly noi: string;
  readonly cap: string;
  readonly region: CorpusRegion;
  readonly units: readonly AssignedUnit[];
  readonly reportUnits: string;
  readonly reportTo: string;
  readonly distribution: readonly Record<string, unknown>[];
  readonly numberOf: (sequence: number) => string;
}

/** The person who signs for an issuer: always the same for one issuer and seed. */
export function signerName(seed: string, issuerId: string, region: CorpusRegion): string {
  return personName(randomFor(seed, 'signer', issuerId), region).fullName;
}

function provinceIssuers(unit: ProvinceUnit): { party: Issuer; state: Issuer } {
  const p = unit.province;
  const word = partyCommitteeWord(p);
  const cap = provinceWord(p);
  const noi = provincePlace(p);
  const place = p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : p.name;
  const common = { level: 'province' as const, place, noi, cap, region: p.region };
  return {
    party: {
      ...common,
      id: unit.standingBoardId,
      name: `Ban Thường vụ ${word} ${place}`,
      selfName: `Ban Thường vụ ${word}`,
      branch: 'party',
      units: [
        {
          name: `Ủy ban nhân dân ${cap}`,
          id: unit.peoplesCommitteeId,
          tasks: assignmentTasks.peoplesCommittee,
        },
        { name: `Ban Tuyên giáo và Dân vận ${word}`, tasks: assignmentTasks.propaganda },
        { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${cap}`, tasks: assignmentTasks.front },
        { name: `Văn phòng ${word}`, tasks: assignmentTasks.office },
        {
          name: `Các đảng ủy xã, phường trực thuộc ${word}`,
          tasks: assignmentTasks.partyCommittee,
          deadline: true,
        },
      ],
      reportUnits: 'Các đảng ủy trực thuộc',
      reportTo: `Ban Thường vụ ${word} (qua Văn phòng ${word})`,
      distribution: [
        { name: 'Ban Bí thư Trung ương Đảng', markers: ['b/c'] },
        { name: 'Ban Tuyên giáo và Dân vận Trung ương', markers: ['b/c'] },
        { name: `Các đồng chí ${word} viên` },
        { name: `Các đảng ủy trực thuộc ${word}`, markers: ['t/h'] },
        { name: `Lưu Văn phòng ${word}`, archive: true },
      ],
      numberOf: (n) => `${n}-KH/TU`,
    },
    state: {
      ...common,
      id: unit.peoplesCommitteeId,
      name: `Ủy ban nhân dân ${noi}`,
      selfName: `Ủy ban nhân dân ${cap}`,
      branch: 'state',
      units: [
        { name: 'Sở Nội vụ', tasks: assignmentTasks.office },
        { name: 'Sở Văn hóa, Thể thao và Du lịch', tasks: assignmentTasks.propaganda },
        { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${cap}`, tasks: assignmentTasks.front },
        { name: `Các sở, ban, ngành ${cap}`, tasks: assignmentTasks.units },
        {
          name: 'Ủy ban nhân dân các xã, phường',
          tasks: assignmentTasks.peoplesCommittee,
          deadline: true,
        },
      ],
      reportUnits: 'Các sở, ban, ngành và Ủy ban nhân dân các xã, phường',
      reportTo: `Ủy ban nhân dân ${cap} (qua Sở Nội vụ)`,
      distribution: [
        { name: 'Bộ Nội vụ', markers: ['b/c'] },
        { name: `Thường trực ${word}, HĐND ${cap}`, markers: ['b/c'] },
        { name: `Chủ tịch, các Phó Chủ tịch UBND ${cap}` },
        { name: `Các sở, ban, ngành ${cap}`, markers: ['t/h'] },
        { name: 'UBND các xã, phường', markers: ['t/h'] },
        { name: 'Lưu VT, NC', archive: true },
      ],
      numberOf: (n) => `${n}/KH-UBND`,
    },
  };
}

function communeIssuers(
  commune: CommuneUnit,
  unit: ProvinceUnit,
): { party: Issuer; state: Issuer } {
  const cap = commune.kindWord;
  const noi = `${cap} ${commune.name}`;
  const word = partyCommitteeWord(unit.province);
  const common = {
    level: 'commune' as const,
    place: commune.name,
    noi,
    cap,
    region: unit.province.region,
  };
  return {
    party: {
      ...common,
      id: commune.partyId,
      name: `Đảng ủy ${noi}`,
      selfName: `Đảng ủy ${noi}`,
      branch: 'party',
      units: [
        { name: `Đảng ủy ${cap}`, id: commune.partyId, tasks: assignmentTasks.partyCommittee },
        {
          name: `Ủy ban nhân dân ${cap}`,
          id: commune.peoplesCommitteeId,
          tasks: assignmentTasks.peoplesCommittee,
        },
        { name: `Hội đồng nhân dân ${cap}`, tasks: assignmentTasks.council },
        { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${cap}`, tasks: assignmentTasks.front },
        { name: 'Văn phòng Đảng ủy', tasks: assignmentTasks.office },
        { name: 'Các chi bộ, đảng bộ trực thuộc', tasks: assignmentTasks.units, deadline: true },
      ],
      reportUnits: 'Các chi bộ, đảng bộ trực thuộc',
      reportTo: 'Ban Thường vụ Đảng ủy (qua Văn phòng Đảng ủy)',
      distribution: [
        { name: `Ban Thường vụ ${word}`, markers: ['b/c'] },
        { name: 'Các đồng chí Đảng ủy viên' },
        { name: `Thường trực HĐND, UBND ${cap}` },
        { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${cap}` },
        { name: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy', markers: ['t/h'] },
        { name: 'Lưu Văn phòng Đảng ủy', archive: true },
      ],
      numberOf: (n) => `${n}-KH/ĐU`,
    },
    state: {
      ...common,
      id: commune.peoplesCommitteeId,
      name: `Ủy ban nhân dân ${noi}`,
      selfName: `Ủy ban nhân dân ${cap}`,
      branch: 'state',
      units: [
        {
          name: `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${cap}`,
          tasks: assignmentTasks.office,
        },
        { name: 'Phòng Văn hóa - Xã hội', tasks: assignmentTasks.propaganda },
        { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${cap}`, tasks: assignmentTasks.front },
        {
          name: commune.isWard ? 'Các tổ dân phố' : 'Trưởng các thôn',
          tasks: assignmentTasks.units,
          deadline: true,
        },
        { name: 'Các trường học, trạm y tế trên địa bàn', tasks: assignmentTasks.units },
      ],
      reportUnits: commune.isWard ? 'Các tổ dân phố, cơ quan, đơn vị' : 'Các thôn, cơ quan, đơn vị',
      reportTo: `Ủy ban nhân dân ${cap} (qua Văn phòng HĐND và UBND ${cap})`,
      distribution: [
        { name: 'Sở Nội vụ', markers: ['b/c'] },
        { name: `Thường trực Đảng ủy, HĐND ${cap}`, markers: ['b/c'] },
        { name: `Chủ tịch, các Phó Chủ tịch UBND ${cap}` },
        { name: `MTTQ và các đoàn thể ${cap}`, markers: ['t/h'] },
        { name: commune.isWard ? 'Các tổ dân phố' : 'Các thôn', markers: ['t/h'] },
        { name: 'Lưu VT', archive: true },
      ],
      numberOf: (n) => `${n}/KH-UBND`,
    },
  };
}

/** One plan to write: who, about what, when, carrying out what. */
interface PlanSpec {
  readonly issuer: Issuer;
  readonly theme: PlanTheme;
  readonly topic: number | undefined;
  readonly day: number;
  /** Generated plans it carries out (Chỉ thị 41-CT/TW is added for `directive41`). */
  readonly parents: readonly PlanRef[];
}

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

/** A milestone's wording ("tháng 6/2028", "ngày 30/6/2028"), its stored date and, for a month, its period. */
interface When {
  readonly text: string;
  readonly date: string;
  readonly period: string | undefined;
}

/** Half the time a whole month ("tháng 6/2028", stored 2028-06), otherwise the day itself. */
function milestoneWhen(random: Random, day: number): When {
  const iso = isoOf(day);
  const { year, month } = partsOf(day);
  if (random.chance(0.5)) {
    return {
      text: `tháng ${month}/${year}`,
      date: iso.slice(0, 7),
      period: `tháng ${month}/${year}`,
    };
  }
  return { text: `ngày ${formatOfficialDay(iso)}`, date: iso, period: undefined };
}

/**
 * The title, what the plan is about in running text, and its final review year.
 */
function planSubject(
  spec: PlanSpec,
  context: PlanContext,
): { title: string; subject: string; finalYear: number } {
  const { year } = partsOf(spec.day);
  const directive = context.central.directive;
  switch (spec.theme) {
    case 'directive41':
      return {
        title: `thực hiện ${directive.citation}`,
        subject: directive.short,
        finalYear: year + 4,
      };
    case 'followParty': {
      const parent = spec.parents[0];
      const via = parent === undefined ? directive.short : `Kế hoạch số ${parent.number}`;
      return {
        title: `triển khai thực hiện ${via} về thực hiện ${directive.short} của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới`,
        subject: `${directive.short} và ${via}`,
        finalYear: year + 4,
      };
    }
    case 'annual':
      return {
        title: `tổ chức phong trào thi đua và công tác khen thưởng năm ${year}`,
        subject: `công tác thi đua, khen thưởng năm ${year}`,
        finalYear: year,
      };
    case 'topic': {
      const topic = planTopics[spec.topic ?? 0] ?? planTopics[0];
      if (topic === undefined) throw new Error('planTopics is empty');
      return {
        title: topic.title,
        subject: topic.subject,
        finalYear: Math.max(topic.untilYear, year),
      };
    }
  }
}

/** The plan's Markdown body, assignments and milestones, built together so their sections agree. */
function planBody(
  spec: PlanSpec,
  context: PlanContext,
  random: Random,
  title: string,
  subject: string,
  finalYear: number,
) {
  const { issuer } = spec;
  const values = { noi: issuer.noi, cap: issuer.cap, chude: subject };
  const paragraphs: string[] = [];
  const assignments: Record<string, unknown>[] = [];
  const milestones: Record<string, unknown>[] = [];
  const { law, decree, directive } = context.central;

  // Preamble: legal bases, then the document carried out, then the issuer's sentence.
  const bases: string[] = [];
  if (issuer.branch === 'state') bases.push(`Căn cứ ${law.citation}`);
  if (issuer.branch === 'state' && spec.theme !== 'followParty') bases.push(decree.citation);
  const parent = spec.parents[0];
  const carriedOut =
    parent !== undefined
      ? `${planCitation(parent)} về ${parent.title}`
      : spec.theme === 'directive41'
        ? `${directive.citation} (viết tắt là ${directive.short})`
        : undefined;
  const lead = [
    bases.length > 0 ? `${bases.join('; ')};` : '',
    carriedOut === undefined ? '' : `Thực hiện ${carriedOut};`,
    `${issuer.selfName} ban hành Kế hoạch ${title.replace(/^(thực hiện|triển khai thực hiện)\s/u, 'triển khai thực hiện ')} như sau:`,
  ].filter((p) => p !== '');
  paragraphs.push(lead.join(' '));

  // I. Purposes and requirements, as dash items.
  paragraphs.push(`${romans[0]}. MỤC ĐÍCH, YÊU CẦU`, '1. Mục đích');
  for (const item of random.sample(purposeItems, random.int(2, 3)))
    paragraphs.push(`- ${fill(item, values)}`);
  paragraphs.push('2. Yêu cầu');
  for (const item of random.sample(requirementItems, random.int(2, 3)))
    paragraphs.push(`- ${fill(item, values)}`);

  // II. Tasks, as numbered paragraphs; sometimes criteria as lettered points.
  paragraphs.push(
    `${romans[1]}. ${spec.theme === 'annual' || spec.theme === 'topic' ? 'NỘI DUNG THI ĐUA' : 'NHIỆM VỤ VÀ GIẢI PHÁP'}`,
  );
  const tasks = random.sample(taskParagraphs, random.int(3, 6));
  tasks.forEach((task, index) => paragraphs.push(`${index + 1}. ${fill(task, values)}`));
  if (random.chance(0.5)) {
    paragraphs.push(`${tasks.length + 1}. ${criteriaLead}`);
    criteriaPoints.forEach((point, index) => paragraphs.push(`${'abc'[index] ?? 'd'}) ${point}`));
  }

  // III. Time, reviews and reports: the calendar's milestones.
  paragraphs.push(`${romans[2]}. THỜI GIAN VÀ CHẾ ĐỘ BÁO CÁO`);
  const issued = spec.day;
  const finalDay = dayFrom(finalYear, 12, 31);
  const final = random.chance(0.5)
    ? { text: `quý IV năm ${finalYear}`, date: isoOf(finalDay), period: `quý IV năm ${finalYear}` }
    : { text: `tháng 12/${finalYear}`, date: `${finalYear}-12`, period: `tháng 12/${finalYear}` };
  const monthsBetween = Math.max(2, Math.round((finalDay - issued) / 61));
  const interim: When =
    spec.theme === 'annual'
      ? {
          text: `ngày ${formatOfficialDay(`${finalYear}-06-30`)}`,
          date: `${finalYear}-06-30`,
          period: undefined,
        }
      : milestoneWhen(random, endOfMonthAfter(issued, Math.min(monthsBetween, 30)));
  const timeText = `1. Thời gian thực hiện từ ngày ban hành Kế hoạch đến hết năm ${finalYear}; sơ kết ${spec.theme === 'annual' ? '6 tháng' : 'giữa kỳ'} vào ${interim.text}; tổng kết vào ${final.text}.`;
  paragraphs.push(timeText);
  const sentence = timeText.replace(/^1\. /u, '');
  milestones.push(
    {
      kind: 'interimReview',
      date: interim.date,
      period: interim.period,
      text: sentence,
      section: 'muc-iii-1',
    },
    {
      kind: 'finalReview',
      date: final.date,
      period: final.period,
      text: sentence,
      section: 'muc-iii-1',
    },
  );
  const { year: issuedYear } = partsOf(issued);
  const firstReportYear = isoOf(issued + 30) > `${issuedYear}-11-15` ? issuedYear + 1 : issuedYear;
  const reportYear = Math.min(firstReportYear, finalYear);
  const reports: { period: string; date: string }[] = [];
  if (spec.theme === 'annual' && isoOf(issued + 20) < `${finalYear}-06-15`) {
    reports.push({ period: 'báo cáo 6 tháng', date: `${finalYear}-06-15` });
  }
  reports.push({ period: 'báo cáo năm', date: `${reportYear}-11-15` });
  const reportText = `2. ${issuer.reportUnits} báo cáo kết quả thực hiện về ${issuer.reportTo} ${reports
    .map(
      (r) =>
        `trước ngày ${formatOfficialDay(r.date)} (${r.period === 'báo cáo năm' ? 'đối với báo cáo năm' : 'đối với báo cáo 6 tháng'})`,
    )
    .join(' và ')}.`;
  paragraphs.push(reportText);
  for (const report of reports) {
    milestones.push({
      kind: 'reportDue',
      date: report.date,
      period: report.period,
      organization: issuer.reportUnits,
      text: reportText.replace(/^2\. /u, ''),
      section: 'muc-iii-2',
    });
  }
  paragraphs.push(
    `3. Trên cơ sở kết quả sơ kết, tổng kết, ${issuer.selfName} xem xét, khen thưởng hoặc đề nghị cấp trên khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc.`,
  );

  // IV. Who does what.
  paragraphs.push(`${romans[3]}. TỔ CHỨC THỰC HIỆN`);
  const deadlineDay = workingDayFrom(issued + random.int(20, 45));
  issuer.units.forEach((unit, index) => {
    const section = `muc-iv-${index + 1}`;
    let task = fill(random.pick(unit.tasks), values);
    if (unit.deadline === true) {
      task = `${task.replace(/\.$/u, '')}; hoàn thành việc triển khai trước ngày ${formatOfficialDay(isoOf(deadlineDay))}.`;
    }
    const text = `${unit.name} ${task}`;
    paragraphs.push(`${index + 1}. ${text}`);
    assignments.push({
      organization: unit.name,
      ...(unit.id === undefined ? {} : { organizationId: unit.id }),
      task,
      section,
    });
    if (unit.deadline === true) {
      milestones.push({
        kind: 'deadline',
        date: isoOf(deadlineDay),
        organization: unit.name,
        text,
        section,
      });
    }
  });

  paragraphs.push(`Trên đây là Kế hoạch ${title} của ${issuer.name}./.`, syntheticNote);
  return { body: renderPlanBody(paragraphs), assignments, milestones };
}

/** Writes one plan: front matter in the importer's field order, then the body. */
function writePlan(spec: PlanSpec, sequence: number, context: PlanContext): PlanFile {
  const { issuer } = spec;
  const random = randomFor(context.seed, 'plan', issuer.id, sequence, spec.day);
  const { title, subject, finalYear } = planSubject(spec, context);
  const number = issuer.numberOf(sequence);
  const issued = isoOf(spec.day);
  const id = documentId({ kind: 'plan', number, issuerId: issuer.id, issued, title });
  const { body, assignments, milestones } = planBody(
    spec,
    context,
    random,
    title,
    subject,
    finalYear,
  );
  const implementsIds = [
    ...(spec.theme === 'directive41' ? [context.central.directive.id] : []),
    ...spec.parents.map((p) => p.id),
  ];
  const basedOn =
    issuer.branch === 'state' ? [context.central.law.id, context.central.decree.id] : [];
  const topic = spec.topic === undefined ? undefined : planTopics[spec.topic];
  const movement =
    topic?.movement !== undefined && context.movementIds.has(topic.movement)
      ? [topic.movement]
      : [];
  const position = random.chance(0.6)
    ? issuer.branch === 'party'
      ? 'BÍ THƯ'
      : 'CHỦ TỊCH'
    : issuer.branch === 'party'
      ? 'PHÓ BÍ THƯ'
      : 'PHÓ CHỦ TỊCH';
  const signatory =
    issuer.branch === 'party'
      ? {
          capacity: 'T/M',
          onBehalfOf: issuer.level === 'province' ? 'BAN THƯỜNG VỤ' : 'ĐẢNG ỦY',
          position,
        }
      : { capacity: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position };
  const data: Record<string, unknown> = {
    status: 'full',
    kind: 'plan',
    number,
    issuer: issuer.id,
    issued,
    place: issuer.place,
    title,
    implements: implementsIds.length > 0 ? implementsIds : undefined,
    basedOn: basedOn.length > 0 ? basedOn : undefined,
    movements: movement.length > 0 ? movement : undefined,
    signatory: {
      ...signatory,
      name: signerName(context.seed, `${issuer.id}/${position}`, issuer.region),
    },
    distribution: issuer.distribution,
    assignments,
    milestones,
  };
  return {
    ref: {
      id,
      number,
      issued,
      issuerId: issuer.id,
      issuerName: issuer.name,
      title,
      theme: spec.theme,
      topic: spec.topic,
      branch: issuer.branch,
    },
    text: markdownFileText(data, body),
  };
}

/**
 * Numbers the plans of each issuer in date order: a Party committee numbers per term (one sequence),
 * a People's Committee per calendar year (Nghị định 30/2020/NĐ-CP; GLOSSARY.md). Sequences start at a
 * random offset and skip numbers, as other documents of the issuer take them.
 */
function numberPlans(specs: readonly PlanSpec[], random: Random, step: number): number[] {
  const order = specs.map((s, i) => ({ s, i })).sort((a, b) => a.s.day - b.s.day || a.i - b.i);
  const next = new Map<string, number>();
  const numbers = new Array<number>(specs.length).fill(0);
  for (const { s, i } of order) {
    const key = s.issuer.branch === 'party' ? s.issuer.id : `${s.issuer.id}/${partsOf(s.day).year}`;
    const current = next.get(key) ?? random.int(1, step * 8);
    numbers[i] = current;
    next.set(key, current + random.int(1, step));
  }
  return numbers;
}

const clampDay = (day: number, until: number): number =>
  workingDayUntil(Math.min(workingDayFrom(day), until));

/**
 * The plans of one province: the first is the Ban Thường vụ's plan carrying out Chỉ thị 41-CT/TW
 * (issued July – December 2025), the second the People's Committee's plan carrying that one out, the
 * third the 2026 annual plan, then topic plans (movements, digital transformation …) alternating
 * issuers. Dates never pass `context.until`.
 *
 * @param count how many plans (0 or more)
 * @returns the plan files, in the order above
 */
export function provincePlans(unit: ProvinceUnit, count: number, context: PlanContext): PlanFile[] {
  const random = randomFor(context.seed, 'province-plans', unit.index);
  const issuers = provinceIssuers(unit);
  const latest = context.until - 45;
  const specs: PlanSpec[] = [];
  const first = clampDay(random.int(dayOf('2025-07-15'), dayOf('2025-12-20')), latest);
  for (let slot = 0; slot < count; slot += 1) {
    if (slot === 0)
      specs.push({
        issuer: issuers.party,
        theme: 'directive41',
        topic: undefined,
        day: first,
        parents: [],
      });
    else if (slot === 1)
      specs.push({
        issuer: issuers.state,
        theme: 'followParty',
        topic: undefined,
        day: clampDay(first + random.int(10, 40), latest),
        parents: [],
      });
    else if (slot === 2)
      specs.push({
        issuer: issuers.state,
        theme: 'annual',
        topic: undefined,
        day: clampDay(random.int(dayOf('2026-01-05'), dayOf('2026-03-20')), latest),
        parents: [],
      });
    else {
      specs.push({
        issuer: random.chance(0.3) ? issuers.party : issuers.state,
        theme: 'topic',
        topic: (slot - 3 + unit.index) % planTopics.length,
        day: clampDay(random.int(dayOf('2025-08-01'), latest), latest),
        parents: [],
      });
    }
  }
  const numbers = numberPlans(specs, random, 12);
  const files: PlanFile[] = [];
  specs.forEach((spec, index) => {
    const parents = spec.theme === 'followParty' && files[0] !== undefined ? [files[0].ref] : [];
    files.push(writePlan({ ...spec, parents }, numbers[index] ?? 1, context));
  });
  return files;
}

/**
 * The plans of one commune: the Đảng ủy's plan carrying out Chỉ thị 41-CT/TW through the province's
 * Party plan, the People's Committee's plan carrying out the province's state plan (or the Đảng ủy's),
 * the annual plan carrying out the province's, then topic plans carrying out a province topic plan.
 * Each is issued 7 to 45 days after what it carries out (never after `context.until`).
 *
 * @param provincePlanRefs the province's plans in {@link provincePlans} order
 */
export function communePlans(
  commune: CommuneUnit,
  unit: ProvinceUnit,
  provincePlanRefs: readonly PlanRef[],
  count: number,
  context: PlanContext,
): PlanFile[] {
  const random = randomFor(context.seed, 'commune-plans', commune.index);
  const issuers = communeIssuers(commune, unit);
  const after = (ref: PlanRef | undefined, fallback: number): number =>
    clampDay((ref === undefined ? fallback : dayOf(ref.issued)) + random.int(7, 45), context.until);
  const byTheme = (theme: PlanTheme): PlanRef | undefined =>
    provincePlanRefs.find((p) => p.theme === theme);
  const topics = provincePlanRefs.filter((p) => p.theme === 'topic');
  const specs: PlanSpec[] = [];
  for (let slot = 0; slot < count; slot += 1) {
    if (slot === 0) {
      const parent = byTheme('directive41');
      specs.push({
        issuer: issuers.party,
        theme: 'directive41',
        topic: undefined,
        day: after(parent, dayOf('2025-09-01')),
        parents: parent === undefined ? [] : [parent],
      });
    } else if (slot === 1) {
      const parent = byTheme('followParty');
      specs.push({
        issuer: issuers.state,
        theme: 'followParty',
        topic: undefined,
        day: after(parent, dayOf('2025-10-01')),
        parents: parent === undefined ? [] : [parent],
      });
    } else if (slot === 2) {
      const parent = byTheme('annual');
      specs.push({
        issuer: issuers.state,
        theme: 'annual',
        topic: undefined,
        day: after(parent, dayOf('2026-01-10')),
        parents: parent === undefined ? [] : [parent],
      });
    } else {
      const parent = topics.length > 0 ? random.pick(topics) : undefined;
      const topic = parent?.topic ?? random.int(0, planTopics.length - 1);
      specs.push({
        issuer:
          parent?.branch === 'party' || (parent === undefined && random.chance(0.3))
            ? issuers.party
            : issuers.state,
        theme: 'topic',
        topic,
        day: after(parent, random.int(dayOf('2025-08-01'), context.until - 45)),
        parents: parent === undefined ? [] : [parent],
      });
    }
  }
  // A commune's own Party plan comes before the People's Committee's plan that follows it.
  const numbers = numberPlans(specs, random, 3);
  return specs.map((spec, index) => writePlan(spec, numbers[index] ?? 1, context));
}
