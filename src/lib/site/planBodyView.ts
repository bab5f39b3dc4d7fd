import type { PlanBody, PlanSection } from '../documents/parsePlanBody';
import { sectionLabels } from './sectionLabels';

/** A section ready to render: marker as printed, readable label, children grouped into runs. */
export interface SectionView {
  readonly anchor: string;
  /** "I.", "1.", "1.1.", "a)", "" for dash items (the list shows the dash). */
  readonly markerLabel: string;
  /** Rendered as a heading (short titles, and every roman section). */
  readonly isHeading: boolean;
  readonly isDash: boolean;
  readonly text: string;
  readonly paragraphs: readonly string[];
  /** "Mục IV.1", "Mục I.1, ý 2": names the section in its deep link. */
  readonly label: string;
  readonly runs: readonly SectionRun[];
}

/** Consecutive children of one sort: dash items go in one list, other sections follow each other. */
export interface SectionRun {
  readonly dash: boolean;
  readonly sections: readonly SectionView[];
}

/** A plan body ready to render. */
export interface PlanBodyView {
  readonly preamble: readonly string[];
  readonly runs: readonly SectionRun[];
  readonly closing: readonly string[];
}

/** The marker as the document prints it: "I.", "1.", "1.1.", "a)"; "" for a dash item. */
export function markerLabel(section: Pick<PlanSection, 'marker' | 'markerKind'>): string {
  switch (section.markerKind) {
    case 'letter':
      return `${section.marker})`;
    case 'dash':
      return '';
    default:
      return `${section.marker}.`;
  }
}

/** Groups consecutive sections into runs of dash items and runs of other sections. */
export function groupRuns<T extends { readonly isDash: boolean }>(
  sections: readonly T[],
): { dash: boolean; sections: T[] }[] {
  const runs: { dash: boolean; sections: T[] }[] = [];
  for (const s of sections) {
    const last = runs[runs.length - 1];
    if (last?.dash === s.isDash) last.sections.push(s);
    else runs.push({ dash: s.isDash, sections: [s] });
  }
  return runs;
}

/** Turns a parsed plan body into the view the page renders. */
export function planBodyView(body: PlanBody): PlanBodyView {
  const labels = sectionLabels(body.sections);
  const view = (s: PlanSection): SectionView => ({
    anchor: s.anchor,
    markerLabel: markerLabel(s),
    isHeading: s.markerKind !== 'dash' && (s.isHeading || s.markerKind === 'roman'),
    isDash: s.markerKind === 'dash',
    text: s.text,
    paragraphs: s.paragraphs,
    label: labels.get(s.anchor) ?? s.anchor,
    runs: groupRuns(s.children.map(view)),
  });
  return {
    preamble: body.preamble,
    runs: groupRuns(body.sections.map(view)),
    closing: body.closing,
  };
}
