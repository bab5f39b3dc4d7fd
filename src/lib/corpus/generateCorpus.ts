import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwardForm } from '../../schemas/awardForms';
import { centralReferences } from './centralReferences';
import { planDecisions, writeDecision, type AwardContext, type DecisionFile } from './corpusAwards';
import { writeExemplar } from './corpusExemplars';
import { buildGeography } from './corpusGeography';
import { communePlans, provincePlans, type PlanContext, type PlanRef } from './corpusPlans';
import { dayOf } from './days';
import { jsonFileText } from './frontMatterYaml';
import { checkOutputFolder, prepareOutputFolder } from './outputFolder';
import { readSeedContent } from './seedContent';

/** What to generate (the command-line arguments). */
export interface CorpusOptions {
  /** Province-level units, 1 … 34 (the first N of `corpusProvinces`). */
  readonly provinces: number;
  /** Communes and wards, spread evenly over the provinces. */
  readonly communes: number;
  /** Full plans in total (provincial and commune); the copied central stubs are extra. */
  readonly plans: number;
  /** Awardees in total, over all award decisions. */
  readonly awardees: number;
  /** Awardees per decision (the last decision takes the rest). */
  readonly perDecision: number;
  /** Exemplar stories; undefined: one per 100 plans, at least 3, at most 100 (never more than decisions). */
  readonly exemplars: number | undefined;
  /** Any text; the same seed and numbers give byte-identical files. */
  readonly seed: string;
}

/** Where to read and write. */
export interface CorpusPaths {
  /** The output folder (see `prepareOutputFolder` for what is refused). */
  readonly out: string;
  /** The shipped content the catalogue, holidays, movements and central documents are copied from. */
  readonly seedContent: string;
  /** Folders never written into (the repository's `content/`). */
  readonly protectedFolders: readonly string[];
}

/** Files written, by collection (plus images and the marker). */
export interface CorpusCounts {
  organizations: number;
  documents: number;
  plans: number;
  provincePlans: number;
  communePlans: number;
  awardForms: number;
  awardDecisions: number;
  awardees: number;
  exemplars: number;
  images: number;
  movements: number;
  holidays: number;
}

/** The dates generated documents and decisions are issued between (two-level government onwards). */
export const corpusPeriod = { from: '2025-07-01', until: '2026-09-30' } as const;

/**
 * How many plans each province and each commune gets: about 6 % of the plans are provincial (at least
 * one per province when there are enough plans; all of them when there are no communes), the rest are
 * spread evenly over the communes, the first units taking the remainder.
 *
 * @returns counts by province index and by commune index; they add up to `plans`
 */
export function planShares(
  plans: number,
  provinces: number,
  communes: number,
): { perProvince: number[]; perCommune: number[] } {
  const provinceTotal =
    communes === 0
      ? plans
      : plans <= provinces
        ? plans
        : Math.min(plans, Math.max(provinces, Math.round(plans * 0.06)));
  const communeTotal = plans - provinceTotal;
  const spread = (total: number, units: number): number[] =>
    Array.from(
      { length: units },
      (_, i) => Math.floor(total / units) + (i < total % units ? 1 : 0),
    );
  return {
    perProvince: spread(provinceTotal, provinces),
    perCommune: communes === 0 ? [] : spread(communeTotal, communes),
  };
}

/** The default number of exemplar stories for a corpus. */
export function defaultExemplars(plans: number): number {
  return Math.min(100, Math.max(3, Math.round(plans / 100)));
}

/**
 * Generates a synthetic national corpus into `paths.out`: organizations of the 34 provinces and their
 * communes, the award catalogue, holidays, movements and central documents copied from the shipped
 * content, provincial and commune plans in directive chains (Chỉ thị 41-CT/TW → Kế hoạch …-KH/TU →
 * Kế hoạch …-KH/ĐU), award decisions and exemplar stories with generated covers. Files are written one
 * by one as they are made; only small references (ids, numbers, dates) are kept in memory.
 * Deterministic: no clock, no unordered iteration; the same options give the same bytes.
 *
 * @param options what to generate (see {@link CorpusOptions})
 * @param paths where to read the seeds and write the corpus
 * @param progress called after each stage with its name and the files written so far
 * @returns the number of files written by kind
 * @throws {CorpusOutputError} when the output folder is refused (before anything is written)
 * @throws {SeedContentError} when the shipped content lacks what the corpus copies
 * @throws {Error} when two generated files would get the same name (a bug, not bad input)
 */
export async function generateCorpus(
  options: CorpusOptions,
  paths: CorpusPaths,
  progress: (stage: string, counts: Readonly<CorpusCounts>) => void = () => undefined,
): Promise<CorpusCounts> {
  checkOutputFolder(paths.out, paths.protectedFolders);
  const seeds = await readSeedContent(paths.seedContent);
  const out = prepareOutputFolder(paths.out, paths.protectedFolders, { ...options });
  const counts: CorpusCounts = {
    organizations: 0,
    documents: 0,
    plans: 0,
    provincePlans: 0,
    communePlans: 0,
    awardForms: 0,
    awardDecisions: 0,
    awardees: 0,
    exemplars: 0,
    images: 0,
    movements: 0,
    holidays: 0,
  };
  const written = new Set<string>();
  const write = (folder: string, name: string, content: string | Buffer): void => {
    const path = `${folder}/${name}`;
    if (written.has(path))
      throw new Error(`generateCorpus: two files would be written to ${path}.`);
    written.add(path);
    writeFileSync(join(out, folder, name), content);
  };
  for (const folder of [
    'organizations',
    'documents',
    'award-forms',
    'award-decisions',
    'exemplars/images',
    'movements',
    'holidays',
  ]) {
    mkdirSync(join(out, folder), { recursive: true });
  }

  // Copied seeds.
  for (const form of seeds.awardForms) write('award-forms', `${form.id}.json`, form.text);
  for (const day of seeds.holidays) write('holidays', `${day.name}.json`, day.text);
  for (const movement of seeds.movements) write('movements', `${movement.id}.json`, movement.text);
  for (const org of seeds.centralOrganizations) write('organizations', `${org.id}.json`, org.text);
  for (const doc of seeds.centralDocuments) write('documents', `${doc.id}.md`, doc.text);
  counts.awardForms = seeds.awardForms.length;
  counts.holidays = seeds.holidays.length;
  counts.movements = seeds.movements.length;
  counts.organizations = seeds.centralOrganizations.length;
  counts.documents = seeds.centralDocuments.length;

  // Organizations.
  const geography = buildGeography(options.seed, options.provinces, options.communes);
  for (const org of geography.organizations)
    write('organizations', `${org.id}.json`, jsonFileText(org.data));
  counts.organizations += geography.organizations.length;
  progress('organizations', counts);

  // Plans.
  const central = centralReferences(seeds);
  const until = dayOf(corpusPeriod.until);
  const planContext: PlanContext = {
    seed: options.seed,
    until,
    central,
    movementIds: new Set(seeds.movements.map((m) => m.id)),
  };
  const shares = planShares(options.plans, geography.provinces.length, geography.communes.length);
  const plansByProvince: PlanRef[][] = geography.provinces.map(() => []);
  const plansByCommune: PlanRef[][] = geography.communes.map(() => []);
  for (const unit of geography.provinces) {
    for (const plan of provincePlans(unit, shares.perProvince[unit.index] ?? 0, planContext)) {
      write('documents', `${plan.ref.id}.md`, plan.text);
      plansByProvince[unit.index]?.push(plan.ref);
      counts.provincePlans += 1;
    }
  }
  for (const commune of geography.communes) {
    const unit = geography.provinces[commune.provinceIndex];
    if (unit === undefined) continue;
    const parents = plansByProvince[unit.index] ?? [];
    for (const plan of communePlans(
      commune,
      unit,
      parents,
      shares.perCommune[commune.index] ?? 0,
      planContext,
    )) {
      write('documents', `${plan.ref.id}.md`, plan.text);
      plansByCommune[commune.index]?.push(plan.ref);
      counts.communePlans += 1;
    }
  }
  counts.plans = counts.provincePlans + counts.communePlans;
  counts.documents += counts.plans;
  progress('plans', counts);

  // Award decisions.
  const forms = new Map<string, AwardForm>(seeds.awardForms.map((f) => [f.id, f.data]));
  const awardContext: AwardContext = {
    seed: options.seed,
    from: dayOf(corpusPeriod.from),
    until,
    geography,
    forms,
    central,
    plansByProvince,
    plansByCommune,
  };
  const slots = planDecisions(awardContext, options.awardees, options.perDecision);
  const exemplarCount = Math.min(
    options.exemplars ?? defaultExemplars(options.plans),
    slots.length,
  );
  const storyOf = new Map<number, number>();
  for (let j = 0; j < exemplarCount; j += 1)
    storyOf.set(Math.floor((j * slots.length) / exemplarCount), j);
  const stories: { index: number; decision: DecisionFile }[] = [];
  slots.forEach((slot, index) => {
    const decision = writeDecision(index, slot, awardContext);
    write('award-decisions', `${decision.id}.json`, decision.text);
    counts.awardDecisions += 1;
    counts.awardees += slot.awardees;
    const story = storyOf.get(index);
    if (story !== undefined) stories.push({ index: story, decision });
  });
  progress('award decisions', counts);

  // Exemplars.
  const usedIds = new Set<string>();
  const movementIds = seeds.movements.map((m) => m.id);
  for (const story of stories) {
    const exemplar = writeExemplar(
      story.index,
      story.decision,
      { seed: options.seed, until, geography, movementIds },
      usedIds,
    );
    write('exemplars', `${exemplar.id}.mdx`, exemplar.text);
    write('exemplars/images', exemplar.imageName, exemplar.image);
    counts.exemplars += 1;
    counts.images += 1;
  }
  progress('exemplars', counts);
  return counts;
}
