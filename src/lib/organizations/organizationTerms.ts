/**
 * Administrative levels (cấp). The district level was abolished on 1 July 2025 (Nghị quyết
 * 202/2025/QH15, Luật Tổ chức chính quyền địa phương 2025): `district` is for historical issuers only.
 */
export const organizationLevels = ['central', 'province', 'district', 'commune'] as const;
export type OrganizationLevel = (typeof organizationLevels)[number];

export const levelLabels: Readonly<Record<OrganizationLevel, string>> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện (trước 01/7/2025)',
  commune: 'Cấp xã',
};

/** Branches (khối) of the political system; GLOSSARY.md. */
export const organizationBranches = ['party', 'state', 'front', 'council'] as const;
export type OrganizationBranch = (typeof organizationBranches)[number];

export const branchLabels: Readonly<Record<OrganizationBranch, string>> = {
  party: 'Khối Đảng',
  state: 'Khối Nhà nước',
  front: 'Mặt trận và đoàn thể',
  council: 'Hội đồng Thi đua - Khen thưởng',
};

/** Level order from the top, for sorting chains and hierarchy levels. */
export const levelOrder: Readonly<Record<OrganizationLevel, number>> = {
  central: 0,
  province: 1,
  district: 2,
  commune: 3,
};
