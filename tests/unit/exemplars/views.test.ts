import { describe, expect, test } from 'vitest';
import type { DecisionSummary } from '../../../src/lib/awardsView/awardsModel';
import {
  exemplarCards,
  exemplarsForAwardDecision,
  exemplarsForDocument,
  placeLabel,
  relatedExemplars,
  summarizeExemplar,
  type ExemplarEntryInput,
} from '../../../src/lib/exemplars/exemplarCards';
import {
  exemplarCountMessage,
  exemplarDataAttributes,
  exemplarFilterFields,
  exemplarMatches,
  readExemplarFilterState,
  writeExemplarFilterState,
} from '../../../src/lib/exemplars/exemplarListFilters';
import { exemplarPage, storyPlainText } from '../../../src/lib/exemplars/exemplarPage';
import { exemplarHref, exemplarPosterHref } from '../../../src/lib/exemplars/exemplarUrls';
import { shareLinks } from '../../../src/lib/exemplars/shareLinks';
import type { DocumentSummary } from '../../../src/lib/site/siteModel';
import { exemplarFileSchema, type ExemplarInput } from '../../../src/schemas/exemplars';

/** An entry read through the real schema (cover image as its path). */
function entry(id: string, change: Partial<ExemplarInput> = {}): ExemplarEntryInput<string> {
  const input: ExemplarInput = {
    kind: 'individual',
    name: 'Lò Thị Mai',
    place: { hamlet: 'Bản Cư Nhà La', commune: 'Phường Quyết Thắng', province: 'Lai Châu' },
    summary: 'Chị Mai vận động các hộ trong bản cùng giữ đường bản sạch đẹp mỗi tuần.',
    date: '2026-03-02',
    cover: {
      image: './images/lo-thi-mai.jpg',
      alt: 'Chị Mai cùng hai người hàng xóm quét đường bản buổi sáng',
      credit: 'Ảnh: Hội LHPN phường',
      people: 'none',
    },
    ...change,
  };
  return { id, data: exemplarFileSchema.parse(input), body: 'Chị Mai là **chi hội trưởng**.' };
}

const mai = entry('lo-thi-mai', {
  movement: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  documents: ['ke-hoach-a', 'ke-hoach-khong-co'],
  awardDecisions: ['quyet-dinh-a'],
  organization: 'uy-ban-nhan-dan-phuong-quyet-thang',
});
const hau = entry('nguyen-van-hau', {
  kind: 'goodDeed',
  name: 'Nguyễn Văn Hậu',
  place: { commune: 'Phường Quy Nhơn Tây', province: 'Gia Lai' },
  date: '2025-11-20',
  documents: ['ke-hoach-b'],
});

describe('cards', () => {
  const card = summarizeExemplar(mai);
  test('carry the formatted kind, place and date', () => {
    expect(card).toMatchObject({
      href: '/dien-hinh/lo-thi-mai/',
      kindLabel: 'Cá nhân điển hình',
      placeLabel: 'Bản Cư Nhà La, Phường Quyết Thắng, Lai Châu',
      dateLabel: '02/3/2026',
      year: 2026,
      documentIds: ['ke-hoach-a', 'ke-hoach-khong-co'],
      awardDecisionIds: ['quyet-dinh-a'],
    });
  });
  test('are listed newest first', () => {
    expect(exemplarCards([hau, mai]).map((c) => c.id)).toEqual(['lo-thi-mai', 'nguyen-van-hau']);
  });
  test('a place without hamlet leaves it out', () => {
    expect(placeLabel({ commune: 'Phường Quy Nhơn Tây', province: 'Gia Lai' })).toBe(
      'Phường Quy Nhơn Tây, Gia Lai',
    );
  });
});

describe('links from other pages', () => {
  const cards = exemplarCards([mai, hau]);
  test('a plan page finds the stories that name it', () => {
    expect(exemplarsForDocument(cards, 'ke-hoach-b').map((c) => c.id)).toEqual(['nguyen-van-hau']);
  });
  test('an award decision page finds the stories about its awardees', () => {
    expect(exemplarsForAwardDecision(cards, 'quyet-dinh-a').map((c) => c.id)).toEqual([
      'lo-thi-mai',
    ]);
    expect(exemplarsForAwardDecision(cards, 'quyet-dinh-z')).toEqual([]);
  });
});

describe('filters of /dien-hinh/', () => {
  const cards = exemplarCards([mai, hau]);
  test('offer only values that occur', () => {
    const fields = exemplarFilterFields(cards);
    expect(fields.map((f) => [f.param, f.options.map((o) => o.value)])).toEqual([
      ['loai', ['Cá nhân điển hình', 'Gương người tốt, việc tốt']],
      ['tinh', ['Gia Lai', 'Lai Châu']],
      ['phong-trao', ['Toàn dân đoàn kết xây dựng đời sống văn hóa']],
      ['nam', ['2026', '2025']],
    ]);
  });
  test('cards carry their values as data attributes', () => {
    const hauCard = cards.find((c) => c.id === 'nguyen-van-hau');
    expect(hauCard && exemplarDataAttributes(hauCard)).toEqual({
      'data-loai': 'Gương người tốt, việc tốt',
      'data-tinh': 'Gia Lai',
      'data-phong-trao': '',
      'data-nam': '2025',
    });
  });
  test('the state round-trips through the address', () => {
    const state = { loai: 'Gương người tốt, việc tốt', nam: '2025' };
    expect(readExemplarFilterState(writeExemplarFilterState(state))).toEqual(state);
    expect(writeExemplarFilterState({})).toBe('');
  });
  test('a card matches when every chosen filter agrees', () => {
    const values = { loai: 'Cá nhân điển hình', tinh: 'Lai Châu', 'phong-trao': '', nam: '2026' };
    expect(exemplarMatches(values, { tinh: 'Lai Châu' })).toBe(true);
    expect(exemplarMatches(values, { tinh: 'Lai Châu', nam: '2025' })).toBe(false);
  });
  test('the count is announced in words', () => {
    expect(exemplarCountMessage(4, 4)).toBe('Đang hiển thị tất cả 4 điển hình.');
    expect(exemplarCountMessage(1, 4)).toBe('Đang hiển thị 1 trên 4 điển hình.');
  });
});

describe('the exemplar page', () => {
  const documents = new Map([
    [
      'ke-hoach-a',
      {
        href: '/van-ban/ke-hoach-a/',
        displayName: 'Kế hoạch 12/KH-UBND',
        title: 'Công tác thi đua năm 2026',
        issuerName: 'Ủy ban nhân dân phường Quyết Thắng',
        issuedLabel: '05/01/2026',
      } as DocumentSummary,
    ],
  ]);
  const decisions = new Map([
    [
      'quyet-dinh-a',
      {
        href: '/khen-thuong/quyet-dinh-a/',
        displayName: 'Quyết định 41/QĐ-UBND',
        title: 'Về việc tặng Giấy khen',
        issuerName: 'Chủ tịch Ủy ban nhân dân phường Quyết Thắng',
        dateLabel: '20/12/2026',
        statusLabel: 'Đã quyết định',
      } as DecisionSummary,
    ],
  ]);
  const organizations = new Map([
    [
      'uy-ban-nhan-dan-phuong-quyet-thang',
      {
        id: 'uy-ban-nhan-dan-phuong-quyet-thang',
        data: { name: 'Ủy ban nhân dân phường Quyết Thắng' },
      } as never,
    ],
  ]);
  const movements = new Map([['dan-van-kheo', 'Dân vận khéo']]);
  const page = exemplarPage(mai, { documents, decisions, organizations, movements });

  test('lists the plans and decisions that exist, leaving out an unknown id', () => {
    expect(page.documents).toEqual([
      {
        href: '/van-ban/ke-hoach-a/',
        label: 'Kế hoạch 12/KH-UBND',
        title: 'Công tác thi đua năm 2026',
        meta: 'Ủy ban nhân dân phường Quyết Thắng · 05/01/2026',
      },
    ]);
    expect(page.awards.map((a) => a.label)).toEqual(['Quyết định 41/QĐ-UBND']);
  });
  test('shows kind, place, organization, movement and date', () => {
    expect(page.metadata.map((r) => r.label)).toEqual([
      'Loại điển hình',
      'Địa bàn',
      'Cơ quan, tổ chức',
      'Phong trào thi đua',
      'Ngày đăng',
    ]);
    expect(page.metadata.find((r) => r.label === 'Cơ quan, tổ chức')?.href).toBe(
      '/co-quan/uy-ban-nhan-dan-phuong-quyet-thang/',
    );
  });
  test('without a movement reference, shows the movement as written, without a link', () => {
    const row = page.metadata.find((r) => r.label === 'Phong trào thi đua');
    expect(row).toMatchObject({ value: 'Toàn dân đoàn kết xây dựng đời sống văn hóa' });
    expect(row?.href).toBeUndefined();
  });
  test('a referenced movement is linked to its page by name, and replaces the written one', () => {
    const linked = exemplarPage(
      entry('lo-thi-mai', { movement: 'Dân vận', movements: ['dan-van-kheo'] }),
      {
        documents,
        decisions,
        organizations,
        movements,
      },
    );
    expect(linked.metadata.filter((r) => r.label === 'Phong trào thi đua')).toEqual([
      { label: 'Phong trào thi đua', value: 'Dân vận khéo', href: '/phong-trao/dan-van-kheo/' },
    ]);
  });
  test('gives search the kind "Điển hình tiên tiến"', () => {
    expect(page.pagefind).toMatchObject({ title: 'Lò Thị Mai', kind: 'Điển hình tiên tiến' });
  });
  test('links the A4 poster', () => {
    expect(page.posterHref).toBe('/dien-hinh/lo-thi-mai/ap-phich.png');
    expect(exemplarPosterHref('a')).toBe(`${exemplarHref('a')}ap-phich.png`);
  });
  test('indexes the story text without its markup', () => {
    expect(page.indexableText).toContain('Chị Mai là chi hội trưởng');
    expect(
      storyPlainText('<Quote by="A">Lời **hay**.</Quote>\n![Mô tả](./images/a.jpg) {/* x */}'),
    ).toBe('Lời hay. Mô tả');
  });
});

describe('share links', () => {
  test('are plain addresses with the page encoded', () => {
    const links = shareLinks('https://example.vn/dien-hinh/lo-thi-mai/');
    expect(links.facebook).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.vn%2Fdien-hinh%2Flo-thi-mai%2F',
    );
    expect(links.zalo).toBe(
      'https://sp.zalo.me/share_inline?url=https%3A%2F%2Fexample.vn%2Fdien-hinh%2Flo-thi-mai%2F',
    );
  });
});

describe('other exemplars on a story page', () => {
  test('share a plan or decision with it, the most shared first, never itself', () => {
    const a = { id: 'a', documentIds: ['k1', 'k2'], awardDecisionIds: ['q1'] };
    const b = { id: 'b', documentIds: ['k1'], awardDecisionIds: [] };
    const c = { id: 'c', documentIds: ['k2'], awardDecisionIds: ['q1'] };
    const d = { id: 'd', documentIds: ['k9'], awardDecisionIds: [] };
    expect(relatedExemplars([a, b, c, d], a).map((x) => x.id)).toEqual(['c', 'b']);
    expect(relatedExemplars([a, b, c, d], a, 1).map((x) => x.id)).toEqual(['c']);
  });
});
