import type { PlanSection } from '../documents/parsePlanBody';

function markerText(section: PlanSection): string {
  switch (section.markerKind) {
    case 'letter':
      return `${section.marker})`;
    default:
      return section.marker;
  }
}

/**
 * A readable name for every section anchor of a plan: "muc-iv-1" → "Mục IV.1", "muc-ii-1-1" (1.1. under
 * II) → "Mục II.1.1", "muc-iv-1-a" → "Mục IV.1.a)", the second dash item of I.1 → "Mục I.1, ý 2".
 */
export function sectionLabels(sections: readonly PlanSection[]): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (list: readonly PlanSection[], path: readonly PlanSection[]): void => {
    let dashIndex = 0;
    for (const section of list) {
      const parts: string[] = [];
      let previous: PlanSection | undefined;
      for (const s of [...path, section]) {
        if (s.markerKind === 'dash') continue;
        if (s.markerKind === 'dotted' && previous && s.marker.startsWith(`${previous.marker}.`)) {
          parts[parts.length - 1] = s.marker;
        } else parts.push(markerText(s));
        previous = s;
      }
      let label = parts.length > 0 ? `Mục ${parts.join('.')}` : 'Mục';
      if (section.markerKind === 'dash') {
        dashIndex += 1;
        label = `${label}, ý ${dashIndex}`;
      }
      labels.set(section.anchor, label);
      walk(section.children, [...path, section]);
    }
  };
  walk(sections, []);
  return labels;
}

/** One entry of a table of contents. */
export interface TocEntry {
  readonly anchor: string;
  readonly label: string;
  readonly children: readonly TocEntry[];
}

/**
 * A table of contents for a plan: its top-level sections (I., II. …) and, below them, the sections
 * written as headings ("1. Mục đích"). Long numbered paragraphs are left out so the list stays short.
 */
export function tableOfContents(sections: readonly PlanSection[]): TocEntry[] {
  const entry = (s: PlanSection): TocEntry => ({
    anchor: s.anchor,
    label: `${markerText(s)}. ${s.text}`.replace(/\)\. /, ') '),
    children: s.children.filter((c) => c.isHeading && c.markerKind !== 'dash').map(entry),
  });
  return sections.filter((s) => s.markerKind !== 'dash').map(entry);
}
