/**
 * The site's Content-Security-Policy, in one place: astro.config.mjs gives it to Astro's
 * `security.csp` (which writes it as a `<meta http-equiv>` into every page, with hashes of any inline
 * script or style Astro emits), and scripts/build.ts writes the same policy as an HTTP header for
 * static hosts (`_headers`, see {@link staticHostHeaders}).
 *
 * The policy allows nothing from other origins and no inline script: every script is a module file
 * from `/_astro/` or Pagefind's `/pagefind/`. The one exception is a national portal (PORTAL_SHARDS),
 * whose pages may also fetch its shards' search indexes ({@link metaDirectivesFor}). Astro is configured not to inline small scripts and
 * styles (astro.config.mjs), so the policy is the same on every page and one header can serve the
 * whole site. Sources: CSP Level 3 (W3C), Astro `security.csp`, Pagefind's documented needs.
 */
import { htmlElements } from '../html/elements';

/** Where scripts may come from. `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search. */
export const scriptSources: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Where styles may come from: only the site's own stylesheets (no inline `style` attributes). */
export const styleSources: readonly string[] = ["'self'"];

/** The directive names the policy uses besides script-src and style-src (Astro's config accepts these). */
type DirectiveName =
  | 'default-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'worker-src'
  | 'manifest-src'
  | 'media-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

/** One directive: its name, a space, its sources (`"img-src 'self'"`). */
export type Directive = `${DirectiveName} ${string}`;

/**
 * Every directive except `script-src` and `style-src` (Astro writes those two, adding hashes), valid
 * in a `<meta>` element. Pagefind runs its search in a worker created from a blob (`worker-src blob:`)
 * and fetches its index from `/pagefind/` (`connect-src 'self'`).
 */
export const metaDirectives: readonly Directive[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** What varies between builds' policies: a portal (PORTAL_SHARDS) fetches every shard's search index. */
export interface PolicyOptions {
  /**
   * Origins the pages may fetch from besides their own (`connect-src`): a portal's shards,
   * `https://host[:port]` each (src/lib/shard/portalShards.ts `portalOrigins`). Empty or absent for
   * every other build, whose policy allows nothing from other origins.
   */
  readonly connectOrigins?: readonly string[];
  /**
   * Origins the web editor at /admin talks to: the Git forge's API and login address, and the local
   * decap-server when local editing is on (src/lib/cms/cmsConfig.ts `backendOrigins`). Used only by
   * {@link adminPolicy}; the site's own pages never get them.
   */
  readonly adminOrigins?: readonly string[];
}

/**
 * The meta directives of a build: {@link metaDirectives}, with a portal's shard origins added to
 * `connect-src` (Pagefind's multisite search fetches each shard's `/pagefind/` files; it needs nothing
 * else from them: scripts, the worker and the WebAssembly come from the portal itself).
 *
 * @throws Error when an origin is not `http(s)://host[:port]` (a path, a wildcard or a `;` would
 *   widen or break the policy)
 */
export function metaDirectivesFor(options: PolicyOptions = {}): Directive[] {
  const origins = options.connectOrigins ?? [];
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin) || origin.includes('*')) {
      throw new Error(
        `"${origin}" is not an origin (https://host or https://host:port) and cannot be added to connect-src.`,
      );
    }
  }
  if (origins.length === 0) return [...metaDirectives];
  return metaDirectives.map((d): Directive =>
    d.startsWith('connect-src ')
      ? `connect-src ${[...d.split(' ').slice(1), ...origins].join(' ')}`
      : d,
  );
}

/**
 * Directives a browser ignores in `<meta>` (and warns about in the console), so they are sent only
 * as a header: nobody may frame the site (clickjacking).
 */
export const headerOnlyDirectives: readonly Directive[] = ["frame-ancestors 'none'"];

/**
 * The full policy as an HTTP header value: the meta directives, script and style sources, and the
 * header-only directives, joined with `; `.
 *
 * @param options a portal's shard origins ({@link metaDirectivesFor}); none by default
 */
export function headerPolicy(options: PolicyOptions = {}): string {
  return [
    ...metaDirectivesFor(options),
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    ...headerOnlyDirectives,
  ].join('; ');
}

/** Throws unless every value is an origin `http(s)://host[:port]` (a path or wildcard would widen a policy). */
function checkOrigins(origins: readonly string[]): void {
  for (const origin of origins) {
    if (!/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin) || origin.includes('*')) {
      throw new Error(
        `"${origin}" is not an origin (https://host or https://host:port) and cannot be added to the /admin policy.`,
      );
    }
  }
}

/**
 * The Content-Security-Policy of the web editor at `/admin/` (Decap CMS, docs/decisions/0001-web-editor.md),
 * which replaces the site policy there. Measured needs of Decap CMS 3.16.3 in decision 0001:
 * `'unsafe-eval'` (Ajv compiles the config schema with `new Function`), inline styles (emotion), images
 * from `blob:`/`data:` (upload previews) and from the forge (media in the repository), `connect-src` to
 * the forge's API (and to decap-server for local editing) and to `blob:` (saving reads an uploaded
 * photo back from its blob address; measured in tests/e2e/admin.test.ts), workers from `blob:`. Nothing else from
 * other origins; no framing.
 *
 * @param options `adminOrigins`: the forge and, locally, decap-server origins
 * @returns the header value, directives joined with `; `
 * @throws Error when an origin is not `http(s)://host[:port]`
 */
export function adminPolicy(options: PolicyOptions = {}): string {
  const origins = options.adminOrigins ?? [];
  checkOrigins(origins);
  const extra = origins.length === 0 ? '' : ` ${origins.join(' ')}`;
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${extra}`,
    "font-src 'self'",
    `connect-src 'self' blob:${extra}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers sent with every response, besides the CSP. Names → values. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Older browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/**
 * The `_headers` file understood by Netlify and Cloudflare Pages (one path pattern per line, its
 * headers indented below): the CSP and security headers for every path, long caching for Astro's
 * content-hashed files in `/_astro/`, and for the search index revalidation (it changes with every
 * build under the same names) and `Access-Control-Allow-Origin: *`, so that a national portal on
 * another origin can search this site's index in its readers' browsers (Pagefind `mergeIndex`; the
 * index holds only what the site publishes anyway).
 *
 * The web editor (`/admin/*`) gets its own policy ({@link adminPolicy}). A host applies every rule
 * whose pattern matches, so `/*` matches there too and a browser would enforce both policies (the
 * stricter site policy would stop the editor): the `/admin/*` rule therefore first detaches the
 * inherited header (`! Content-Security-Policy`, Cloudflare Pages syntax) and then sets its own. It
 * comes after `/*` because hosts apply rules in file order. Netlify does not support detaching: there
 * the editor needs the headers in `netlify.toml` or its own host (docs/deploy.md).
 *
 * @param options a portal's shard origins ({@link metaDirectivesFor}) and the editor's forge origins
 *   ({@link adminPolicy}); none by default
 * @returns the file's text, ending with a newline
 */
export function staticHostHeaders(options: PolicyOptions = {}): string {
  const lines = ['/*', `  Content-Security-Policy: ${headerPolicy(options)}`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  lines.push('/_astro/*', '  Cache-Control: public, max-age=31536000, immutable');
  lines.push(
    '/pagefind/*',
    '  Cache-Control: public, max-age=0, must-revalidate',
    '  Access-Control-Allow-Origin: *',
  );
  lines.push(
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminPolicy(options)}`,
    '  Cache-Control: no-cache',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The same headers as {@link staticHostHeaders}, as an nginx snippet to `include` in every `location`
 * (nginx drops a parent's `add_header` lines in a block that has its own, so docs/deploy.md includes
 * this file in each one). `always` sends them with error pages too.
 *
 * @returns the snippet's text, ending with a newline
 */
export function nginxSecurityHeaders(options: PolicyOptions = {}): string {
  const lines = [`add_header Content-Security-Policy "${headerPolicy(options)}" always;`];
  for (const [name, value] of Object.entries(securityHeaders))
    lines.push(`add_header ${name} "${value}" always;`);
  return `${lines.join('\n')}\n`;
}

/**
 * The headers of the web editor for nginx (`location /admin/`, docs/deploy.md): the /admin policy
 * ({@link adminPolicy}) instead of the site's, and the same other security headers.
 *
 * @param options the editor's forge origins (`adminOrigins`)
 * @returns the snippet's text, ending with a newline
 */
export function nginxAdminHeaders(options: PolicyOptions = {}): string {
  const lines = [`add_header Content-Security-Policy "${adminPolicy(options)}" always;`];
  for (const [name, value] of Object.entries(securityHeaders))
    lines.push(`add_header ${name} "${value}" always;`);
  return `${lines.join('\n')}\n`;
}

/**
 * Reads the policy of a built page: the `content` of its `<meta http-equiv="content-security-policy">`,
 * split into directives by name (`script-src` → `['self', 'sha256-…']`).
 *
 * @param html a built page
 * @returns directive name → sources, or `null` when the page has no CSP meta element
 */
export function readMetaPolicy(html: string): Map<string, string[]> | null {
  const meta = htmlElements(html).find(
    (e) =>
      e.name === 'meta' && e.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  const content = meta?.attributes['content'];
  if (content === undefined) return null;
  const policy = new Map<string, string[]>();
  for (const directive of content.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== '') policy.set(name.toLowerCase(), sources);
  }
  return policy;
}
