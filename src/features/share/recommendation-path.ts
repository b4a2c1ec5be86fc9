import { paths } from "../../shared/paths";
import type { CompleteAnswers } from "../advisor/model/answers";
import { decideOutcome } from "../advisor/model/decide-outcome";
import { encodeAnswers } from "./encode";

// Apart from encode.ts because it needs the decision engine, which pages that only encode
// answers (the check page) should not load.

/** The canonical share link, relative to the site's base path: `/recommendation/<outcome>?v=2&…`. */
export function recommendationPath(answers: CompleteAnswers): string {
  return paths.recommendation(decideOutcome(answers).outcome, encodeAnswers(answers));
}
