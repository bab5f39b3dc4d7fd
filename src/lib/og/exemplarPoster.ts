import { siteName } from '../openData/openDataLicence';
import { fitText, fittedHeight, type FittedText } from './fitText';
import type { OgCover, OgCoverFile } from './ogCard';
import { h, type OgElement } from './ogElement';
import { fittedBlock, illustrativeRibbon } from './ogParts';
import { ogColors, ogFontFamily, posterSize } from './ogTheme';

/**
 * Part of every cached poster's key, beside the element tree itself; bump it only for a change the
 * tree does not show.
 */
export const exemplarPosterTemplateVersion = 1;

/** What an exemplar's A4 poster shows; every text already formatted in Vietnamese. */
export interface ExemplarPoster {
  /** The poster's heading: "Gương người tốt, việc tốt", "Điển hình tiên tiến" … */
  readonly heading: string;
  /** "Cá nhân điển hình"; left out when it repeats the heading. */
  readonly kindLabel: string;
  readonly name: string;
  /** "Khu phố 1, Phường Quy Nhơn Tây, Gia Lai". */
  readonly placeLabel: string;
  readonly summary: string;
  /** Publication day, "05/7/2026". */
  readonly dateLabel: string;
  /** The story's address without the scheme, for readers of the printed poster. */
  readonly pageUrl: string;
  readonly illustrative: boolean;
  readonly cover: OgCover;
}

/** A poster as endpoints give it: like {@link ExemplarPoster}, with the cover photo as a file. */
export type ExemplarPosterInput = Omit<ExemplarPoster, 'cover'> & { readonly cover: OgCoverFile };

// Layout, pixels (A4 at 150 dpi).
const outerPad = 36;
const frame = 6;
const frameGap = 8;
const goldLine = 2;
const innerWidth = posterSize.width - 2 * (outerPad + frame + frameGap + goldLine);
const innerHeight = posterSize.height - 2 * (outerPad + frame + frameGap + goldLine);
const headerHeight = 190;
const ribbonHeight = 64;
const padX = 56;
const padTop = 40;
const padBottom = 40;
const contentWidth = innerWidth - 2 * padX;
const creditHeight = 40;
const kindHeight = 40;
const dividerBlock = 24 + 4 + 24;
const gap = 12;

/** The pixel size of the poster's photo: the content width, 576 high (520 with the ribbon). */
export function posterPhotoSize(illustrative: boolean): { width: number; height: number } {
  return { width: contentWidth, height: illustrative ? 520 : 576 };
}

/** The settings of every text of a poster, computed before the tree is built (tests read them). */
export interface ExemplarPosterLayout {
  readonly contentWidth: number;
  readonly photoHeight: number;
  readonly heading: FittedText;
  readonly name: FittedText;
  readonly place: FittedText;
  readonly summary: FittedText;
  readonly footer: FittedText;
}

/** Chooses the size of every text of the poster so that each fits its box (see `fitText`). */
export function exemplarPosterLayout(poster: ExemplarPoster): ExemplarPosterLayout {
  const photoHeight = posterPhotoSize(poster.illustrative).height;
  const heading = fitText(poster.heading.toLocaleUpperCase('vi'), {
    width: innerWidth - 80,
    height: 100,
    maxFontSize: 64,
    minFontSize: 40,
    lineHeight: 1.2,
    maxLines: 1,
    weight: 'bold',
  });
  const footer = fitText(`Đăng ngày ${poster.dateLabel} · Xem đầy đủ tại ${poster.pageUrl}`, {
    width: contentWidth,
    height: 3 * 32 + 6,
    maxFontSize: 24,
    minFontSize: 16,
    lineHeight: 1.3,
    maxLines: 3,
    weight: 'regular',
  });
  const place = fitText(poster.placeLabel, {
    width: contentWidth,
    height: 2 * 42 + 8,
    maxFontSize: 32,
    minFontSize: 24,
    lineHeight: 1.3,
    maxLines: 2,
    weight: 'regular',
  });
  const name = fitText(poster.name, {
    width: contentWidth,
    height: 3 * 97 + 22,
    maxFontSize: 84,
    minFontSize: 48,
    lineHeight: 1.15,
    maxLines: 3,
    weight: 'bold',
  });
  const fixed =
    headerHeight +
    (poster.illustrative ? ribbonHeight : 0) +
    padTop +
    photoHeight +
    creditHeight +
    kindHeight +
    gap +
    fittedHeight(name) +
    gap +
    fittedHeight(place) +
    dividerBlock +
    gap +
    fittedHeight(footer) +
    padBottom;
  const summary = fitText(poster.summary, {
    width: contentWidth,
    height: innerHeight - fixed,
    maxFontSize: 46,
    minFontSize: 26,
    lineHeight: 1.45,
    weight: 'regular',
  });
  return { contentWidth, photoHeight, heading, name, place, summary, footer };
}

function photo(cover: OgCover, kindLabel: string, height: number): OgElement {
  const picture: OgElement =
    cover.src === undefined
      ? h(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: contentWidth,
            height,
            backgroundColor: ogColors.brand,
            color: ogColors.white,
            fontSize: 56,
            fontWeight: 700,
          },
          kindLabel,
          'cover-panel',
        )
      : {
          type: 'img',
          props: {
            src: cover.src,
            width: contentWidth,
            height,
            style: { width: contentWidth, height, objectFit: 'cover' },
            'data-part': 'cover',
          },
        };
  return h('div', { display: 'flex', flexDirection: 'column', width: contentWidth }, [
    picture,
    h(
      'div',
      {
        display: 'flex',
        justifyContent: 'flex-end',
        height: creditHeight,
        paddingTop: 8,
        fontSize: 20,
        color: ogColors.muted,
      },
      cover.credit ?? '',
      'credit',
    ),
  ]);
}

/**
 * The A4 portrait poster of an exemplar, 1240 × 1754 pixels (150 dpi), in the manner of the "Gương
 * người tốt, việc tốt" boards: a navy and gold frame, the site name and the heading on a navy band,
 * the "Dữ liệu minh họa" ribbon when the story is invented, the cover photo with its credit, the
 * kind, the name (large, fitted), the place, the summary, and the day and address of the story.
 * Pure: returns the element tree satori renders.
 */
export function exemplarPoster(poster: ExemplarPoster): OgElement {
  const layout = exemplarPosterLayout(poster);
  const center = { textAlign: 'center' } as const;
  const header = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      width: innerWidth,
      height: headerHeight,
      backgroundColor: ogColors.brand,
      gap: 12,
    },
    [
      h(
        'div',
        { display: 'flex', fontSize: 28, fontWeight: 700, letterSpacing: 1, color: ogColors.gold },
        siteName,
        'site',
      ),
      fittedBlock(
        layout.heading,
        innerWidth - 80,
        'bold',
        { ...center, color: ogColors.white },
        'heading',
      ),
    ],
  );
  const showKind =
    poster.kindLabel.toLocaleLowerCase('vi') !== poster.heading.toLocaleLowerCase('vi');
  const body = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      boxSizing: 'border-box',
      width: innerWidth,
      flexGrow: 1,
      padding: `${padTop}px ${padX}px ${padBottom}px ${padX}px`,
    },
    [
      photo(poster.cover, poster.kindLabel, layout.photoHeight),
      // The two spacers centre the texts between the photo and the footer.
      h('div', { display: 'flex', flexGrow: 1 }),
      h(
        'div',
        {
          display: 'flex',
          height: kindHeight,
          fontSize: 30,
          fontWeight: 700,
          color: ogColors.accent,
        },
        showKind ? poster.kindLabel : '',
        'kind',
      ),
      fittedBlock(
        layout.name,
        contentWidth,
        'bold',
        { ...center, color: ogColors.brand, marginTop: gap, textWrap: 'balance' },
        'title',
      ),
      fittedBlock(
        layout.place,
        contentWidth,
        'regular',
        { ...center, color: ogColors.muted, marginTop: gap },
        'subtitle',
      ),
      h('div', {
        display: 'flex',
        width: 160,
        height: 4,
        marginTop: 24,
        marginBottom: 24,
        backgroundColor: ogColors.gold,
      }),
      fittedBlock(
        layout.summary,
        contentWidth,
        'regular',
        { ...center, color: ogColors.text },
        'summary',
      ),
      h('div', { display: 'flex', flexGrow: 1 }),
      fittedBlock(
        layout.footer,
        contentWidth,
        'regular',
        { ...center, color: ogColors.muted },
        'meta',
      ),
    ],
  );
  const root = h(
    'div',
    {
      display: 'flex',
      boxSizing: 'border-box',
      width: posterSize.width,
      height: posterSize.height,
      padding: outerPad,
      backgroundColor: ogColors.paper,
      fontFamily: ogFontFamily,
      color: ogColors.text,
    },
    [
      h(
        'div',
        {
          display: 'flex',
          boxSizing: 'border-box',
          width: '100%',
          height: '100%',
          padding: frameGap,
          border: `${frame}px solid ${ogColors.brand}`,
        },
        [
          h(
            'div',
            {
              display: 'flex',
              flexDirection: 'column',
              boxSizing: 'border-box',
              width: '100%',
              height: '100%',
              border: `${goldLine}px solid ${ogColors.gold}`,
            },
            [header, ...(poster.illustrative ? [illustrativeRibbon(ribbonHeight, 34)] : []), body],
          ),
        ],
      ),
    ],
  );
  return { ...root, props: { ...root.props, lang: 'vi-VN' } };
}
