/**
 * The migration plan as data: its phases and every step any plan can hold, each with the
 * condition under which it applies. Facts come from shared/reference/facts.md through the
 * guide; each step's `why` states one and `anchor` is the guide section that holds it.
 * Step ids are a public contract (saved progress, exported tickets): reword freely, never
 * rename or remove one.
 */
import type { StepRule } from "../plan-types";
import { cutOverSteps } from "./cut-over";
import { pilotSteps } from "./pilot";
import { prepareSteps } from "./prepare";
import { prepareEngineSteps } from "./prepare-engines";
import { prepareFederationSteps } from "./prepare-federation";
import { prepareFirstSteps } from "./prepare-first";
import { prepareMatchingSteps } from "./prepare-matching";
import { removeOldConnectorSteps } from "./remove-old-connector";
import { resolveSteps } from "./resolve";
import { syncEngineSteps } from "./sync-engine";
import { validateSteps } from "./validate";

export { phaseRules } from "./phases";

/** Every step any plan can hold, in plan order within each phase. */
export const stepRules: readonly StepRule[] = [
  ...resolveSteps,
  ...prepareFirstSteps,
  ...prepareSteps,
  ...prepareEngineSteps,
  ...prepareMatchingSteps,
  ...prepareFederationSteps,
  ...pilotSteps,
  ...cutOverSteps,
  ...removeOldConnectorSteps,
  ...syncEngineSteps,
  ...validateSteps,
];
