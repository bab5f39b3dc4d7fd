/**
 * The shipped award catalogue and sample decisions, read from content/ through the real schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awardDecisionSchema, type AwardDecision } from '../../../src/schemas/awardDecisions';
import { awardFormSchema, type AwardForm } from '../../../src/schemas/awardForms';

export const contentDir = join(import.meta.dirname, '../../../content');

/** Every `.json` of a content folder (drafts `_x.json` skipped) as `{ id, raw }`. */
export function readFolder(folder: string): { id: string; raw: unknown }[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('_'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -5),
      raw: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
    }));
}

export const formFiles = readFolder('award-forms');
export const decisionFiles = readFolder('award-decisions');

export const forms: { id: string; form: AwardForm }[] = formFiles.map(({ id, raw }) => ({
  id,
  form: awardFormSchema.parse(raw),
}));

export const decisions: { id: string; decision: AwardDecision }[] = decisionFiles.map(
  ({ id, raw }) => ({ id, decision: awardDecisionSchema.parse(raw) }),
);
