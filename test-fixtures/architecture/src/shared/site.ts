// Wrong: site code imports a build script.
import { buildStep } from "../../scripts/build-step.js";

export const siteName = buildStep;
