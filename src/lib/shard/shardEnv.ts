/**
 * The build's shard flags, read from the environment: which provinces and organizations a shard
 * holds (SHARD_PROVINCES, SHARD_ORGANIZATIONS) and the name it shows (SHARD_NAME). Whether the
 * provinces and organizations exist is decided by `selectShard`, which has the content.
 */
import { entryIdPattern } from '../../schemas/shared/idReference';
import { toSlug } from '../text/toSlug';
import type { ShardSelector } from './selectShard';
import { ShardConfigError, shardNameFromEnv, type Env } from './siteName';

export { ShardConfigError, type Env };

/** What a shard build was asked for. */
export interface ShardRequest {
  readonly selector: ShardSelector;
  /** SHARD_NAME when set; otherwise the build names the shard after its provinces. */
  readonly name?: string;
}

/** Splits a comma-separated list; an empty item ("a,,b", a trailing comma) is an error. */
function listOf(variable: string, value: string, example: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new ShardConfigError(
      `${variable}="${value}" has an empty item; separate values with single commas, e.g. ${variable}=${example}.`,
    );
  }
  return items;
}

/** The value of a variable, or undefined when it is unset or only white space. */
const valueOf = (env: Env, variable: string): string | undefined => {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/**
 * The shard a build is asked for.
 *
 * - `SHARD_PROVINCES`: comma-separated provinces, as slugs (`gia-lai,lam-dong`) or as written in
 *   content (`Gia Lai,Lâm Đồng`; turned into slugs with `toSlug`); `trung-uong` selects the central
 *   organizations.
 * - `SHARD_ORGANIZATIONS`: comma-separated organization ids (`tinh-uy-gia-lai,…`).
 * - `SHARD_NAME`: the name the shard's pages show after the site name ("Gia Lai"); optional.
 *
 * An unset or blank variable counts as absent.
 *
 * @param env the environment (process.env)
 * @returns null when neither SHARD_PROVINCES nor SHARD_ORGANIZATIONS is set (a whole-site build)
 * @throws ShardConfigError on an empty list item, a province with no letters, or an organization id
 *   that is not an id in shape
 */
export function shardRequestFromEnv(env: Env): ShardRequest | null {
  const provincesValue = valueOf(env, 'SHARD_PROVINCES');
  const organizationsValue = valueOf(env, 'SHARD_ORGANIZATIONS');
  if (provincesValue === undefined && organizationsValue === undefined) return null;
  const provinces =
    provincesValue === undefined
      ? []
      : listOf('SHARD_PROVINCES', provincesValue, 'gia-lai,lam-dong').map((item) => {
          try {
            return toSlug(item);
          } catch {
            throw new ShardConfigError(
              `SHARD_PROVINCES: "${item}" is not a province; write provinces as slugs, e.g. SHARD_PROVINCES=gia-lai,lam-dong.`,
            );
          }
        });
  const organizations =
    organizationsValue === undefined
      ? []
      : listOf('SHARD_ORGANIZATIONS', organizationsValue, 'tinh-uy-gia-lai,tinh-uy-lam-dong');
  for (const id of organizations) {
    if (!entryIdPattern.test(id)) {
      throw new ShardConfigError(
        `SHARD_ORGANIZATIONS: "${id}" is not an organization id; use the file names in content/organizations/ without .json, e.g. tinh-uy-gia-lai.`,
      );
    }
  }
  const name = shardNameFromEnv(env);
  return {
    selector: { provinces: [...new Set(provinces)], organizations: [...new Set(organizations)] },
    ...(name === undefined ? {} : { name }),
  };
}
