import { questionIds } from "./core/decision/answers";
import { outcomeIds } from "./core/decision/outcomes";
import { guideSlugs } from "./shared/guide-pages";
import { paths } from "./shared/paths";

/** Every URL written to its own HTML file at build time (no query strings: see stack notes). */
export function prerenderPaths(): string[] {
  return [
    paths.home(),
    paths.guideIndex(),
    ...guideSlugs.map((slug) => paths.guidePage(slug)),
    paths.advisorStart(),
    ...questionIds.map((id) => paths.advisorQuestion(id)),
    paths.advisorCheck(),
    paths.recommendation(),
    ...outcomeIds.map((id) => paths.recommendation(id)),
    paths.plan(),
    paths.importConfig(),
    paths.matchCheck(),
    paths.pendingExports(),
    paths.notFound(),
  ];
}
