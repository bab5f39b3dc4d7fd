/**
 * The site name a build shows: the project's, followed by the shard's or portal's name (SHARD_NAME).
 * Small and free of heavy imports: every page's layout reads it.
 */

/** The environment as scripts and Astro see it (process.env). */
export type Env = Readonly<Record<string, string | undefined>>;

/** A shard flag that cannot be read; the message names the variable and shows a correct value. */
export class ShardConfigError extends Error {
  override name = 'ShardConfigError';
}

/** The longest shard name accepted: it is shown in every page title. */
export const maxShardNameLength = 80;

/**
 * SHARD_NAME, trimmed and in NFC, or undefined when unset or blank.
 *
 * @throws ShardConfigError when it is longer than {@link maxShardNameLength} characters or holds a
 *   control character
 */
export function shardNameFromEnv(env: Env): string | undefined {
  const name = env['SHARD_NAME']?.trim().normalize('NFC');
  if (name === undefined || name === '') return undefined;
  if (name.length > maxShardNameLength || /\p{Cc}/u.test(name)) {
    throw new ShardConfigError(
      `SHARD_NAME="${name}" must be a short name (at most ${maxShardNameLength} characters, no control character), e.g. SHARD_NAME="Gia Lai".`,
    );
  }
  return name;
}

/** The site's name on every page, in the header, the footer and each page's title. */
export const baseSiteName = 'Công khai Thi đua - Khen thưởng';

/**
 * The site name of this build: {@link baseSiteName}, followed by " · " and SHARD_NAME when the build
 * is a shard or a portal with a name ("Công khai Thi đua - Khen thưởng · Gia Lai").
 *
 * @param env the build's environment (process.env)
 * @throws ShardConfigError when SHARD_NAME is not a valid name (see {@link shardNameFromEnv})
 */
export function siteNameFor(env: Env): string {
  const name = shardNameFromEnv(env);
  return name === undefined ? baseSiteName : `${baseSiteName} · ${name}`;
}
