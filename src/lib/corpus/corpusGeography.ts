import type { OrganizationInput } from '../../schemas/organizations';
import { toSlug } from '../text/toSlug';
import {
  corpusProvinces,
  partyCommitteeName,
  provincePlace,
  type CorpusProvince,
} from './corpusProvinces';
import { randomFor } from './random';
import { CommuneNamer, hamletName } from './vietnameseNames';

/** An organization file of the corpus: its id (file name) and its JSON data. */
export interface CorpusOrganization {
  readonly id: string;
  readonly data: OrganizationInput;
}

/** A province of the corpus with the ids of its four issuing bodies. */
export interface ProvinceUnit {
  readonly index: number;
  readonly province: CorpusProvince;
  /** Tỉnh ủy / Thành ủy. */
  readonly partyCommitteeId: string;
  /** Ban Thường vụ Tỉnh ủy: issues the province's Party plans and Party awards. */
  readonly standingBoardId: string;
  /** Ủy ban nhân dân tỉnh: issues the province's state plans. */
  readonly peoplesCommitteeId: string;
  /** Chủ tịch Ủy ban nhân dân tỉnh: confers the province's state awards. */
  readonly chairId: string;
  /** Indexes into {@link CorpusGeography.communes}, in order. */
  readonly communeIndexes: readonly number[];
}

/** A commune (xã) or ward (phường) of the two-level local government (from 1 July 2025). */
export interface CommuneUnit {
  readonly index: number;
  readonly provinceIndex: number;
  /** The name without its kind: "Tân Phú". */
  readonly name: string;
  readonly isWard: boolean;
  /** "xã" or "phường", as running text writes it. */
  readonly kindWord: 'xã' | 'phường';
  /** Đảng ủy xã: issues the commune's Party plans and Party awards. */
  readonly partyId: string;
  /** Ủy ban nhân dân xã: issues the commune's state plans and (its chair) state awards. */
  readonly peoplesCommitteeId: string;
  /** Thôn, bản, ấp or tổ dân phố names, 3 to 6, distinct. */
  readonly hamlets: readonly string[];
}

/** Every province and commune of a corpus, and the organization files they need. */
export interface CorpusGeography {
  readonly provinces: readonly ProvinceUnit[];
  readonly communes: readonly CommuneUnit[];
  /** Four per province, two per commune, in that order. */
  readonly organizations: readonly CorpusOrganization[];
}

/** The day communes and wards of the two-level local government began (Nghị quyết 202/2025/QH15). */
export const twoLevelGovernmentStart = '2025-07-01';

/**
 * Builds the provinces and communes of a corpus: the first `provinceCount` of {@link corpusProvinces},
 * each with Tỉnh ủy, its Ban Thường vụ, Ủy ban nhân dân and its chair (level `province`); and
 * `communeCount` communes spread evenly over them (the first provinces get one more when it does not
 * divide), each with Đảng ủy and Ủy ban nhân dân (level `commune`, valid from 1 July 2025, parents the
 * province's Tỉnh ủy and Ủy ban nhân dân, as commune Party committees report directly to the province
 * since the district level was abolished). About 70 % of the units of a centrally-run city are wards
 * (phường), 20 % elsewhere.
 *
 * @param seed the corpus seed
 * @param provinceCount 1 … 34
 * @param communeCount 0 or more
 * @throws {RangeError} when provinceCount is outside 1 … 34
 */
export function buildGeography(
  seed: string,
  provinceCount: number,
  communeCount: number,
): CorpusGeography {
  if (!Number.isInteger(provinceCount) || provinceCount < 1 || provinceCount > 34) {
    throw new RangeError(`provinceCount must be 1 … 34; got ${provinceCount}`);
  }
  const organizations: CorpusOrganization[] = [];
  const provinces: ProvinceUnit[] = [];
  const communes: CommuneUnit[] = [];
  const namer = new CommuneNamer();
  for (let p = 0; p < provinceCount; p += 1) {
    const province = corpusProvinces[p];
    if (province === undefined) break;
    const party = partyCommitteeName(province);
    const place = provincePlace(province);
    const peoples = `Ủy ban nhân dân ${place}`;
    const ids = {
      partyCommitteeId: toSlug(party),
      standingBoardId: toSlug(`Ban Thường vụ ${party}`),
      peoplesCommitteeId: toSlug(peoples),
      chairId: toSlug(`Chủ tịch ${peoples}`),
    };
    organizations.push(
      {
        id: ids.partyCommitteeId,
        data: { name: party, level: 'province', branch: 'party', province: province.name },
      },
      {
        id: ids.standingBoardId,
        data: {
          name: `Ban Thường vụ ${party}`,
          level: 'province',
          branch: 'party',
          parent: ids.partyCommitteeId,
          province: province.name,
        },
      },
      {
        id: ids.peoplesCommitteeId,
        data: {
          name: peoples,
          shortName: `UBND ${place}`,
          level: 'province',
          branch: 'state',
          province: province.name,
          aliases: [`UBND ${place}`],
        },
      },
      {
        id: ids.chairId,
        data: {
          name: `Chủ tịch ${peoples}`,
          shortName: `Chủ tịch UBND ${place}`,
          level: 'province',
          branch: 'state',
          parent: ids.peoplesCommitteeId,
          province: province.name,
          aliases: [`Chủ tịch UBND ${place}`],
        },
      },
    );
    const share =
      Math.floor(communeCount / provinceCount) + (p < communeCount % provinceCount ? 1 : 0);
    const communeIndexes: number[] = [];
    for (let k = 0; k < share; k += 1) {
      const index = communes.length;
      const random = randomFor(seed, 'commune', index);
      const name = namer.next(random, province.region);
      const isWard = random.chance(province.isCity ? 0.7 : 0.2);
      const kindWord = isWard ? 'phường' : 'xã';
      const partyName = `Đảng ủy ${kindWord} ${name}`;
      const peoplesName = `Ủy ban nhân dân ${kindWord} ${name}`;
      const hamlets = new Set<string>();
      const wanted = random.int(3, 6);
      for (let h = 0; h < wanted * 4 && hamlets.size < wanted; h += 1) {
        hamlets.add(hamletName(random, province.region, isWard));
      }
      const commune: CommuneUnit = {
        index,
        provinceIndex: p,
        name,
        isWard,
        kindWord,
        partyId: toSlug(partyName),
        peoplesCommitteeId: toSlug(peoplesName),
        hamlets: [...hamlets],
      };
      communes.push(commune);
      communeIndexes.push(index);
      organizations.push(
        {
          id: commune.partyId,
          data: {
            name: partyName,
            level: 'commune',
            branch: 'party',
            parent: ids.partyCommitteeId,
            province: province.name,
            validFrom: twoLevelGovernmentStart,
          },
        },
        {
          id: commune.peoplesCommitteeId,
          data: {
            name: peoplesName,
            shortName: `UBND ${kindWord} ${name}`,
            level: 'commune',
            branch: 'state',
            parent: ids.peoplesCommitteeId,
            province: province.name,
            validFrom: twoLevelGovernmentStart,
            aliases: [`UBND ${kindWord} ${name}`],
          },
        },
      );
    }
    provinces.push({ index: p, province, ...ids, communeIndexes });
  }
  return { provinces, communes, organizations };
}
