export { encodeAnswers, planPath } from "./encode";
export { recommendationPath } from "./recommendation-path";
export { decodeShare, outcomeFromShare, type DecodeResult } from "./decode";
export { maxShareLength, type Problem, type ProblemKind } from "./problems";
export {
  buildVersioning,
  currentVersion,
  upgrades,
  versioning,
  type ShareParams,
  type Upgrade,
  type Versioning,
} from "./migrations";
