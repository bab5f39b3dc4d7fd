import { fitText } from '../hierarchy/layoutHierarchy';

/** One bar: its label and value. */
export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

/** A bar placed for drawing (SVG user units). */
export interface PlacedBar extends BarDatum {
  /** The label cut to fit the label column; the full label is in the data table. */
  readonly shortLabel: string;
  readonly y: number;
  readonly width: number;
  /** Baseline of the label and value texts. */
  readonly textY: number;
}

/** A horizontal bar chart laid out at build time. */
export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  /** Where the bars start (right edge of the label column). */
  readonly barX: number;
  readonly barHeight: number;
  readonly bars: readonly PlacedBar[];
}

export interface BarChartOptions {
  readonly width?: number;
  readonly labelWidth?: number;
  readonly barHeight?: number;
  readonly gap?: number;
  /** Longest label shown in the chart, in characters. */
  readonly maxLabel?: number;
}

/**
 * Lays out a horizontal bar chart: one row per datum in the order given, bar lengths proportional to
 * the largest value (room kept on the right for the value), labels cut to `maxLabel` characters.
 */
export function layoutBarChart(
  data: readonly BarDatum[],
  options: BarChartOptions = {},
): BarChartLayout {
  const { width = 640, labelWidth = 240, barHeight = 24, gap = 10, maxLabel = 34 } = options;
  const valueRoom = 48;
  const max = Math.max(0, ...data.map((d) => d.value));
  const span = width - labelWidth - valueRoom;
  const bars = data.map((d, i): PlacedBar => {
    const y = gap + i * (barHeight + gap);
    return {
      ...d,
      shortLabel: fitText(d.label, maxLabel),
      y,
      width: max === 0 ? 0 : Math.round((d.value / max) * span),
      textY: y + barHeight / 2 + 5,
    };
  });
  return {
    width,
    height: gap + data.length * (barHeight + gap),
    barX: labelWidth,
    barHeight,
    bars,
  };
}
