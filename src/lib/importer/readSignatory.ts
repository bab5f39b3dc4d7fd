import { signatoryCapacities, type Signatory } from '../../schemas/documents';
import { capacityLine, isPersonName } from './readPlanLayout';

type Capacity = (typeof signatoryCapacities)[number];

/** "TM" and "TM." are one capacity; the schema keeps the dotted state forms and the slashed Party ones. */
function normaliseCapacity(printed: string): Capacity | undefined {
  const withDot = printed.includes('/') || printed.endsWith('.') ? printed : `${printed}.`;
  return signatoryCapacities.find((c) => c === withDot);
}

/**
 * Reads the signature block: an optional capacity line ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN":
 * capacity and the body signed for), the position ("PHÓ BÍ THƯ", "CHỦ TỊCH"; several lines are
 * joined) and the signer's name on the last line. Source: Nghị định 30/2020/NĐ-CP art. 13; Hướng dẫn
 * 36-HD/VPTW; seeds 000–004 (seed 004 signs "CHỦ TỊCH" with no capacity).
 *
 * @param lines the lines after the distribution list
 * @returns the signatory, or undefined when the block has no name or no position
 */
export function readSignatory(lines: readonly string[]): Signatory | undefined {
  const rows = lines.map((l) => l.trim()).filter((l) => l !== '');
  const name = rows[rows.length - 1];
  if (name === undefined || !isPersonName(name)) return undefined;
  let rest = rows.slice(0, -1);
  let capacity: Capacity | undefined;
  let onBehalfOf: string | undefined;
  const first = rest[0] === undefined ? null : capacityLine.exec(rest[0]);
  if (first?.[1] !== undefined && first[2] !== undefined) {
    capacity = normaliseCapacity(first[1]);
    onBehalfOf = first[2].trim();
    rest = rest.slice(1);
  }
  const position = rest.join(' ').trim();
  if (position.length < 2) return undefined;
  return {
    ...(capacity === undefined ? {} : { capacity }),
    ...(onBehalfOf === undefined ? {} : { onBehalfOf }),
    position,
    name,
  };
}
