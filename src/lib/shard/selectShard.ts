/**
 * Sharding: one site per province (or any set of organizations), built from the same code and the same
 * content folder. This module decides which content files belong to a shard; scripts/build.ts copies
 * them into a folder of their own and builds that folder exactly like a whole site (validation
 * included), so a shard is a complete, valid site by construction.
 *
 * Pure: takes the sources as read by the validation pass (`readContentSources`), touches no disk.
 */
import { posix } from 'node:path';
import type { CollectionName } from '../../schemas/shared/idReference';
import { imagePathPattern } from '../exemplars/imagePath';
import { checkMdx } from '../mdxSafety/checkMdx';
import { toSlug } from '../text/toSlug';
import { collectReferences } from '../validation/collectReferences';
import { collectionFiles, type ContentSources } from '../validation/contentSources';
import { nearestIds } from '../validation/nearestIds';
import { parseSource, type ParsedEntry } from '../validation/parseSource';

/**
 * What a shard holds, as given on the command line (scripts/build.ts reads SHARD_PROVINCES and
 * SHARD_ORGANIZATIONS into this). An organization is selected when its province is listed or its id
 * is; at least one of the two lists must be non-empty.
 */
export interface ShardSelector {
  /**
   * Province slugs (`toSlug` of an organization's `province`: "gia-lai", "lam-dong"), or
   * {@link centralProvinceSlug} for the central organizations (no province, level `central`).
   */
  readonly provinces?: readonly string[];
  /** Organization ids (`ban-thuong-vu-tinh-uy-gia-lai`). */
  readonly organizations?: readonly string[];
}

/** One content entry: its collection and id. */
export interface EntryKey {
  readonly collection: CollectionName;
  readonly id: string;
}

/** The content of a shard. */
export interface ShardSelection {
  /**
   * Entries the shard publishes as its own: the selected organizations and the documents, award
   * decisions and movements they issue or launch, and the exemplars they are responsible for. Sorted
   * by collection, then id.
   */
  readonly owned: readonly EntryKey[];
  /**
   * Entries the shard carries only because an entry of the shard refers to them, directly or through
   * other such entries (the Politburo directive a provincial plan carries out, its issuer, the law it
   * is based on…). They make the shard valid and its pages complete; their pages are marked as
   * reference copies so a portal that searches every shard shows each of them once (see
   * `referenceCopies.ts`). Sorted like `owned`.
   */
  readonly borrowed: readonly EntryKey[];
  /**
   * Every file to copy, relative to the content folder with `/` separators, sorted: the entries'
   * files (`documents/<id>.md` …), the original texts their documents cite (`sources/<file>`), the
   * photos of their exemplars (`exemplars/images/<file>`), and — shared by every shard — the whole
   * award catalogue (`award-forms/`) and every holiday list (`holidays/`).
   */
  readonly files: readonly string[];
  /**
   * A display name for the shard: the selected provinces as written in content ("Gia Lai, Lâm Đồng"),
   * then the names of organizations selected by id; "Trung ương" for {@link centralProvinceSlug}.
   */
  readonly name: string;
}

/** The province slug that selects the central organizations (no province, level `central`). */
export const centralProvinceSlug = 'trung-uong';
/** Its display name. */
export const centralProvinceName = 'Trung ương';

/** A selector naming a province or an organization the content does not have, or naming nothing. */
export class ShardSelectionError extends Error {
  override name = 'ShardSelectionError';
}

/** The province group of an organization: its province's slug and name, or the central group. */
function provinceOf(data: Record<string, unknown>): { slug: string; name: string } | null {
  const province = data['province'];
  if (typeof province === 'string' && province.trim() !== '') {
    try {
      return { slug: toSlug(province), name: province.trim() };
    } catch {
      return null;
    }
  }
  if (data['level'] === 'central') return { slug: centralProvinceSlug, name: centralProvinceName };
  return null;
}

/** The provinces present in the content: slug → name, sorted by slug (for messages and tests). */
export function knownProvinces(input: ContentSources): Map<string, string> {
  return provincesOf(parseAll(input));
}

/** {@link knownProvinces} of entries already parsed. */
function provincesOf(entries: readonly ParsedEntry[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== 'organizations' || entry.data === null) continue;
    const group = provinceOf(entry.data);
    if (group !== null && !found.has(group.slug)) found.set(group.slug, group.name);
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function parseAll(input: ContentSources): ParsedEntry[] {
  return input.sources.map((source) => parseSource(source).entry);
}

const keyOf = (collection: CollectionName, id: string): string => `${collection}/${id}`;

/** The string value of a reference field, if it is one. */
const stringField = (data: Record<string, unknown> | null, field: string): string | undefined => {
  const value = data?.[field];
  return typeof value === 'string' ? value : undefined;
};

/**
 * A path written in content, joined to the folder it is relative to, when it stays inside that
 * folder; null for anything else (absolute, `..`, a web address, a backslash): the validation pass
 * reports those, the shard simply does not copy them.
 */
function insideFolder(folder: string, path: string): string | null {
  if (path === '' || path.includes('\\') || path.includes('\0')) return null;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('/')) return null;
  const joined = posix.normalize(posix.join(folder, path));
  return joined.startsWith(`${folder}/`) ? joined : null;
}

/** The ids an entry refers to: reference fields, plus `<AwardList decision="…">` in a story. */
function referencesOf(entry: ParsedEntry): EntryKey[] {
  const refs: EntryKey[] = collectReferences(entry).map(({ collection, id }) => ({
    collection,
    id,
  }));
  if (entry.collection === 'exemplars' && entry.body !== null) {
    for (const use of checkMdx(entry.body).awardLists) {
      refs.push({ collection: 'awardDecisions', id: use.id });
    }
  }
  return refs;
}

/** The files besides its own that an entry needs: a document's original text, a story's photos. */
function supportFilesOf(entry: ParsedEntry): string[] {
  const files: string[] = [];
  if (entry.collection === 'documents') {
    const source = stringField(entry.data, 'source');
    const file = source === undefined ? null : insideFolder('sources', source);
    if (file !== null) files.push(file);
  }
  if (entry.collection === 'exemplars') {
    const folder = posix.dirname(`${collectionFiles.exemplars.folder}/${entry.id}`);
    const photos: string[] = [];
    const cover = entry.data?.['cover'];
    if (typeof cover === 'object' && cover !== null) {
      const image = (cover as Record<string, unknown>)['image'];
      if (typeof image === 'string' && imagePathPattern.test(image)) photos.push(image);
    }
    if (entry.body !== null) photos.push(...checkMdx(entry.body).photos.map((p) => p.path));
    for (const photo of photos) {
      const file = insideFolder(folder, photo);
      if (file !== null) files.push(file);
    }
  }
  return files;
}

/** The field of each collection that names the organization an entry belongs to. */
const ownerField: Readonly<Partial<Record<CollectionName, string>>> = {
  documents: 'issuer',
  awardDecisions: 'issuer',
  exemplars: 'organization',
  movements: 'launchedBy',
};

const compareKeys = (a: EntryKey, b: EntryKey): number =>
  a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : a.id < b.id ? -1 : 1;

/**
 * The content files of one shard.
 *
 * 1. Organizations: those whose province (as a slug) is in `selector.provinces` — central
 *    organizations under {@link centralProvinceSlug} — and those whose id is in
 *    `selector.organizations`.
 * 2. Owned entries: those organizations, and every document and award decision they issue, movement
 *    they launch and exemplar they are responsible for.
 * 3. Borrowed entries: the closure of the owned entries under references — every entry an owned or
 *    borrowed entry names in a reference field (see `collectReferences`) or in `<AwardList>`, repeated
 *    until nothing new is named. A reference to an entry the content does not have is left as it is
 *    (validating the shard reports it, as validating the whole content does).
 * 4. Files: every owned and borrowed entry's file and the files it needs, all award forms and holiday
 *    lists (national data every shard shows). Drafts are never copied.
 *
 * The shard therefore validates on its own whenever the whole content does: nothing an entry of the
 * shard refers to is left behind, and every other rule is about an entry and what it refers to.
 *
 * @param input the whole content, as read by `readContentSources` (holidays included when read)
 * @param selector the provinces and organizations of the shard
 * @returns owned and borrowed entries, the files to copy and a display name
 * @throws ShardSelectionError when both lists are empty, or when a province or organization is not in
 *   the content (the message lists the provinces, or the nearest organization ids)
 */
export function selectShard(input: ContentSources, selector: ShardSelector): ShardSelection {
  return selectOne(parseContent(input), selector);
}

/**
 * One shard per province the content has ({@link knownProvinces}, the central organizations under
 * {@link centralProvinceSlug} included), each as {@link selectShard} gives it, with one parse of the
 * content: how a national content folder splits into province sites (scripts/bench.ts `--sharded`).
 * At 50,000 plans parsing is most of a selection's time, so 35 selections this way take one parse
 * instead of 35.
 *
 * @returns the provinces' slugs and their selections, sorted by slug
 */
export function selectEveryProvince(
  input: ContentSources,
): { province: string; selection: ShardSelection }[] {
  const content = parseContent(input);
  return [...content.known.keys()].map((province) => ({
    province,
    selection: selectOne(content, { provinces: [province] }),
  }));
}

function parseContent(input: ContentSources): ParsedContent {
  const entries = parseAll(input);
  return {
    input,
    entries,
    byKey: new Map(entries.map((e) => [keyOf(e.collection, e.id), e])),
    organizations: entries.filter((e) => e.collection === 'organizations'),
    known: provincesOf(entries),
  };
}

/** The whole content, parsed once, shared by the selections of {@link selectEveryProvince}. */
interface ParsedContent {
  readonly input: ContentSources;
  readonly entries: readonly ParsedEntry[];
  readonly byKey: ReadonlyMap<string, ParsedEntry>;
  readonly organizations: readonly ParsedEntry[];
  readonly known: ReadonlyMap<string, string>;
}

function selectOne(content: ParsedContent, selector: ShardSelector): ShardSelection {
  const { input, entries, byKey, organizations, known } = content;
  const provinces = selector.provinces ?? [];
  const organizationIds = selector.organizations ?? [];
  if (provinces.length === 0 && organizationIds.length === 0) {
    throw new ShardSelectionError(
      'a shard needs at least one province (SHARD_PROVINCES) or organization (SHARD_ORGANIZATIONS).',
    );
  }
  const unknownProvinces = provinces.filter((p) => !known.has(p));
  if (unknownProvinces.length > 0) {
    const list = [...known].map(([slug, name]) => `${slug} (${name})`).join(', ');
    throw new ShardSelectionError(
      `unknown province${unknownProvinces.length === 1 ? '' : 's'} ${unknownProvinces
        .map((p) => `"${p}"`)
        .join(', ')} in SHARD_PROVINCES; the content has: ${list === '' ? 'none' : list}.`,
    );
  }
  const organizationSet = new Set(organizations.map((o) => o.id));
  const unknownOrganizations = organizationIds.filter((id) => !organizationSet.has(id));
  if (unknownOrganizations.length > 0) {
    const hints = unknownOrganizations.map(
      (id) => `"${id}" (nearest: ${nearestIds(id, organizationSet).join(', ') || 'none'})`,
    );
    throw new ShardSelectionError(
      `unknown organization${unknownOrganizations.length === 1 ? '' : 's'} in SHARD_ORGANIZATIONS: ${hints.join('; ')}; the ids are the file names in organizations/ (${organizationSet.size} of them).`,
    );
  }

  const provinceSet = new Set(provinces);
  const idSet = new Set(organizationIds);
  const selectedOrganizations = new Set(
    organizations
      .filter((o) => {
        const group = o.data === null ? null : provinceOf(o.data);
        return idSet.has(o.id) || (group !== null && provinceSet.has(group.slug));
      })
      .map((o) => o.id),
  );

  const owned = new Map<string, ParsedEntry>();
  for (const entry of entries) {
    const field = ownerField[entry.collection];
    const owner = field === undefined ? undefined : stringField(entry.data, field);
    const isSelectedOrganization =
      entry.collection === 'organizations' && selectedOrganizations.has(entry.id);
    if (isSelectedOrganization || (owner !== undefined && selectedOrganizations.has(owner))) {
      owned.set(keyOf(entry.collection, entry.id), entry);
    }
  }

  const borrowed = new Map<string, ParsedEntry>();
  const queue = [...owned.values()];
  // An index rather than queue.shift(), which moves the whole array each time.
  for (let at = 0, next = queue[0]; next !== undefined; at += 1, next = queue[at]) {
    for (const ref of referencesOf(next)) {
      const key = keyOf(ref.collection, ref.id);
      const target = byKey.get(key);
      if (target === undefined || owned.has(key) || borrowed.has(key)) continue;
      // The award catalogue is copied whole (below): forms are neither owned nor borrowed.
      if (ref.collection === 'awardForms') continue;
      borrowed.set(key, target);
      queue.push(target);
    }
  }

  const files = new Set<string>();
  const fileOf = (collection: CollectionName, id: string): string =>
    `${collectionFiles[collection].folder}/${id}${collectionFiles[collection].extension}`;
  for (const entry of [...owned.values(), ...borrowed.values()]) {
    files.add(fileOf(entry.collection, entry.id));
    for (const file of supportFilesOf(entry)) files.add(file);
  }
  for (const entry of entries) {
    if (entry.collection === 'awardForms') files.add(fileOf(entry.collection, entry.id));
  }
  for (const holiday of input.holidays ?? []) files.add(`holidays/${holiday.name}.json`);

  const names = [
    ...provinces.map((p) => known.get(p) ?? p),
    ...organizationIds.map(
      (id) => stringField(byKey.get(keyOf('organizations', id))?.data ?? null, 'name') ?? id,
    ),
  ];
  const toKeys = (map: Map<string, ParsedEntry>): EntryKey[] =>
    [...map.values()].map((e) => ({ collection: e.collection, id: e.id })).sort(compareKeys);
  return {
    owned: toKeys(owned),
    borrowed: toKeys(borrowed),
    files: [...files].sort(),
    name: [...new Set(names)].join(', '),
  };
}
