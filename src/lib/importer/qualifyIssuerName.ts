import { properName, unitWord } from './issuerNames';
import { modernToneMarks } from './modernToneMarks';
import { centralCities } from './provinces';

/** What a plan tells about where it is, used to complete names that leave the place out. */
export interface PlaceContext {
  /** The plan's province ("Gia Lai"), when known. */
  readonly province?: string | undefined;
  /** Local units the plan names: unit word → name ("thị xã" → "Bắc Sơn", "huyện" → "Đam Rông"). */
  readonly localities: ReadonlyMap<string, string>;
  /**
   * Full names of the plan's issuer and its parent ("Ban Thường vụ Đảng ủy phường Quy Nhơn Tây",
   * "Đảng ủy phường Quy Nhơn Tây"), to read "Đảng ủy phường" or "Ban Thường vụ Đảng ủy Khối".
   */
  readonly planIssuers: readonly string[];
}

/** A name completed from the plan's context. */
export interface QualifiedName {
  readonly name: string;
  /** False when the name still lacks its place ("Ban Thường vụ Tỉnh ủy" with no known province). */
  readonly qualified: boolean;
}

const committeeUnit: Readonly<Record<string, string>> = {
  Thành: 'thành phố',
  Thị: 'thị xã',
  Huyện: 'huyện',
  Quận: 'quận',
};

/**
 * Completes an issuer's name that leaves out its place, the way a reader of the plan would:
 * - the plan's own issuer or its parent when the name starts it ("Đảng ủy phường" in a plan of the
 *   Ban Thường vụ Đảng ủy phường Quy Nhơn Tây; "Ban Thường vụ Đảng ủy Khối");
 * - "… Tỉnh ủy", "… tỉnh" → the plan's province ("Ban Thường vụ Tỉnh ủy" → "Ban Thường vụ Tỉnh ủy Gia
 *   Lai"; GLOSSARY: codes repeat across provinces, so the place is part of the identity);
 * - "… Thị ủy", "… Huyện ủy", "… thị xã", "… phường" … → the unit of that kind the plan names ("Ban
 *   Thường vụ Thị ủy" in seed 004 → "Ban Thường vụ Thị ủy Bắc Sơn"); "Thành ủy" of a centrally-run city
 *   → the province.
 *
 * @param name a canonical name (`canonicalIssuerName`)
 * @returns the completed name, or the name unchanged with `qualified: false` when the context lacks the
 *   place; names that need no place are returned as they are
 */
export function qualifyIssuerName(name: string, context: PlaceContext): QualifiedName {
  const committee = /(?:^|\s)(Tỉnh|Thành|Thị|Huyện|Quận) ủy$/u.exec(name)?.[1];
  const unit = new RegExp(`(?:^|\\s)(${unitWord})$`, 'u').exec(name)?.[1];
  const partyOnly = /(?:^|\s)Đảng ủy(?: Khối)?$/u.test(name);
  if (committee === undefined && unit === undefined && !partyOnly) return { name, qualified: true };

  const issuer = context.planIssuers.find((full) => full.startsWith(`${name} `));
  if (issuer !== undefined) return { name: issuer, qualified: true };

  let place: string | undefined;
  if (committee === 'Tỉnh' || unit === 'tỉnh') place = context.province;
  else if (committee !== undefined) {
    place = context.localities.get(committeeUnit[committee] ?? '');
    if (
      place === undefined &&
      committee === 'Thành' &&
      centralCities.includes(context.province ?? '')
    ) {
      place = context.province;
    }
  } else if (unit !== undefined) {
    place = context.localities.get(unit);
    if (
      place === undefined &&
      unit === 'thành phố' &&
      centralCities.includes(context.province ?? '')
    ) {
      place = context.province;
    }
  }
  return place === undefined
    ? { name, qualified: false }
    : { name: `${name} ${place}`, qualified: true };
}

const localityPatterns: readonly { pattern: RegExp; unit: (match: RegExpExecArray) => string }[] = [
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{M}])(${unitWord})\\s+(${properName})`, 'gu'),
    unit: (m) => m[1] ?? '',
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{M}])(Thành|Thị|Huyện|Quận)\\s+(?:ủy|uỷ)\\s+(${properName})`,
      'gu',
    ),
    unit: (m) => committeeUnit[m[1] ?? ''] ?? '',
  },
];

/**
 * The local units a text names, for {@link qualifyIssuerName}: "phường Quyết Thắng", "thị xã Bắc Sơn",
 * "Huyện ủy Đam Rông" (→ huyện Đam Rông). Where a text names several units of one kind, the one named
 * most often wins (the first named on a tie). Provinces ("tỉnh …") are left to the province logic.
 *
 * @returns unit word → name, in current tone-mark style
 */
export function findLocalities(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { pattern, unit } of localityPatterns) {
    for (const match of text.matchAll(pattern)) {
      const kind = unit(match);
      const name = modernToneMarks(match[2] ?? '');
      if (kind === '' || kind === 'tỉnh' || name === '') continue;
      const names = counts.get(kind) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      counts.set(kind, names);
    }
  }
  const localities = new Map<string, string>();
  for (const [kind, names] of counts) {
    let best: [string, number] | undefined;
    for (const entry of names) if (best === undefined || entry[1] > best[1]) best = entry;
    if (best !== undefined) localities.set(kind, best[0]);
  }
  return localities;
}
