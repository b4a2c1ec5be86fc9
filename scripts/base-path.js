// @ts-check
/**
 * The sub-path the site is served under, from BASE_PATH ("/" when unset), normalised to start
 * and end with "/". Vite's `base`, React Router's `basename`, the post-build step and the
 * static server all read it from here.
 * @param {string | undefined} [raw]
 * @returns {string}
 */
export function basePath(raw = process.env.BASE_PATH) {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Where `npm run build` writes the static site. */
export const clientDir = new URL("../build/client/", import.meta.url).pathname;
