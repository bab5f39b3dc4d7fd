import type { DistributionEntry } from '../../schemas/documents';

/**
 * Reads the "Nơi nhận" list: one entry per line, the dash and end punctuation removed, the notes in
 * brackets kept as markers as printed ("b/c", "để b/c", "t/h", "để đăng tải", "chỉ đạo", "báo cáo"),
 * and the archive line ("Lưu: VT", "Lưu VP Đảng ủy") flagged. Source: Nghị định 30/2020/NĐ-CP,
 * Phụ lục I (nơi nhận); seeds 000–004.
 *
 * @param lines the lines after "Nơi nhận:", each as printed ("- Ban Tuyên giáo Tỉnh ủy, (để b/c)")
 * @returns the entries, in order; empty lines are skipped
 */
export function readDistribution(lines: readonly string[]): DistributionEntry[] {
  const entries: DistributionEntry[] = [];
  for (const line of lines) {
    let name = line.replace(/^[-–—+•]\s*/u, '').trim();
    const markers: string[] = [];
    for (;;) {
      const note = /\s*\(([^()]+)\)[\s,;.]*$/u.exec(name);
      if (note?.[1] === undefined) break;
      markers.unshift(note[1].trim());
      name = name.slice(0, note.index);
    }
    name = name.replace(/[\s,;.]+$/u, '').trim();
    if (name === '') continue;
    const archive = /^Lưu(?![\p{L}])/u.test(name);
    entries.push({ name, markers, archive });
  }
  return entries;
}
