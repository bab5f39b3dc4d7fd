import { collectReferences } from './collectReferences';
import { entryNoun, entryNounVi, entryPath } from './contentSources';
import { nearestIds } from './nearestIds';
import type { Problem } from './problem';
import type { ValidationContext } from './validationContext';

/**
 * Every reference must name an existing entry of its collection (Astro 7.3 only logs a broken
 * reference and builds anyway). A broken one is reported on the citing file and field, with the missing
 * id, up to 3 nearest existing ids, and a note when the id belongs to a draft (`_name.md`).
 * An entry that names itself (a plan implementing itself, an organization its own parent) is reported
 * as a self-reference.
 *
 * @returns problems with `check: 'reference'` or `'selfReference'`
 */
export function checkReferences(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of context.entries) {
    for (const reference of collectReferences(entry)) {
      const { field, collection, id } = reference;
      const noun = entryNoun[collection];
      if (collection === entry.collection && id === entry.id) {
        problems.push({
          file: entry.file,
          field,
          message: `the ${entryNoun[entry.collection]} refers to itself ("${id}").`,
          vi: `Lỗi: ${entryNounVi[entry.collection]} tự tham chiếu chính nó (trường ${field}).`,
          fix: `remove "${id}" from ${field.replace(/\.\d+$/, '')}: an entry cannot ${
            reference.key === 'parent' ? 'be its own parent' : `list itself in ${reference.key}`
          }.`,
          check: 'selfReference',
        });
        continue;
      }
      const existing = context.ids[collection];
      if (existing.has(id)) continue;
      const nearest = nearestIds(id, existing);
      const draft = context.drafts.find((d) => d.collection === collection && d.publishedId === id);
      const hint =
        nearest.length > 0
          ? ` Nearest: ${nearest.join(', ')}.`
          : ` There are no ${noun}s in ${context.contentRoot}/ yet.`;
      const draftNote =
        draft === undefined
          ? ''
          : ` ${draft.file} exists but is a draft (its name starts with "_"), so it is not published.`;
      const target = entryPath(context.contentRoot, collection, id);
      problems.push({
        file: entry.file,
        field,
        message: `no ${noun} "${id}".${hint}${draftNote}`,
        vi: `Lỗi: không có ${entryNounVi[collection]} "${id}" (trường ${field}).`,
        fix:
          draft === undefined
            ? `correct the id or add ${target}`
            : `publish the draft by renaming ${draft.file} to ${target}, or correct the id`,
        check: 'reference',
      });
    }
  }
  return problems;
}
