// Wrong: core code imports a feature (backwards).
import { summary } from "../../features/plan/allowed";

export const upwards = summary;
