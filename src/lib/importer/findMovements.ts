/** A movement as the importer matches it: its id, name and the other wordings plans use. */
export interface MovementName {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Every quotation mark the seeds use, straight or typographic, folded to one straight mark. */
const quoteMarks = /["“”„‟«»]/gu;

/**
 * Folds text for matching: no diacritics ("đ" → "d"), lower case, typographic quotes and dashes made
 * straight, Markdown emphasis (`*`, `_`) dropped, and every run of white space (line breaks included)
 * made one space, also around quotation marks.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(quoteMarks, '"')
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/[*_]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s*-\s*/gu, ' - ')
    .replace(/"\s+/gu, '"')
    .replace(/\s+"/gu, '"');
}

/**
 * The movements a plan names: a name or alias between quotation marks anywhere in the text
 * (“Dân vận khéo”, "Học tốt, dạy tốt"), or a name or alias anywhere in the plan's title (a plan
 * whose title names a movement organises it: seed 004). Matching ignores diacritics, case, the kind
 * of quotation marks, Markdown emphasis and line breaks (seed 003 breaks a quoted name across lines).
 *
 * @param text the plan's text (raw or prepared)
 * @param title the plan's trích yếu
 * @param movements the known movements (`content/movements/`)
 * @returns the ids of the movements named, in the order of `movements`, each once
 */
export function findMovements(
  text: string,
  title: string,
  movements: readonly MovementName[],
): string[] {
  const folded = foldForMatching(text);
  const foldedTitle = ` ${foldForMatching(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found: string[] = [];
  for (const movement of movements) {
    const wordings = [movement.name, ...movement.aliases].map(foldForMatching);
    const named = wordings.some(
      (wording) =>
        folded.includes(`"${wording}"`) ||
        foldedTitle.includes(` ${wording.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `),
    );
    if (named && !found.includes(movement.id)) found.push(movement.id);
  }
  return found;
}
