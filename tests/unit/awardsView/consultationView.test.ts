import { describe, expect, test } from 'vitest';
import { consultationView } from '../../../src/lib/awardsView/consultationView';

const consultation = {
  posted: '2026-11-16',
  closes: '2026-11-30',
  howToComment: 'Góp ý bằng văn bản.',
  where: 'Trụ sở UBND phường',
};

describe('what a consultation notice says', () => {
  test.each([
    [
      'open, days left',
      { state: 'open', workingDaysLeft: 7 },
      '2026-11-20',
      'Còn 7 ngày làm việc để góp ý, hạn cuối 30/11/2026',
    ],
    [
      'open, on the last day',
      { state: 'open', workingDaysLeft: 1 },
      '2026-11-30',
      'Hôm nay là hạn cuối góp ý (30/11/2026)',
    ],
    [
      'open, only days off left',
      { state: 'open', workingDaysLeft: 0 },
      '2026-11-29',
      'Không còn ngày làm việc nào trước hạn cuối góp ý (30/11/2026)',
    ],
    [
      'closed',
      { state: 'closed', workingDaysLeft: 0 },
      '2026-12-01',
      'Đã hết thời gian lấy ý kiến (ngày 30/11/2026)',
    ],
    [
      'not started',
      { state: 'notStarted', workingDaysLeft: 10 },
      '2026-11-10',
      'Sẽ lấy ý kiến từ ngày 16/11/2026, hạn cuối 30/11/2026',
    ],
  ] as const)('%s', (_name, state, today, headline) => {
    expect(consultationView(consultation, state, today).headline).toBe(headline);
  });

  test('gives the period, how and where to comment', () => {
    const view = consultationView(
      consultation,
      { state: 'open', workingDaysLeft: 7 },
      '2026-11-20',
    );
    expect(view).toMatchObject({
      heading: 'Đang lấy ý kiến nhân dân',
      period: 'Niêm yết từ ngày 16/11/2026 đến hết ngày 30/11/2026',
      howToComment: 'Góp ý bằng văn bản.',
      where: 'Trụ sở UBND phường',
    });
  });
});
