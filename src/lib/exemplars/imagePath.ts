/**
 * A photo path as editors write it: relative to the story file and inside its folder, e.g.
 * `./images/chi-hoi-phu-nu-dong-son.jpg`; JPEG, PNG, WebP or AVIF. Web addresses are not accepted: the
 * site serves its own optimised copies and loads nothing from other sites.
 */
export const imagePathPattern =
  /^\.\/(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(?:jpe?g|png|webp|avif)$/i;
