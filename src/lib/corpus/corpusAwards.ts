import type { AwardForm } from '../../schemas/awardForms';
import { levelMayConfer } from '../awards/authorityAt';
import type { AwardClass } from '../awards/awardTerms';
import { documentId } from '../documents/documentId';
import type { OrganizationLevel } from '../organizations/organizationTerms';
import {
  communeTitle,
  household,
  partyCollective,
  partyPositionAndUnit,
  stateCollective,
  statePositionAndUnit,
  type AwardScene,
} from './awardeeText';
import type { CentralReferences } from './centralReferences';
import type { CorpusGeography } from './corpusGeography';
import { planCitation, signerName, type PlanRef } from './corpusPlans';
import { provincePlace, provinceWord } from './corpusProvinces';
import { isoOf, partsOf, workingDayFrom, workingDayUntil } from './days';
import { jsonFileText } from './frontMatterYaml';
import { randomFor } from './random';
import { hamletName, personName } from './vietnameseNames';

/** Who issues a generated award decision. */
export type AwardIssuerRole =
  | 'president'
  | 'primeMinister'
  | 'provinceChair'
  | 'provinceStandingBoard'
  | 'communePeoples'
  | 'communeParty';

interface RoleInfo {
  readonly level: OrganizationLevel;
  readonly branch: 'party' | 'state';
  /** Relative share of decisions. */
  readonly weight: number;
  /** Catalogue ids this issuer usually confers, with relative weights. */
  readonly forms: readonly (readonly [string, number])[];
  readonly numberOf: (sequence: number) => string;
  /** Range of the first number of the issuer's sequence, and the largest gap between numbers. */
  readonly start: readonly [number, number];
  readonly step: number;
}

/**
 * The issuers of generated decisions and what they confer. Every form is also checked against the
 * catalogue's dated authorities on the decision's day (`levelMayConfer`, the rule of
 * src/lib/validation/checkAwards.ts), so a catalogue edit can never make the corpus invalid: a form no
 * longer conferrable is skipped. Party badges (Huy hiệu Đảng) are never generated: Party membership
 * is sensitive data (GLOSSARY.md).
 */
const roles: Readonly<Record<AwardIssuerRole, RoleInfo>> = {
  president: {
    level: 'central',
    branch: 'state',
    weight: 0.5,
    forms: [['huan-chuong-lao-dong', 1]],
    numberOf: (n) => `${n}/QĐ-CTN`,
    start: [600, 1400],
    step: 25,
  },
  primeMinister: {
    level: 'central',
    branch: 'state',
    weight: 0.5,
    forms: [['bang-khen-cua-thu-tuong-chinh-phu', 1]],
    numberOf: (n) => `${n}/QĐ-TTg`,
    start: [900, 1800],
    step: 20,
  },
  provinceChair: {
    level: 'province',
    branch: 'state',
    weight: 10,
    forms: [
      ['bang-khen-cua-chu-tich-uy-ban-nhan-dan-cap-tinh', 6],
      ['chien-si-thi-dua-bo-ban-nganh-tinh', 1],
      ['co-thi-dua-cua-bo-ban-nganh-tinh', 1],
      ['tap-the-lao-dong-xuat-sac', 1],
      ['xa-phuong-thi-tran-tieu-bieu', 0.5],
    ],
    numberOf: (n) => `${n}/QĐ-UBND`,
    start: [50, 900],
    step: 12,
  },
  provinceStandingBoard: {
    level: 'province',
    branch: 'party',
    weight: 4,
    forms: [['bang-khen-cua-ban-thuong-vu-tinh-uy', 1]],
    numberOf: (n) => `${n}-QĐ/TU`,
    start: [20, 400],
    step: 6,
  },
  communePeoples: {
    level: 'commune',
    branch: 'state',
    weight: 64,
    forms: [
      ['giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa', 6],
      ['lao-dong-tien-tien', 2],
      ['chien-si-thi-dua-co-so', 1],
      ['tap-the-lao-dong-tien-tien', 1],
      ['gia-dinh-van-hoa', 1.5],
      ['thon-to-dan-pho-van-hoa', 1],
    ],
    numberOf: (n) => `${n}/QĐ-UBND`,
    start: [5, 120],
    step: 5,
  },
  communeParty: {
    level: 'commune',
    branch: 'party',
    weight: 21,
    forms: [['giay-khen-cua-dang-uy-xa-phuong-dac-khu', 1]],
    numberOf: (n) => `${n}-QĐ/ĐU`,
    start: [3, 60],
    step: 4,
  },
};

const roleNames = Object.keys(roles) as AwardIssuerRole[];

/** What the award generator needs besides the decision's own slot. */
export interface AwardContext {
  readonly seed: string;
  /** First and last possible issue day (day numbers). */
  readonly from: number;
  readonly until: number;
  readonly geography: CorpusGeography;
  /** The award catalogue, by id. */
  readonly forms: ReadonlyMap<string, AwardForm>;
  readonly central: CentralReferences;
  /** Generated plans by province index and by commune index, for decisions that reward a plan. */
  readonly plansByProvince: readonly (readonly PlanRef[])[];
  readonly plansByCommune: readonly (readonly PlanRef[])[];
}

/** The part of a decision fixed before any is written: issuer, day, status, number, size. */
export interface DecisionSlot {
  readonly role: AwardIssuerRole;
  /** Province index for province and central roles, commune index for commune roles. */
  readonly territory: number;
  /** The commune awardees come from (undefined when the province has none). */
  readonly commune: number | undefined;
  /** Issue day; for a proposed list, the day it is posted. */
  readonly day: number;
  readonly status: 'decided' | 'proposed' | 'revoked';
  /** The printed number (decided and revoked), or the round of a proposed list ("đợt 2"). */
  readonly number: string | undefined;
  readonly round: number;
  readonly awardees: number;
}

/** A decision file: id, text, and what exemplars link to. */
export interface DecisionFile {
  readonly id: string;
  readonly text: string;
  readonly issuerId: string;
  /** YYYY-MM-DD; undefined for a proposed list. */
  readonly issued: string | undefined;
  /** The plan it rewards, if any. */
  readonly rewards: string | undefined;
  readonly scene: AwardScene;
  /** The first published individual: an exemplar may tell their story. */
  readonly individual:
    | {
        readonly name: string;
        readonly female: boolean;
        readonly unit: string;
        readonly position: string | undefined;
      }
    | undefined;
  readonly collective: string | undefined;
}

/** The corpus could not be generated from the given catalogue. */
export class CorpusGenerationError extends Error {}

/**
 * The issuer id of a decision slot.
 *
 * @throws {RangeError} when the slot's territory does not exist
 */
export function issuerIdOf(
  slot: Pick<DecisionSlot, 'role' | 'territory'>,
  geography: CorpusGeography,
): string {
  switch (slot.role) {
    case 'president':
      return 'chu-tich-nuoc';
    case 'primeMinister':
      return 'thu-tuong-chinh-phu';
    case 'provinceChair':
    case 'provinceStandingBoard': {
      const unit = geography.provinces[slot.territory];
      if (unit === undefined) throw new RangeError(`no province ${slot.territory}`);
      return slot.role === 'provinceChair' ? unit.chairId : unit.standingBoardId;
    }
    case 'communePeoples':
    case 'communeParty': {
      const commune = geography.communes[slot.territory];
      if (commune === undefined) throw new RangeError(`no commune ${slot.territory}`);
      return slot.role === 'communePeoples' ? commune.peoplesCommitteeId : commune.partyId;
    }
  }
}

/**
 * Lays out every decision before any is written, so that each issuer's numbers rise with the date:
 * `ceil(awardeeCount / perDecision)` decisions of `perDecision` awardees (the last takes the rest),
 * issuers drawn by the weights of `roles` (commune roles only when there are communes), days uniform
 * between `from` and `until` on working days, 4 % proposed lists (state issuers below the centre,
 * posted at least 25 days before `until`), 1 % revoked. Numbers: a Party body numbers per term, a
 * state body per calendar year (GLOSSARY.md).
 *
 * @returns one slot per decision, in index order
 */
export function planDecisions(
  context: AwardContext,
  awardeeCount: number,
  perDecision: number,
): DecisionSlot[] {
  const { geography } = context;
  const count = awardeeCount === 0 ? 0 : Math.ceil(awardeeCount / perDecision);
  const usable = roleNames.filter(
    (r) => roles[r].level !== 'commune' || geography.communes.length > 0,
  );
  const drafts: Omit<DecisionSlot, 'number' | 'round'>[] = [];
  for (let i = 0; i < count; i += 1) {
    const random = randomFor(context.seed, 'decision-slot', i);
    const role = random.weighted(
      usable,
      usable.map((r) => roles[r].weight),
    );
    const info = roles[role];
    const province = random.int(0, geography.provinces.length - 1);
    const territory =
      info.level === 'commune' ? random.int(0, geography.communes.length - 1) : province;
    const provinceUnit =
      geography.provinces[
        info.level === 'commune' ? (geography.communes[territory]?.provinceIndex ?? 0) : province
      ];
    const commune =
      info.level === 'commune'
        ? territory
        : provinceUnit !== undefined && provinceUnit.communeIndexes.length > 0
          ? random.pick(provinceUnit.communeIndexes)
          : undefined;
    const proposed = info.branch === 'state' && info.level !== 'central' && random.chance(0.04);
    const last = proposed ? context.until - 25 : context.until;
    const day = workingDayUntil(workingDayFrom(random.int(context.from, last)));
    const status = proposed ? 'proposed' : random.chance(0.01) ? 'revoked' : 'decided';
    const awardees = i === count - 1 ? awardeeCount - perDecision * (count - 1) : perDecision;
    drafts.push({ role, territory, commune, day, status, awardees });
  }
  // Number each issuer's decisions in date order.
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.day - b.d.day || a.i - b.i);
  const next = new Map<string, number>();
  const numbers: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  const rounds: number[] = new Array<number>(count).fill(0);
  for (const { d, i } of order) {
    const info = roles[d.role];
    const issuer = issuerIdOf(d, geography);
    if (d.status === 'proposed') {
      const key = `proposed/${issuer}`;
      const round = (next.get(key) ?? 0) + 1;
      next.set(key, round);
      rounds[i] = round;
      continue;
    }
    const key = info.branch === 'party' ? issuer : `${issuer}/${partsOf(d.day).year}`;
    const random = randomFor(
      context.seed,
      'decision-number',
      key,
      next.has(key) ? (next.get(key) ?? 0) : -1,
    );
    const current = next.get(key) ?? random.int(info.start[0], info.start[1]);
    numbers[i] = info.numberOf(current);
    next.set(key, current + random.int(1, info.step));
  }
  return drafts.map((d, i) => ({ ...d, number: numbers[i], round: rounds[i] ?? 0 }));
}

/** The forms a role may confer on a day, by the catalogue's dated authorities and its track. */
function usableForms(
  context: AwardContext,
  role: AwardIssuerRole,
  day: string,
): (readonly [string, AwardForm, number])[] {
  const info = roles[role];
  const fits = (form: AwardForm): boolean =>
    form.track === info.branch && levelMayConfer(form, info.level, day);
  const preferred = info.forms.flatMap(([id, weight]) => {
    const form = context.forms.get(id);
    return form !== undefined && fits(form) ? [[id, form, weight] as const] : [];
  });
  if (preferred.length > 0) return preferred;
  const fallback = [...context.forms]
    .filter(([id, form]) => !id.startsWith('huy-hieu-') && fits(form))
    .map(([id, form]) => [id, form, 1] as const);
  if (fallback.length === 0) {
    throw new CorpusGenerationError(
      `no award form of the catalogue may be conferred by a ${info.level} ${info.branch} body on ${day}; check the authorities in award-forms/.`,
    );
  }
  return fallback;
}

/** "Giấy khen", "Bằng khen", "Huân chương Lao động": the form as a decision's title names it. */
function formShortName(form: AwardForm): string {
  if (form.group === 'certificateOfCommendation' || form.name.startsWith('Giấy khen'))
    return 'Giấy khen';
  if (form.group === 'certificateOfMerit' || form.name.startsWith('Bằng khen')) return 'Bằng khen';
  return form.name;
}

const adHocDeeds: readonly string[] = [
  'Dũng cảm cứu người bị nạn trong mưa lũ.',
  'Kịp thời phát hiện, dập tắt đám cháy, bảo vệ tài sản của Nhân dân.',
  'Nhặt được tài sản có giá trị, trả lại cho người đánh rơi.',
  'Tích cực tham gia ứng phó, khắc phục hậu quả thiên tai trên địa bàn.',
  'Phối hợp phát hiện, bắt giữ đối tượng trộm cắp tài sản, giữ vững an ninh, trật tự.',
];

const campaignDeeds: readonly string[] = [
  'Có thành tích xuất sắc trong thực hiện {kh}.',
  'Tổ chức tốt việc tuyên truyền, quán triệt {kh} đến cán bộ, đảng viên và Nhân dân.',
  'Vận động Nhân dân hưởng ứng tích cực phong trào thi đua, góp phần hoàn thành các chỉ tiêu của {kh}.',
  'Phát hiện, giới thiệu và nhân rộng điển hình tiên tiến trong thực hiện {kh}.',
];

function titleAchievement(form: AwardForm, formId: string, year: number, type: string): string {
  switch (formId) {
    case 'lao-dong-tien-tien':
      return `Hoàn thành tốt nhiệm vụ năm ${year}.`;
    case 'chien-si-thi-dua-co-so':
      return `Hoàn thành xuất sắc nhiệm vụ năm ${year}; có sáng kiến được công nhận và áp dụng hiệu quả.`;
    case 'chien-si-thi-dua-bo-ban-nganh-tinh':
      return `Có sáng kiến có phạm vi ảnh hưởng trong tỉnh; ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở đến năm ${year}.`;
    case 'tap-the-lao-dong-tien-tien':
      return `Hoàn thành tốt nhiệm vụ năm ${year}; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.`;
    case 'tap-the-lao-dong-xuat-sac':
      return `Hoàn thành xuất sắc nhiệm vụ năm ${year}; là tập thể tiêu biểu của ngành, địa phương.`;
    case 'co-thi-dua-cua-bo-ban-nganh-tinh':
      return `Dẫn đầu phong trào thi đua năm ${year}.`;
    case 'gia-dinh-van-hoa':
      return `Gương mẫu chấp hành chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua ở khu dân cư năm ${year}.`;
    case 'thon-to-dan-pho-van-hoa':
      return `Đời sống kinh tế ổn định, môi trường sạch đẹp, giữ vững an ninh, trật tự năm ${year}.`;
    case 'xa-phuong-thi-tran-tieu-bieu':
      return `Hoàn thành xuất sắc các chỉ tiêu phát triển kinh tế - xã hội năm ${year}; dẫn đầu phong trào thi đua.`;
    default:
      return type === 'collective'
        ? `Đạt danh hiệu “${form.name}” năm ${year}.`
        : `Hoàn thành xuất sắc nhiệm vụ năm ${year}.`;
  }
}

/**
 * Writes decision `index` from its slot: one award form the issuer may confer that day (by the
 * catalogue), a title and commendation type that fit it (emulation titles are "công nhận danh hiệu"
 * for the year; Giấy khen and Bằng khen reward a plan of the same territory issued at least 30 days
 * before, an ad hoc deed, or the year's work), awardees of the types the form allows with distinct
 * names, a class for forms that have classes, and 0.5 % of individuals withheld (`published: false`).
 * Everything is labelled `illustrative: true`. Pure: the same slot and context give the same text.
 *
 * @throws {CorpusGenerationError} when the catalogue leaves the issuer nothing to confer
 */
export function writeDecision(
  index: number,
  slot: DecisionSlot,
  context: AwardContext,
): DecisionFile {
  const random = randomFor(context.seed, 'decision', index);
  const { geography, central } = context;
  const info = roles[slot.role];
  const issuerId = issuerIdOf(slot, geography);
  const communeUnit = slot.commune === undefined ? undefined : geography.communes[slot.commune];
  const provinceIndex =
    info.level === 'commune' ? (communeUnit?.provinceIndex ?? 0) : slot.territory;
  const provinceUnit = geography.provinces[provinceIndex];
  if (provinceUnit === undefined) throw new RangeError(`no province ${provinceIndex}`);
  const scene: AwardScene = {
    province: provinceUnit,
    commune: communeUnit,
    withProvince: info.level === 'central',
  };
  const posted = isoOf(slot.day);
  const closes = isoOf(workingDayUntil(slot.day + random.int(14, 21)));
  const authorityDay = slot.status === 'proposed' ? closes : posted;

  let choices = usableForms(context, slot.role, authorityDay);
  // A province can honour only as many communes as it has.
  if (choices.length > 1) {
    choices = choices.filter(
      ([id]) =>
        id !== 'xa-phuong-thi-tran-tieu-bieu' ||
        provinceUnit.communeIndexes.length >= slot.awardees,
    );
  }
  const [formId, form] = random.weighted(
    choices,
    choices.map(([, , w]) => w),
  );
  const { year: dayYear, month } = partsOf(slot.day);
  const year = month >= 10 ? dayYear : dayYear - 1;

  // What the decision rewards.
  const plans =
    (info.level === 'commune'
      ? context.plansByCommune[slot.territory]
      : info.level === 'province'
        ? context.plansByProvince[slot.territory]
        : undefined) ?? [];
  const plansBefore = plans.filter(
    (p) => p.branch === info.branch && p.issued <= isoOf(slot.day - 30),
  );
  const emulationTitle = form.group === 'emulationTitle';
  const roll = random.next();
  const commendation: 'merit' | 'adHoc' | 'campaign' | 'dedication' = emulationTitle
    ? 'merit'
    : form.group === 'order'
      ? roll < 0.5
        ? 'dedication'
        : 'merit'
      : roll < 0.45 && plansBefore.length > 0
        ? 'campaign'
        : roll < 0.6
          ? 'adHoc'
          : 'merit';
  const rewarded = commendation === 'campaign' ? random.pick(plansBefore) : undefined;
  const kh = rewarded === undefined ? '' : `Kế hoạch số ${rewarded.number}`;
  const whom = info.branch === 'party' ? 'tổ chức đảng, đảng viên' : 'các tập thể, cá nhân';
  const short = formShortName(form);
  const verb = form.group === 'order' ? 'tặng thưởng' : 'tặng';
  const baseTitle = emulationTitle
    ? formId === 'co-thi-dua-cua-bo-ban-nganh-tinh'
      ? `tặng Cờ thi đua cho các tập thể dẫn đầu phong trào thi đua năm ${year}`
      : `công nhận danh hiệu “${form.name}” năm ${year}`
    : commendation === 'campaign' && rewarded !== undefined
      ? `${verb} ${short} cho ${whom} có thành tích xuất sắc trong thực hiện ${planCitation(rewarded)}`
      : commendation === 'adHoc'
        ? `${verb} ${short} cho ${whom} có thành tích xuất sắc đột xuất`
        : info.level === 'central'
          ? `${verb} ${short}`
          : `${verb} ${short} cho ${whom} đã có thành tích xuất sắc năm ${year}`;
  const title =
    slot.status === 'proposed'
      ? `Dự kiến danh sách đợt ${slot.round} năm ${dayYear} đề nghị ${baseTitle}`
      : `Về việc ${baseTitle}`;

  // Awardees.
  const allowed = form.recipients.filter((t) => t !== 'household' || communeUnit !== undefined);
  const typeWeights = allowed.map((t) =>
    t === 'individual' ? 0.65 : t === 'collective' ? 0.3 : 0.05,
  );
  const seen = new Set<string>();
  const awardees: Record<string, unknown>[] = [];
  let individual: DecisionFile['individual'];
  let collective: string | undefined;
  const provinceLevel = info.level !== 'commune';
  const achievement = (type: string): string => {
    if (emulationTitle) return titleAchievement(form, formId, year, type);
    if (commendation === 'campaign') return random.pick(campaignDeeds).replaceAll('{kh}', kh);
    if (commendation === 'adHoc') return random.pick(adHocDeeds);
    if (commendation === 'dedication' || info.level === 'central') {
      return `Đã có thành tích xuất sắc trong công tác từ năm ${year - 4} đến năm ${year}, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.`;
    }
    return `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}, góp phần vào sự phát triển của ${communeUnit === undefined || provinceLevel ? provincePlace(provinceUnit.province) : `${communeUnit.kindWord} ${communeUnit.name}`}.`;
  };
  const communesOfProvince = provinceUnit.communeIndexes.flatMap((c) => {
    const unit = geography.communes[c];
    return unit === undefined ? [] : [unit];
  });
  const collectiveName = (attempt: number): string => {
    if (formId === 'xa-phuong-thi-tran-tieu-bieu' && communesOfProvince.length > 0) {
      return communeTitle(random.pick(communesOfProvince));
    }
    if (formId === 'thon-to-dan-pho-van-hoa' && communeUnit !== undefined) {
      return attempt < 2
        ? random.pick(communeUnit.hamlets)
        : hamletName(random, provinceUnit.province.region, communeUnit.isWard);
    }
    return info.branch === 'party'
      ? partyCollective(random, scene, provinceLevel)
      : stateCollective(random, scene, provinceLevel);
  };
  const awardClass = (): AwardClass | undefined => {
    if (form.classes.length === 0) return undefined;
    const wanted = random.weighted<AwardClass>(['third', 'second', 'first'], [0.75, 0.2, 0.05]);
    return form.classes.includes(wanted) ? wanted : form.classes[form.classes.length - 1];
  };
  if (allowed.length === 0) {
    throw new CorpusGenerationError(
      `"${form.name}" is only for households, and ${issuerId} has no commune to take them from.`,
    );
  }
  const tries = 8;
  for (let k = 0; k < slot.awardees; k += 1) {
    const type = random.weighted(allowed, typeWeights);
    let entry: Record<string, unknown> | undefined;
    // Names are kept distinct within a decision; the last try takes whatever comes.
    for (let attempt = 0; attempt < tries && entry === undefined; attempt += 1) {
      const lastTry = attempt === tries - 1;
      if (type === 'individual') {
        const person = personName(random, provinceUnit.province.region);
        const at =
          info.branch === 'party'
            ? partyPositionAndUnit(random, scene)
            : statePositionAndUnit(random, scene, person.female, provinceLevel);
        const key = `${person.fullName}|${at.unit}`;
        if (seen.has(key) && !lastTry) continue;
        seen.add(key);
        const published = !random.chance(0.005);
        if (published && individual === undefined) {
          individual = {
            name: person.fullName,
            female: person.female,
            unit: at.unit,
            position: at.position,
          };
        }
        entry = {
          type,
          name: person.fullName,
          position: at.position,
          unit: at.unit,
          awardForm: formId,
          class: awardClass(),
          achievement: achievement(type),
          published: published ? undefined : false,
        };
      } else if (type === 'collective') {
        const name = collectiveName(attempt);
        if (seen.has(name) && !lastTry) continue;
        seen.add(name);
        collective ??= name;
        entry = {
          type,
          name,
          awardForm: formId,
          class: awardClass(),
          achievement: achievement(type),
        };
      } else {
        const home = household(random, scene);
        if (home === undefined) continue;
        const key = `${home.headName}|${home.hamlet}`;
        if (seen.has(key) && !lastTry) continue;
        seen.add(key);
        entry = { type, ...home, awardForm: formId, achievement: achievement(type) };
      }
    }
    if (entry !== undefined) awardees.push(entry);
  }
  if (awardees.length !== slot.awardees) {
    throw new CorpusGenerationError(
      `decision ${index}: made ${awardees.length} awardees of ${slot.awardees}.`,
    );
  }

  const signatory =
    info.level === 'central'
      ? undefined
      : info.branch === 'party'
        ? {
            capacity: 'T/M',
            onBehalfOf: info.level === 'province' ? 'BAN THƯỜNG VỤ' : 'ĐẢNG ỦY',
            position: 'BÍ THƯ',
            name: signerName(context.seed, `${issuerId}/BÍ THƯ`, provinceUnit.province.region),
          }
        : random.chance(0.7)
          ? {
              position: 'CHỦ TỊCH',
              name: signerName(context.seed, `${issuerId}/CHỦ TỊCH`, provinceUnit.province.region),
            }
          : {
              capacity: 'KT.',
              onBehalfOf: 'CHỦ TỊCH',
              position: 'PHÓ CHỦ TỊCH',
              name: signerName(
                context.seed,
                `${issuerId}/PHÓ CHỦ TỊCH`,
                provinceUnit.province.region,
              ),
            };
  const kindWord = communeUnit?.kindWord ?? 'xã';
  const data: Record<string, unknown> = {
    status: slot.status,
    illustrative: true,
    number: slot.status === 'proposed' ? undefined : slot.number,
    issuer: issuerId,
    issued: slot.status === 'proposed' ? undefined : posted,
    title,
    signatory: slot.status === 'proposed' ? undefined : signatory,
    basedOn: info.branch === 'party' ? [central.directive.id] : [central.law.id],
    rewards: rewarded === undefined ? [] : [rewarded.id],
    commendationType: commendation,
    consultation:
      slot.status === 'proposed'
        ? {
            posted,
            closes,
            howToComment:
              info.level === 'commune'
                ? `Góp ý bằng văn bản gửi Ủy ban nhân dân ${kindWord} (qua Văn phòng HĐND và UBND) hoặc trực tiếp tại các buổi họp thôn, tổ dân phố trong thời gian niêm yết.`
                : `Góp ý bằng văn bản gửi Sở Nội vụ ${provincePlace(provinceUnit.province)} hoặc qua cổng thông tin điện tử của ${provinceWord(provinceUnit.province)} trong thời gian niêm yết.`,
            where:
              info.level === 'commune' && communeUnit !== undefined
                ? `Bảng tin trụ sở Ủy ban nhân dân ${communeUnit.kindWord} ${communeUnit.name} và nhà văn hóa các thôn, tổ dân phố`
                : `Trụ sở Sở Nội vụ và cổng thông tin điện tử ${provincePlace(provinceUnit.province)}`,
          }
        : undefined,
    revocation:
      slot.status === 'revoked'
        ? {
            decision: info.numberOf(
              Number(/\d+/.exec(slot.number ?? '')?.[0] ?? '1') + random.int(40, 400),
            ),
            date: isoOf(workingDayFrom(slot.day + random.int(30, 120))),
            reason: random.pick([
              'Phát hiện tập thể, cá nhân được khen thưởng không đủ tiêu chuẩn do báo cáo thành tích không đúng thực tế.',
              'Cá nhân được khen thưởng bị xử lý kỷ luật về hành vi vi phạm xảy ra trong thời gian xét khen thưởng.',
              'Quyết định ban hành chưa đúng trình tự, thủ tục; đơn vị sẽ xét lại theo quy định.',
            ]),
          }
        : undefined,
    awardees,
  };
  const id = documentId({
    kind: 'decision',
    number: slot.status === 'proposed' ? undefined : slot.number,
    issuerId,
    issued: slot.status === 'proposed' ? undefined : posted,
    title,
  });
  return {
    id,
    text: jsonFileText(data),
    issuerId,
    issued: slot.status === 'proposed' ? undefined : posted,
    rewards: rewarded?.id,
    scene,
    individual,
    collective,
  };
}
