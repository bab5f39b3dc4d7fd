// Not a route: files starting with _ are skipped by Astro's router.

/**
 * `load`, run on first use and its promise shared by every page of a build, so that models built from
 * whole collections are made once, not once per page. The dev server runs `load` on every request,
 * so content edits show at once.
 *
 * The arguments of the first call are the ones used: give it only values that are the same for the
 * whole build (`Astro.site`).
 *
 * @param load builds the value; its rejection is shared like its result
 * @returns a function with the same parameters as `load`
 */
export function oncePerBuild<Parameters extends unknown[], T>(
  load: (...parameters: Parameters) => Promise<T>,
): (...parameters: Parameters) => Promise<T> {
  let cached: Promise<T> | undefined;
  return (...parameters) => {
    if (import.meta.env.DEV) return load(...parameters);
    cached ??= load(...parameters);
    return cached;
  };
}
