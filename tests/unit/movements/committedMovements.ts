/**
 * The committed content (content/) read through the real schemas, as the Astro glob loader would, and
 * the movement views built from it: the pages /phong-trao/ and /phong-trao/<id>/ show exactly these.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { consultationState } from '../../../src/lib/awards/consultationState';
import { buildAwardsModel } from '../../../src/lib/awardsView/awardsModel';
import {
  buildMovementViews,
  type MovementExemplar,
  type MovementView,
} from '../../../src/lib/movements/movementModel';
import { buildSiteModel, type SiteModel } from '../../../src/lib/site/siteModel';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import { awardFormSchema } from '../../../src/schemas/awardForms';
import { documentSchema } from '../../../src/schemas/documents';
import { exemplarFileSchema } from '../../../src/schemas/exemplars';
import { movementSchema } from '../../../src/schemas/movements';
import { organizationSchema } from '../../../src/schemas/organizations';

const contentDir = join(import.meta.dirname, '../../../content');

function files(folder: string, extension: string): { id: string; text: string }[] {
  return readdirSync(join(contentDir, folder))
    .filter((f) => f.endsWith(extension) && !f.startsWith('_'))
    .sort()
    .map((f) => ({
      id: f.slice(0, -extension.length),
      text: readFileSync(join(contentDir, folder, f), 'utf8'),
    }));
}

const json = (text: string): unknown => JSON.parse(text);
const front = (text: string): unknown => matter(text, { language: 'yaml' }).data;

/** The site model of the committed documents and organizations. */
export function committedSiteModel(): SiteModel {
  return buildSiteModel(
    files('documents', '.md').map(({ id, text }) => ({
      id,
      data: documentSchema.parse(front(text)),
    })),
    files('organizations', '.json').map(({ id, text }) => ({
      id,
      data: organizationSchema.parse(json(text)),
    })),
  );
}

/** The movement views of the committed content, as built on `today`. */
export function committedMovementViews(today = '2026-11-21'): MovementView<MovementExemplar>[] {
  const site = committedSiteModel();
  const awards = buildAwardsModel(
    files('award-forms', '.json').map(({ id, text }) => ({
      id,
      data: awardFormSchema.parse(json(text)),
    })),
    files('award-decisions', '.json').map(({ id, text }) => ({
      id,
      data: awardDecisionSchema.parse(json(text)),
    })),
    site,
    { today, consultationState: (consultation, day) => consultationState(consultation, day) },
  );
  const exemplars = files('exemplars', '.mdx').map(({ id, text }) => {
    const data = exemplarFileSchema.parse(front(text));
    return {
      id,
      documentIds: data.documents.map((d) => d.id),
      movementIds: data.movements.map((m) => m.id),
    };
  });
  const movements = files('movements', '.json').map(({ id, text }) => ({
    id,
    data: movementSchema.parse(json(text)),
  }));
  return buildMovementViews(movements, site, awards, exemplars);
}
