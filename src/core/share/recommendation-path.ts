import { paths } from "../../shared/paths";
import type { CompleteAnswers } from "../decision/answers";
import { decideOutcome } from "../decision/decide-outcome";
import { encodeAnswers } from "./encode";

// Apart from encode.ts because it needs the decision engine, which pages that only encode
// answers (the check page) should not load.

/** The canonical share link, relative to the site's base path: `/recommendation/<outcome>?v=3&…`. */
export function recommendationPath(answers: CompleteAnswers): string {
  return paths.recommendation(decideOutcome(answers).outcome, encodeAnswers(answers));
}
