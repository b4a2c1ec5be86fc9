// The recommendation page's first-paint script (scripts/build/first-paint.js bundles it and
// inlines it after the page's <main>): the result's top on screen before the app is requested.
import { ANSWERS_STORAGE_KEY } from "../../../core/answers/storage-key";
import { paintFirst } from "../../../core/linked-page/first-paint";
import { recommendationPath } from "../../../core/share/recommendation-path";
import { recommendationFirstPaint } from "./first-paint-html";

paintFirst(
  "recommendation",
  recommendationPath,
  recommendationFirstPaint,
  import.meta.env.BASE_URL,
  ANSWERS_STORAGE_KEY,
);
