import { describe, expect, test } from 'vitest';
import { distributionMarkerLabel } from '../../../src/lib/format/distributionMarkers';

describe('distributionMarkerLabel explains the markers of "Nơi nhận"', () => {
  test.each([
    ['b/c', 'để báo cáo'],
    ['(b/c)', 'để báo cáo'],
    ['để b/c', 'để báo cáo'],
    ['báo cáo', 'để báo cáo'],
    ['t/h', 'để thực hiện'],
    ['(t/h)', 'để thực hiện'],
    ['để đăng tải', 'để đăng tải'],
    ['chỉ đạo', 'để chỉ đạo'],
    ['B/C', 'để báo cáo'],
    ['theo dõi', 'theo dõi'],
  ])('%s → %s', (marker, expected) => {
    expect(distributionMarkerLabel(marker)).toBe(expected);
  });
});
