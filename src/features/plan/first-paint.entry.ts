// The plan page's first-paint script (scripts/build/first-paint.js bundles it and inlines it
// after the page's <main>): the plan's heading on screen before the app is requested.
import { ANSWERS_STORAGE_KEY } from "../../core/answers/storage-key";
import { paintFirst } from "../../core/linked-page/first-paint";
import { planPath } from "../../core/share/encode";
import { planFirstPaint } from "./first-paint-html";

paintFirst("plan", planPath, planFirstPaint, import.meta.env.BASE_URL, ANSWERS_STORAGE_KEY);
