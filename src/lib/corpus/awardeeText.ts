import type { CommuneUnit, ProvinceUnit } from './corpusGeography';
import { partyCommitteeName, provincePlace } from './corpusProvinces';
import type { Random } from './random';
import { personName } from './vietnameseNames';

/**
 * Names of units, positions and collectives for generated awardees, in the shapes of the sample award
 * decisions in content/award-decisions/ ("Chi bộ Khu phố 1", "Bí thư Chi bộ Khu phố 1", "Đảng bộ
 * phường Quy Nhơn Tây", "Trường Tiểu học Quy Nhơn Tây"). Commune bodies follow the two-level local
 * government from 1 July 2025 (Văn phòng HĐND và UBND, Phòng Văn hóa - Xã hội, Phòng Kinh tế).
 *
 * Nothing here is personal data beyond a name, a position and a unit: no numbers that could read as a
 * phone or ID number, no street, no birth date (src/lib/awards/personalData.ts).
 */

/** Where the awardees of a decision come from. */
export interface AwardScene {
  readonly province: ProvinceUnit;
  /** Absent when the province has no commune in the corpus. */
  readonly commune: CommuneUnit | undefined;
  /** Append ", tỉnh Gia Lai" to units (decisions of central bodies). */
  readonly withProvince: boolean;
}

/** A person's position and unit at the time of the award. */
export interface PositionAndUnit {
  readonly position: string | undefined;
  readonly unit: string;
}

/** "Trưởng thôn", "Trưởng bản", "Tổ trưởng tổ dân phố" … for a hamlet's name. */
export function hamletHead(hamlet: string): string {
  if (hamlet.startsWith('Tổ dân phố')) return 'Tổ trưởng tổ dân phố';
  if (hamlet.startsWith('Khu phố')) return 'Trưởng khu phố';
  const word = hamlet.split(' ')[0] ?? 'Thôn';
  return `Trưởng ${word.toLowerCase()}`;
}

const communeOf = (scene: AwardScene): CommuneUnit | undefined => scene.commune;
const xa = (c: CommuneUnit): string => `${c.kindWord} ${c.name}`;
const suffix = (scene: AwardScene, text: string): string =>
  scene.withProvince && !text.includes(provincePlace(scene.province.province))
    ? `${text}, ${provincePlace(scene.province.province)}`
    : text;

/**
 * A state body's employee, teacher, doctor, hamlet head … with the position and unit: from the commune
 * for a commune's decision, from the province's departments or its communes for a province's or the
 * centre's.
 */
export function statePositionAndUnit(
  random: Random,
  scene: AwardScene,
  female: boolean,
  provinceLevel: boolean,
): PositionAndUnit {
  const c = communeOf(scene);
  const tinh = provincePlace(scene.province.province);
  const provinceUnits: (() => PositionAndUnit)[] = [
    () => ({
      unit: `Sở Nội vụ ${tinh}`,
      position: random.pick([
        'Chuyên viên Phòng Thi đua - Khen thưởng',
        'Phó Giám đốc Sở',
        'Trưởng phòng Công chức, viên chức',
      ]),
    }),
    () => ({
      unit: `Sở Giáo dục và Đào tạo ${tinh}`,
      position: random.pick(['Chuyên viên', 'Phó Trưởng phòng Giáo dục phổ thông']),
    }),
    () => ({
      unit: `Bệnh viện Đa khoa ${tinh}`,
      position: random.pick(['Bác sĩ', 'Trưởng khoa Nội', 'Điều dưỡng trưởng']),
    }),
    () => ({
      unit: `Sở Nông nghiệp và Môi trường ${tinh}`,
      position: random.pick(['Kỹ sư', 'Chuyên viên']),
    }),
  ];
  if (c === undefined) return random.pick(provinceUnits)();
  const hamlet = random.pick(c.hamlets);
  const communeUnits: (() => PositionAndUnit)[] = [
    () => ({
      unit: `Ủy ban nhân dân ${xa(c)}`,
      position: random.pick([
        'Phó Chủ tịch Ủy ban nhân dân',
        'Chuyên viên Văn phòng HĐND và UBND',
        'Công chức Phòng Văn hóa - Xã hội',
        c.isWard ? 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị' : 'Công chức Phòng Kinh tế',
      ]),
    }),
    () => ({
      unit: `Trường Tiểu học ${c.name}`,
      position: random.pick([
        'Giáo viên',
        'Giáo viên',
        'Hiệu trưởng',
        'Phó Hiệu trưởng',
        'Tổng phụ trách Đội',
      ]),
    }),
    () => ({
      unit: `Trường Trung học cơ sở ${c.name}`,
      position: random.pick(['Giáo viên', 'Giáo viên', 'Hiệu trưởng', 'Nhân viên thư viện']),
    }),
    () => ({
      unit: `Trường Mầm non ${c.name}`,
      position: random.pick(['Giáo viên', 'Hiệu trưởng']),
    }),
    () => ({
      unit: `Trạm Y tế ${xa(c)}`,
      position: random.pick(
        female
          ? ['Trưởng Trạm Y tế', 'Y sĩ', 'Nữ hộ sinh', 'Điều dưỡng']
          : ['Trưởng Trạm Y tế', 'Y sĩ', 'Điều dưỡng'],
      ),
    }),
    () => ({
      unit: `${hamlet}, ${xa(c)}`,
      position: random.pick([hamletHead(hamlet), 'Trưởng Ban Công tác Mặt trận']),
    }),
    () => ({
      unit: `Ủy ban Mặt trận Tổ quốc Việt Nam ${xa(c)}`,
      position: random.pick(
        female
          ? [
              'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
              'Chủ tịch Hội Liên hiệp Phụ nữ',
              'Bí thư Đoàn Thanh niên',
            ]
          : [
              'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
              'Chủ tịch Hội Nông dân',
              'Chủ tịch Hội Cựu chiến binh',
              'Bí thư Đoàn Thanh niên',
            ],
      ),
    }),
    () =>
      c.isWard
        ? { unit: `Ban Quản lý chợ ${c.name}`, position: random.pick(['Trưởng ban', 'Nhân viên']) }
        : {
            unit: `Hợp tác xã Nông nghiệp ${c.name}`,
            position: random.pick(['Giám đốc', 'Kế toán', 'Thành viên Hội đồng quản trị']),
          },
  ];
  const chosen =
    !provinceLevel || random.chance(0.6)
      ? random.pick(communeUnits)()
      : random.pick(provinceUnits)();
  return { position: chosen.position, unit: suffix(scene, chosen.unit) };
}

/** A Party member's position and Party organization ("Bí thư Chi bộ Thôn 3", "Đảng bộ xã Tân Phú"). */
export function partyPositionAndUnit(random: Random, scene: AwardScene): PositionAndUnit {
  const c = communeOf(scene);
  if (c === undefined) {
    return {
      unit: `Ban Tuyên giáo và Dân vận ${partyCommitteeName(scene.province.province)}`,
      position: random.pick(['Chuyên viên', 'Phó Trưởng ban']),
    };
  }
  const hamlet = random.pick(c.hamlets);
  return {
    unit: `Đảng bộ ${xa(c)}`,
    position: random.pick([
      `Bí thư Chi bộ ${hamlet}`,
      `Bí thư Chi bộ ${hamlet}`,
      `Đảng viên Chi bộ ${hamlet}`,
      'Chuyên viên Văn phòng Đảng ủy',
      'Chuyên viên Ban Xây dựng Đảng',
      'Phó Bí thư Đảng ủy',
    ]),
  };
}

/** A state collective: a school, a health station, a commune office, a hamlet's front committee … */
export function stateCollective(random: Random, scene: AwardScene, provinceLevel: boolean): string {
  const c = communeOf(scene);
  const tinh = provincePlace(scene.province.province);
  if (c === undefined) {
    return random.pick([
      `Sở Nội vụ ${tinh}`,
      `Sở Y tế ${tinh}`,
      `Bệnh viện Đa khoa ${tinh}`,
      `Sở Giáo dục và Đào tạo ${tinh}`,
    ]);
  }
  if (provinceLevel) {
    return suffix(
      scene,
      random.pick([
        `Ủy ban nhân dân ${xa(c)}`,
        `Trường Trung học phổ thông ${c.name}`,
        `Trường Trung học cơ sở ${c.name}`,
        `Trạm Y tế ${xa(c)}`,
        `Phòng Thi đua - Khen thưởng, Sở Nội vụ ${tinh}`,
        `Bệnh viện Đa khoa ${tinh}`,
      ]),
    );
  }
  const hamlet = random.pick(c.hamlets);
  return random.pick([
    `Trường Tiểu học ${c.name}`,
    `Trường Trung học cơ sở ${c.name}`,
    `Trường Mầm non ${c.name}`,
    `Trạm Y tế ${xa(c)}`,
    `Công an ${xa(c)}`,
    `Văn phòng HĐND và UBND ${xa(c)}`,
    `Phòng Văn hóa - Xã hội ${xa(c)}`,
    `Ban Công tác Mặt trận ${hamlet}`,
    `Chi hội Phụ nữ ${hamlet}`,
    `Chi hội Nông dân ${hamlet}`,
  ]);
}

/** A Party organization: a cell of a hamlet, a school, the commune police … */
export function partyCollective(random: Random, scene: AwardScene, provinceLevel: boolean): string {
  const c = communeOf(scene);
  if (c === undefined)
    return `Ban Tuyên giáo và Dân vận ${partyCommitteeName(scene.province.province)}`;
  if (provinceLevel && random.chance(0.6)) return `Đảng bộ ${xa(c)}`;
  const hamlet = random.pick(c.hamlets);
  const cell = random.pick([
    `Chi bộ ${hamlet}`,
    `Chi bộ ${hamlet}`,
    `Chi bộ Trường Tiểu học ${c.name}`,
    `Chi bộ Trạm Y tế ${xa(c)}`,
    `Chi bộ Công an ${xa(c)}`,
    `Chi bộ Quân sự ${xa(c)}`,
  ]);
  return provinceLevel ? `${cell}, Đảng bộ ${xa(c)}` : cell;
}

/** "Xã Tân Phú", "Phường Hòa Bình": a commune as a collective or as a household's commune. */
export function communeTitle(c: CommuneUnit): string {
  return `${c.isWard ? 'Phường' : 'Xã'} ${c.name}`;
}

/** A household: its head, hamlet and commune (nothing more precise is published). */
export function household(
  random: Random,
  scene: AwardScene,
): { headName: string; hamlet: string; commune: string } | undefined {
  const c = communeOf(scene);
  if (c === undefined) return undefined;
  return {
    headName: personName(random, scene.province.province.region).fullName,
    hamlet: random.pick(c.hamlets),
    commune: communeTitle(c),
  };
}
