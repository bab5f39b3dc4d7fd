/**
 * Award vocabulary (GLOSSARY.md; Luật Thi đua, khen thưởng 06/2022/QH15, Điều 8 and Chương II–III).
 */

/** Groups of the award catalogue: the forms of Luật 06/2022/QH15 art. 8, emulation titles, Party forms. */
export const awardFormGroups = [
  'order',
  'medal',
  'honoraryTitle',
  'prize',
  'commemorativeMedal',
  'certificateOfMerit',
  'certificateOfCommendation',
  'emulationTitle',
  'partyAward',
] as const;
export type AwardFormGroup = (typeof awardFormGroups)[number];

export const awardFormGroupLabels: Readonly<Record<AwardFormGroup, string>> = {
  order: 'Huân chương',
  medal: 'Huy chương',
  honoraryTitle: 'Danh hiệu vinh dự Nhà nước',
  prize: 'Giải thưởng',
  commemorativeMedal: 'Kỷ niệm chương',
  certificateOfMerit: 'Bằng khen',
  certificateOfCommendation: 'Giấy khen',
  emulationTitle: 'Danh hiệu thi đua',
  partyAward: 'Khen thưởng của Đảng',
};

/** Who can receive an award form (đối tượng). */
export const awardeeTypes = ['individual', 'collective', 'household'] as const;
export type AwardeeType = (typeof awardeeTypes)[number];

export const awardeeTypeLabels: Readonly<Record<AwardeeType, string>> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

/** Classes (hạng) of orders and medals. */
export const awardClasses = ['first', 'second', 'third'] as const;
export type AwardClass = (typeof awardClasses)[number];

export const awardClassLabels: Readonly<Record<AwardClass, string>> = {
  first: 'Hạng Nhất',
  second: 'Hạng Nhì',
  third: 'Hạng Ba',
};

/**
 * Types of commendation (loại hình khen thưởng), Luật 06/2022/QH15 art. 9: công trạng (merit), đột
 * xuất (ad hoc), theo đợt/chuyên đề (campaign), quá trình cống hiến (dedication), niên hạn
 * (seniority), đối ngoại (foreign).
 */
export const commendationTypes = [
  'merit',
  'adHoc',
  'campaign',
  'dedication',
  'seniority',
  'foreign',
] as const;
export type CommendationType = (typeof commendationTypes)[number];

export const commendationTypeLabels: Readonly<Record<CommendationType, string>> = {
  merit: 'Khen thưởng theo công trạng và thành tích',
  adHoc: 'Khen thưởng đột xuất',
  campaign: 'Khen thưởng theo đợt, chuyên đề',
  dedication: 'Khen thưởng quá trình cống hiến',
  seniority: 'Khen thưởng theo niên hạn',
  foreign: 'Khen thưởng đối ngoại',
};

/** Status of an award decision or a proposed list. */
export const awardDecisionStatuses = ['proposed', 'decided', 'revoked'] as const;
export type AwardDecisionStatus = (typeof awardDecisionStatuses)[number];

export const awardDecisionStatusLabels: Readonly<Record<AwardDecisionStatus, string>> = {
  proposed: 'Đang lấy ý kiến',
  decided: 'Đã quyết định',
  revoked: 'Đã thu hồi',
};
