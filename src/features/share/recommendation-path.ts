import { paths } from "../../shared/paths";
import { decide, type CompleteAnswers } from "../advisor/model";
import { encodeAnswers } from "./encode";

// Apart from encode.ts because it needs the decision engine, which pages that only encode
// answers (the check page) should not load.

/** The canonical share link, relative to the site's base path: `/recommendation/<outcome>?v=1&…`. */
export function recommendationPath(answers: CompleteAnswers): string {
  return paths.recommendation(decide(answers).outcome, encodeAnswers(answers));
}
