// ESC [ … m: the colour codes Astro's logger writes when it thinks it has a terminal.
const ansiColour = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/**
 * The lines of `astro build` output that mean the site is broken even though Astro may exit 0 (Astro
 * 7.3 logs a broken content reference and goes on): any `[ERROR]` line, and Astro's reference message
 * `Invalid content reference: entry "x" … references "y" in collection "documents", but that entry does
 * not exist.`. The warning "The collection … does not exist or is empty" (an empty collection) is not
 * one of them. Colour codes are removed first.
 *
 * A second safety net behind `validateContent`, used by `scripts/build.ts`.
 *
 * @param output everything Astro wrote to stdout and stderr
 * @returns the offending lines, without colour codes; empty when the build is clean
 */
export function astroLoggedErrors(output: string): string[] {
  return output
    .replace(ansiColour, '')
    .split('\n')
    .filter(
      (line) =>
        line.includes('[ERROR]') ||
        line.includes('Invalid content reference') ||
        /but that entry does not exist/.test(line),
    );
}
