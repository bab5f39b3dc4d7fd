import { parseSrcset } from './parseSrcset';
import type { HtmlScan, StartTag } from './scanHtml';

/** One address a page refers to. */
export interface LinkRef {
  /**
   * Where it was found, as a selector-like label: `a[href]`, `img[srcset]`,
   * `meta[property=og:image]`, `link[rel=canonical]` …
   */
  readonly source: string;
  /** The address as written (references decoded, not yet resolved). */
  readonly href: string;
}

/** Attributes that hold one address, by element. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** Attributes that hold a list of image candidates. */
const srcsetElements = new Set(['img', 'source']);

/**
 * `<meta>` tags whose `content` is an address: Open Graph and X (Twitter) cards, by `property` or
 * `name` (sites and crawlers use both).
 */
const urlMetaKeys = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:video',
  'og:video:url',
  'og:video:secure_url',
  'og:audio',
  'og:audio:url',
  'og:audio:secure_url',
  'twitter:image',
  'twitter:image:src',
  'twitter:player',
]);

/**
 * Every address a page refers to: `href` of `<a>`, `<area>` and `<link>` (stylesheets, icons, feeds,
 * `rel=canonical` …), `src` of images, scripts, media and frames, every candidate of `srcset`,
 * `action` and `formaction` of forms, `cite`, and the `content` of Open Graph and X card `<meta>` tags
 * (`og:image`, `og:url`, `twitter:image` …). `<base href>` is not a link (see {@link baseHref}).
 *
 * An attribute that is present but empty (`action=""`) is kept: it points at the page itself.
 *
 * @param scan - the page as read by `scanHtml`.
 * @returns the addresses in document order, duplicates kept. Never throws.
 */
export function extractLinks(scan: HtmlScan): LinkRef[] {
  const links: LinkRef[] = [];
  for (const tag of scan.tags) {
    if (tag.name === 'meta') {
      const key = (
        tag.attributes.get('property') ??
        tag.attributes.get('name') ??
        ''
      ).toLowerCase();
      const content = tag.attributes.get('content');
      if (urlMetaKeys.has(key) && content !== undefined) {
        links.push({ source: `meta[${metaKeyAttribute(tag)}=${key}]`, href: content.trim() });
      }
      continue;
    }
    for (const attribute of urlAttributes[tag.name] ?? []) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined) links.push({ source: sourceLabel(tag, attribute), href: value });
    }
    if (srcsetElements.has(tag.name)) {
      const srcset = tag.attributes.get('srcset');
      if (srcset !== undefined) {
        for (const href of parseSrcset(srcset)) {
          links.push({ source: `${tag.name}[srcset]`, href });
        }
      }
    }
  }
  return links;
}

/**
 * The page's `<base href>`, which relative addresses resolve against; `undefined` without one. Only the
 * first `<base>` with an `href` counts, as in browsers.
 */
export function baseHref(scan: HtmlScan): string | undefined {
  return scan.tags
    .find((t) => t.name === 'base' && t.attributes.has('href'))
    ?.attributes.get('href');
}

function metaKeyAttribute(tag: StartTag): string {
  return tag.attributes.has('property') ? 'property' : 'name';
}

/** `link[rel=canonical]` for links (the relation says what broke), `a[href]` for the rest. */
function sourceLabel(tag: StartTag, attribute: string): string {
  const rel = tag.name === 'link' ? tag.attributes.get('rel') : undefined;
  return rel ? `link[rel=${rel}]` : `${tag.name}[${attribute}]`;
}
