// Wrong: a feature imports a route (backwards).
import { route } from "../../routes/plan";

export const backwards = route;
