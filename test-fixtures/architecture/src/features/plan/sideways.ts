// Wrong: a feature imports another feature sideways.
import { questionPage } from "../advisor/question-page";

export const sideways = questionPage;
