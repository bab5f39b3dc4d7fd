import { siteName } from '../openData/openDataLicence';
import { fitText, fittedHeight, type FittedText } from './fitText';
import { h, type OgElement } from './ogElement';
import { fittedBlock, illustrativeRibbon, kindRow, siteBand } from './ogParts';
import { ogCardSize, ogColors, ogFontFamily } from './ogTheme';

/**
 * Part of every cached card's key, beside the element tree itself (so a change of design makes new
 * images by itself); bump it only for a change the tree does not show.
 */
export const ogCardTemplateVersion = 1;

/** A photo for the left panel of a card (exemplars). */
export interface OgCover {
  /**
   * The photo as a `data:` URI, already cropped to the panel; absent: a navy panel with the kind.
   */
  readonly src?: string | undefined;
  /** "Ảnh: Nguyễn Văn A", shown on the photo. */
  readonly credit?: string | undefined;
}

/** What a 1200 × 630 card shows; every text already formatted in Vietnamese. */
export interface OgCard {
  /** The kind of page: "Kế hoạch", "Quyết định khen thưởng", "Cơ quan, tổ chức" … */
  readonly kindLabel: string;
  /** A short status beside the kind: "Đã thu hồi", "Đang lấy ý kiến". */
  readonly note?: string | undefined;
  /** The main text: a document's name and trích yếu, a person's name … */
  readonly title: string;
  /** Issuer or place, under the title. */
  readonly subtitle?: string | undefined;
  /** A sentence or two under the subtitle (exemplars). */
  readonly summary?: string | undefined;
  /** The date line: "26/12/2024", "20/12/2024 · 2 cá nhân, 1 tập thể". */
  readonly meta?: string | undefined;
  /** Invented sample data: the card carries the "Dữ liệu minh họa" ribbon. */
  readonly illustrative: boolean;
  /** A photo panel on the left (exemplars). */
  readonly cover?: OgCover | undefined;
}

/** A cover photo on disk, as endpoints give it; without `file`, a navy panel with the kind. */
export interface OgCoverFile {
  /** Path of the photo, absolute or relative to the project root. */
  readonly file?: string | undefined;
  readonly credit?: string | undefined;
}

/** A card as endpoints give it: like {@link OgCard}, with the cover photo as a file. */
export type OgCardInput = Omit<OgCard, 'cover'> & { readonly cover?: OgCoverFile | undefined };

// Layout, pixels.
const bandHeight = 88;
const ribbonHeight = 52;
const padX = 64;
const padTop = 36;
const padBottom = 36;
const kindHeight = 36;
const gap = 16;
const coverWidth = 400;

/** The pixel size of a card's photo panel: 400 wide, the body's height (less with the ribbon). */
export function ogCardCoverSize(illustrative: boolean): { width: number; height: number } {
  return {
    width: coverWidth,
    height: ogCardSize.height - bandHeight - (illustrative ? ribbonHeight : 0),
  };
}

/** The settings of every text of a card, computed before the tree is built (tests read them). */
export interface OgCardLayout {
  readonly textWidth: number;
  readonly title: FittedText;
  readonly titleHeight: number;
  readonly subtitle?: FittedText | undefined;
  readonly summary?: FittedText | undefined;
  readonly meta?: FittedText | undefined;
}

/** Chooses the size of every text of `card` so that each fits its box (see `fitText`). */
export function ogCardLayout(card: OgCard): OgCardLayout {
  const textWidth = ogCardSize.width - 2 * padX - (card.cover === undefined ? 0 : coverWidth);
  const meta =
    card.meta === undefined
      ? undefined
      : fitText(card.meta, {
          width: textWidth,
          height: 42,
          maxFontSize: 26,
          minFontSize: 20,
          lineHeight: 1.3,
          maxLines: 1,
          weight: 'bold',
        });
  const metaHeight = meta === undefined ? 0 : fittedHeight(meta) + gap;
  // Beside a photo the column is narrow: the place keeps to one line and leaves room for the summary.
  const subtitleLines = card.cover === undefined ? 2 : 1;
  const subtitle =
    card.subtitle === undefined
      ? undefined
      : fitText(card.subtitle, {
          width: textWidth,
          height: subtitleLines * 38 + 8,
          maxFontSize: 30,
          minFontSize: 22,
          lineHeight: 1.25,
          maxLines: subtitleLines,
          weight: 'regular',
        });
  const subtitleHeight = subtitle === undefined ? 0 : fittedHeight(subtitle) + gap;
  const available =
    ogCardSize.height -
    bandHeight -
    (card.illustrative ? ribbonHeight : 0) -
    padTop -
    kindHeight -
    gap -
    subtitleHeight -
    metaHeight -
    padBottom;
  // With a summary (exemplars: a name), the title takes at most 2 lines and the summary the rest.
  const titleBox = card.summary === undefined ? available : Math.min(available, 2 * 58 + 14);
  const title = fitText(card.title, {
    width: textWidth,
    height: titleBox,
    maxFontSize: card.summary === undefined ? 64 : 48,
    minFontSize: card.summary === undefined ? 34 : 32,
    lineHeight: 1.2,
    maxLines: card.summary === undefined ? 6 : 2,
    weight: 'bold',
  });
  const titleHeight = fittedHeight(title);
  const summaryBox = available - titleHeight - gap;
  const summary =
    card.summary === undefined || summaryBox < 2 * 30
      ? undefined
      : fitText(card.summary, {
          width: textWidth,
          height: summaryBox,
          maxFontSize: 28,
          minFontSize: 20,
          lineHeight: 1.35,
          weight: 'regular',
        });
  return { textWidth, title, titleHeight, subtitle, summary, meta };
}

function coverPanel(cover: OgCover, kindLabel: string, height: number): OgElement {
  const credit =
    cover.credit === undefined
      ? []
      : [
          h(
            'div',
            {
              display: 'flex',
              position: 'absolute',
              left: 0,
              bottom: 0,
              maxWidth: coverWidth,
              padding: '6px 12px',
              backgroundColor: 'rgba(0,0,0,0.6)',
              color: ogColors.white,
              fontSize: 16,
            },
            cover.credit,
            'credit',
          ),
        ];
  const picture: OgElement =
    cover.src === undefined
      ? h(
          'div',
          {
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            boxSizing: 'border-box',
            width: coverWidth,
            height,
            padding: 40,
            backgroundColor: ogColors.brand,
            color: ogColors.white,
            fontSize: 36,
            fontWeight: 700,
            textAlign: 'center',
          },
          kindLabel,
          'cover-panel',
        )
      : {
          type: 'img',
          props: {
            src: cover.src,
            width: coverWidth,
            height,
            style: { width: coverWidth, height, objectFit: 'cover' },
            'data-part': 'cover',
          },
        };
  return h(
    'div',
    { display: 'flex', position: 'relative', width: coverWidth, height, flexShrink: 0 },
    [picture, ...credit],
  );
}

/**
 * The Open Graph card of a page, 1200 × 630 pixels: the site name on a navy band, the "Dữ liệu minh
 * họa" ribbon when the data is invented, then the kind of page, the title (large, fitted), a
 * summary when given, the issuer or place and the date; an exemplar's photo on the left. Pure:
 * returns the element tree satori renders (src/lib/og/render.ts).
 */
export function ogCard(card: OgCard): OgElement {
  const layout = ogCardLayout(card);
  const { textWidth } = layout;
  const bodyHeight = ogCardSize.height - bandHeight - (card.illustrative ? ribbonHeight : 0);
  const text = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: textWidth + 2 * padX,
      height: bodyHeight,
      padding: `${padTop}px ${padX}px ${padBottom}px ${padX}px`,
    },
    [
      h('div', { display: 'flex', height: kindHeight, marginBottom: gap }, [
        kindRow(card.kindLabel, card.note, 26),
      ]),
      fittedBlock(
        layout.title,
        textWidth,
        'bold',
        { color: ogColors.brand, textWrap: 'balance' },
        'title',
      ),
      ...(layout.summary === undefined
        ? []
        : [
            fittedBlock(
              layout.summary,
              textWidth,
              'regular',
              { color: ogColors.text, marginTop: gap },
              'summary',
            ),
          ]),
      // Pushes what follows to the bottom.
      h('div', { display: 'flex', flexGrow: 1 }),
      ...(layout.subtitle === undefined
        ? []
        : [
            fittedBlock(
              layout.subtitle,
              textWidth,
              'regular',
              { color: ogColors.text },
              'subtitle',
            ),
          ]),
      ...(layout.meta === undefined
        ? []
        : [
            fittedBlock(
              layout.meta,
              textWidth,
              'bold',
              { color: ogColors.muted, marginTop: layout.subtitle === undefined ? 0 : gap },
              'meta',
            ),
          ]),
    ],
  );
  const root = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: ogCardSize.width,
      height: ogCardSize.height,
      backgroundColor: ogColors.paper,
      fontFamily: ogFontFamily,
      color: ogColors.text,
    },
    [
      siteBand(siteName, bandHeight, 30),
      ...(card.illustrative ? [illustrativeRibbon(ribbonHeight, 28)] : []),
      h('div', { display: 'flex', width: ogCardSize.width, height: bodyHeight }, [
        ...(card.cover === undefined ? [] : [coverPanel(card.cover, card.kindLabel, bodyHeight)]),
        text,
      ]),
    ],
  );
  return { ...root, props: { ...root.props, lang: 'vi-VN' } };
}
