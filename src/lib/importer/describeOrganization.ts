import type { OrganizationBranch, OrganizationLevel } from '../organizations/organizationTerms';
import { canonicalProvince, centralCities } from './provinces';

/** The last day of the district level and of thị trấn (Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025). */
export const districtLevelEnd = '2025-06-30';

/** What the importer can tell about an organization from its name (and the plan's province). */
export interface OrganizationDescription {
  readonly name: string;
  readonly shortName?: string;
  readonly level: OrganizationLevel;
  readonly branch: OrganizationBranch;
  readonly province?: string;
  readonly validTo?: string;
  /** The body it belongs to, by full name ("Tỉnh ủy Gia Lai" for its Ban Thường vụ). */
  readonly parentName?: string;
}

/** Central bodies (GLOSSARY: central, party/state), with the body each belongs to. */
const centralBodies: Readonly<Record<string, { branch: OrganizationBranch; parentName?: string }>> =
  {
    'Bộ Chính trị': { branch: 'party' },
    'Ban Bí thư': { branch: 'party' },
    'Ban Bí thư Trung ương Đảng': { branch: 'party' },
    'Ban Chấp hành Trung ương': { branch: 'party' },
    'Ban Chấp hành Trung ương Đảng': { branch: 'party' },
    'Chính phủ': { branch: 'state' },
    'Thủ tướng Chính phủ': { branch: 'state', parentName: 'Chính phủ' },
    'Quốc hội': { branch: 'state' },
    'Ủy ban Thường vụ Quốc hội': { branch: 'state', parentName: 'Quốc hội' },
    'Chủ tịch nước': { branch: 'state' },
    'Bộ Nội vụ': { branch: 'state', parentName: 'Chính phủ' },
    'Ban Thi đua - Khen thưởng Trung ương': { branch: 'state', parentName: 'Bộ Nội vụ' },
    'Hội đồng Thi đua - Khen thưởng Trung ương': { branch: 'council' },
  };

type Place = { level: OrganizationLevel; province?: string; validTo?: string };

/** Level of a local unit: "tỉnh Gia Lai" → province; "thị xã Bắc Sơn" → district until 30 June 2025. */
function unitPlace(unit: string, name: string, province: string | undefined): Place | null {
  const withProvince = (level: OrganizationLevel, validTo?: string): Place => ({
    level,
    ...(province === undefined ? {} : { province }),
    ...(validTo === undefined ? {} : { validTo }),
  });
  switch (unit) {
    case 'tỉnh': {
      const own = canonicalProvince(name) ?? name;
      return { level: 'province', province: own };
    }
    case 'thành phố':
      return centralCities.includes(name)
        ? { level: 'province', province: name }
        : withProvince('district', districtLevelEnd);
    case 'thị xã':
    case 'huyện':
    case 'quận':
      return withProvince('district', districtLevelEnd);
    case 'thị trấn':
      return withProvince('commune', districtLevelEnd);
    case 'phường':
    case 'xã':
    case 'đặc khu':
      return withProvince('commune');
    default:
      return null;
  }
}

const committeeUnits: Readonly<Record<string, string>> = {
  'Tỉnh ủy': 'tỉnh',
  'Thành ủy': 'thành phố',
  'Thị ủy': 'thị xã',
  'Huyện ủy': 'huyện',
  'Quận ủy': 'quận',
};

const units = 'tỉnh|thành phố|thị xã|huyện|quận|phường|xã|thị trấn|đặc khu';

/**
 * Infers an organization's level, branch, province, validity and parent from its full name, the rules
 * a reader applies (GLOSSARY: levels and branches; the district level and thị trấn ended on 30 June
 * 2025):
 * - central bodies by name: "Bộ Chính trị" (party), "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội"
 *   (state);
 * - "Ban Thường vụ X", "Thường trực X", "Ban Chấp hành X" and "Chủ tịch X" are described like X, with X
 *   as parent;
 * - Party committees: "Tỉnh ủy Gia Lai" (province), "Thị ủy"/"Huyện ủy"/"Quận ủy" (district, until
 *   2025-06-30), "Thành ủy" (province for a centrally-run city, district otherwise), "Đảng ủy phường/xã …"
 *   (commune), "Đảng ủy Khối … tỉnh Hà Tĩnh" (province);
 * - People's Councils and Committees by their unit ("Ủy ban nhân dân phường Quyết Thắng": commune,
 *   state); the Fatherland Front ("Ủy ban Mặt trận Tổ quốc Việt Nam …": front).
 *
 * @param name the full, canonical name ("Ban Thường vụ Tỉnh ủy Gia Lai")
 * @param province the province of the plan that names it, for bodies whose name does not say it
 * @returns the description, or null when the name fits none of these forms
 */
export function describeOrganization(
  name: string,
  province?: string,
): OrganizationDescription | null {
  const central = centralBodies[name];
  if (central !== undefined) {
    return {
      name,
      level: 'central',
      branch: central.branch,
      ...(central.parentName === undefined ? {} : { parentName: central.parentName }),
    };
  }
  const standing = /^(?:Ban Thường vụ|Thường trực|Ban Chấp hành|Chủ tịch)\s+(.+)$/u.exec(name);
  if (standing?.[1] !== undefined) {
    const parent = describeOrganization(standing[1], province);
    if (parent === null) return null;
    return {
      name,
      level: parent.level,
      branch: parent.branch,
      ...(parent.province === undefined ? {} : { province: parent.province }),
      ...(parent.validTo === undefined ? {} : { validTo: parent.validTo }),
      parentName: parent.name,
    };
  }
  const committee = /^(Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Quận ủy)\s+(.+)$/u.exec(name);
  if (committee?.[1] !== undefined && committee[2] !== undefined) {
    const place = unitPlace(committeeUnits[committee[1]] ?? '', committee[2], province);
    return place === null ? null : { name, branch: 'party', ...place };
  }
  const bloc = /^Đảng ủy Khối(?:\s.*\s(?:tỉnh|thành phố)\s+(\S.*))?$/u.exec(name);
  if (bloc !== null) {
    const own = bloc[1] === undefined ? province : (canonicalProvince(bloc[1]) ?? bloc[1]);
    return {
      name,
      level: 'province',
      branch: 'party',
      ...(own === undefined ? {} : { province: own }),
    };
  }
  const local = new RegExp(
    `^(Đảng ủy|Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam)\\s+(${units})\\s+(\\S.*)$`,
    'u',
  ).exec(name);
  if (local?.[1] !== undefined && local[2] !== undefined && local[3] !== undefined) {
    const place = unitPlace(local[2], local[3], province);
    if (place === null) return null;
    const body = local[1];
    const branch: OrganizationBranch =
      body === 'Đảng ủy' ? 'party' : body.startsWith('Ủy ban Mặt trận') ? 'front' : 'state';
    const shortName =
      body === 'Ủy ban nhân dân'
        ? `UBND ${local[2]} ${local[3]}`
        : body === 'Hội đồng nhân dân'
          ? `HĐND ${local[2]} ${local[3]}`
          : undefined;
    return { name, branch, ...place, ...(shortName === undefined ? {} : { shortName }) };
  }
  return null;
}
