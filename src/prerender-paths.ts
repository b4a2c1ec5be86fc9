import { guideSlugs } from "./shared/guide-pages";
import { paths } from "./shared/paths";

/** Every URL written to its own HTML file at build time (no query strings: see stack notes). */
export function prerenderPaths(): string[] {
  return [paths.home(), paths.guideIndex(), ...guideSlugs.map((slug) => paths.guidePage(slug)), paths.notFound()];
}
