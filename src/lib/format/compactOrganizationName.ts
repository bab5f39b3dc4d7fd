/**
 * The usual written abbreviations of Vietnamese body names (Nghị định 30/2020/NĐ-CP allows them in
 * the place of the full name once it is known): Ban Thường vụ → BTV, Ủy ban nhân dân → UBND, Hội đồng
 * nhân dân → HĐND, Mặt trận Tổ quốc Việt Nam → MTTQ Việt Nam.
 */
const abbreviations: readonly (readonly [RegExp, string])[] = [
  [/Ban Thường vụ/gu, 'BTV'],
  [/Ủy ban nhân dân/giu, 'UBND'],
  [/Hội đồng nhân dân/giu, 'HĐND'],
  [/Mặt trận Tổ quốc Việt Nam/giu, 'MTTQ Việt Nam'],
];

/**
 * A shorter form of an organization name for tight spaces (diagram boxes), when the entry has no
 * `shortName`: "Ban Thường vụ Tỉnh ủy Lâm Đồng" → "BTV Tỉnh ủy Lâm Đồng", "Ủy ban nhân dân phường
 * Bắc Sơn" → "UBND phường Bắc Sơn". Other names are returned unchanged.
 */
export function compactOrganizationName(name: string): string {
  return abbreviations.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}
