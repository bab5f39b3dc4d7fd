import { searchKey } from '../text/foldVietnamese';

/**
 * What the markers after a line of "Nơi nhận" mean (GLOSSARY.md): b/c to report, t/h to carry out,
 * để đăng tải to publish; others are shown as printed.
 */
const markerMeanings: Readonly<Record<string, string>> = {
  'b/c': 'để báo cáo',
  'de b/c': 'để báo cáo',
  'bao cao': 'để báo cáo',
  'de bao cao': 'để báo cáo',
  't/h': 'để thực hiện',
  'de t/h': 'để thực hiện',
  'thuc hien': 'để thực hiện',
  'de thuc hien': 'để thực hiện',
  'de dang tai': 'để đăng tải',
  'dang tai': 'để đăng tải',
  'chi dao': 'để chỉ đạo',
  'de chi dao': 'để chỉ đạo',
  'p/h': 'để phối hợp',
  'phoi hop': 'để phối hợp',
  'de phoi hop': 'để phối hợp',
  'de biet': 'để biết',
  'b/t': 'để biết',
};

/**
 * The plain-language meaning of a distribution marker: "b/c" → "để báo cáo", "(t/h)" → "để thực
 * hiện", "để đăng tải" → "để đăng tải". Unknown markers come back as printed, without brackets.
 */
export function distributionMarkerLabel(marker: string): string {
  const printed = marker
    .trim()
    .replace(/^\(|\)$/g, '')
    .trim();
  return markerMeanings[searchKey(printed)] ?? printed;
}
