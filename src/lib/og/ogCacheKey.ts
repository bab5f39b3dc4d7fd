import { createHash } from 'node:crypto';

/** What decides an image's pixels; a change in any part makes a new key. */
export interface OgCacheKeyInput {
  /** The template's name and version: "card@1", "poster@1". */
  readonly template: string;
  /** SHA-256 (hex) of the font files the renderer loads. */
  readonly fontHash: string;
  /**
   * The template's data (JSON-serialisable), photos given by the hash of their bytes, not the
   * bytes.
   */
  readonly data: unknown;
}

/** JSON with object keys sorted at every level, so that key order never changes the key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/**
 * The cache key of an image: SHA-256 (64 hex characters) of the template and version, the font hash
 * and the data, with object keys sorted and undefined fields left out, so that the same card gives
 * the same key in every build and any change of text, flag, photo, font or design gives a new one.
 */
export function ogCacheKey(input: OgCacheKeyInput): string {
  return createHash('sha256')
    .update(stableJson({ template: input.template, fontHash: input.fontHash, data: input.data }))
    .digest('hex');
}
