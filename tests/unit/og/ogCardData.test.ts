/**
 * What each page type's card and the poster show, from the views pages compute, built from the
 * fixture content read through the real schemas.
 */
import { describe, expect, test } from 'vitest';
import { summarizeExemplar } from '../../../src/lib/exemplars/exemplarCards';
import {
  awardDecisionOgCard,
  documentOgCard,
  exemplarOgCard,
  exemplarPosterData,
  homeOgCard,
  organizationOgCard,
} from '../../../src/lib/og/ogCardData';
import {
  awardDecisionOgImage,
  defaultOgImage,
  documentOgImage,
  exemplarOgImage,
  organizationOgImage,
} from '../../../src/lib/og/ogImageUrls';
import { organizationPage } from '../../../src/lib/site/organizationPage';
import { exemplarFileSchema } from '../../../src/schemas/exemplars';
import { fixtureAwardsModel } from '../awardsView/fixtureAwards';
import { fixtureModel, ids } from '../site/fixtureContent';

const model = fixtureModel();
const awards = fixtureAwardsModel();

describe('documentOgCard', () => {
  const doc = model.documentById.get(ids.ct41);
  if (doc === undefined) throw new Error('fixture document missing');
  const card = documentOgCard(doc);

  test('shows the kind, the name with the trích yếu, the issuer and the date', () => {
    expect(card).toMatchObject({
      kindLabel: 'Chỉ thị',
      title: doc.fullTitle,
      subtitle: 'Bộ Chính trị',
      meta: '26/12/2024',
      illustrative: false,
    });
  });

  test('notes a document known only from citations', () => {
    const stub = model.documentById.get(ids.ct34);
    expect(stub && documentOgCard(stub).note).toBe('Thông tin trích dẫn');
  });
});

describe('organizationOgCard', () => {
  test('shows the name, level, branch and documents', () => {
    const card = organizationOgCard(organizationPage(model, 'bo-chinh-tri'));
    expect(card).toMatchObject({ kindLabel: 'Cơ quan, tổ chức', title: 'Bộ Chính trị' });
    expect(card.subtitle).toContain('Trung ương');
    expect(card.meta).toMatch(/văn bản ban hành trên trang$/u);
  });

  test('notes an organization that no longer exists, with its validity', () => {
    const card = organizationOgCard(organizationPage(model, 'ban-thuong-vu-huyen-uy-dam-rong'));
    expect(card.note).toBe('Đã hết hoạt động');
    expect(card.meta).toMatch(/hoạt động/u);
  });
});

describe('awardDecisionOgCard', () => {
  test.each(awards.decisions.map((d) => [d.id, d] as const))('%s', (_id, decision) => {
    const card = awardDecisionOgCard(decision);
    expect(card.title).toBe(decision.fullTitle);
    expect(card.subtitle).toBe(decision.issuerName);
    expect(card.meta).toContain(decision.awardeeCountLabel);
    expect(card.illustrative).toBe(decision.illustrative);
    expect(card.note).toBe(decision.status === 'decided' ? undefined : decision.statusLabel);
    expect(card.kindLabel).toBe(
      decision.status === 'proposed'
        ? 'Lấy ý kiến danh sách khen thưởng'
        : 'Quyết định khen thưởng',
    );
  });
});

describe('exemplar card and poster', () => {
  const entry = {
    id: 'nguyen-van-hau',
    data: exemplarFileSchema.parse({
      illustrative: true,
      kind: 'goodDeed',
      name: 'Nguyễn Văn Hậu',
      place: { hamlet: 'Khu phố 1', commune: 'Phường Quy Nhơn Tây', province: 'Gia Lai' },
      summary:
        'Giữa đêm lũ, anh buộc dây thừng vào người, lội nước đưa hai học sinh vào nơi an toàn.',
      date: '2026-07-05',
      cover: {
        image: './images/cuu-hai-hoc-sinh.jpg',
        alt: 'Một người đàn ông lội nước lũ kéo dây thừng về phía hai em nhỏ trên mái nhà',
        credit: 'Ảnh: Báo Gia Lai',
        people: 'none',
      },
    }),
  };
  const summary = summarizeExemplar(entry);
  const cover = {
    file: 'content/exemplars/images/cuu-hai-hoc-sinh.jpg',
    credit: 'Ảnh: Báo Gia Lai',
  };

  test('the card shows kind, name, place, summary, day, photo and the ribbon flag', () => {
    expect(exemplarOgCard(summary, cover)).toEqual({
      kindLabel: 'Gương người tốt, việc tốt',
      title: 'Nguyễn Văn Hậu',
      subtitle: 'Khu phố 1, Phường Quy Nhơn Tây, Gia Lai',
      summary: summary.summary,
      meta: '05/7/2026',
      illustrative: true,
      cover,
    });
  });

  test('a card without a known photo file keeps the panel', () => {
    expect(exemplarOgCard(summary, undefined).cover).toEqual({});
  });

  test('the poster is headed by the kind and prints the address without https://', () => {
    const poster = exemplarPosterData(
      summary,
      cover,
      'https://thiduakhenthuong.example.vn/dien-hinh/nguyen-van-hau/',
    );
    expect(poster).toMatchObject({
      heading: 'Gương người tốt, việc tốt',
      name: 'Nguyễn Văn Hậu',
      pageUrl: 'thiduakhenthuong.example.vn/dien-hinh/nguyen-van-hau/',
      illustrative: true,
    });
  });

  test.each([
    ['individual', 'Điển hình tiên tiến'],
    ['collective', 'Điển hình tiên tiến'],
    ['practice', 'Mô hình hay, cách làm sáng tạo'],
  ] as const)('a %s poster is headed "%s"', (kind, heading) => {
    expect(exemplarPosterData({ ...summary, kind }, cover, 'https://x.vn/').heading).toBe(heading);
  });
});

describe('the home card', () => {
  test('is real data, about the whole site', () => {
    expect(homeOgCard()).toMatchObject({
      illustrative: false,
      kindLabel: 'Trang thông tin công khai',
    });
  });
});

describe('image addresses', () => {
  test.each([
    [documentOgImage('a'), '/og/van-ban/a.png'],
    [organizationOgImage('b'), '/og/co-quan/b.png'],
    [awardDecisionOgImage('c'), '/og/khen-thuong/c.png'],
    [exemplarOgImage('d'), '/og/dien-hinh/d.png'],
    [defaultOgImage, '/og/trang-chu.png'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
