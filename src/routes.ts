import { index, route, type RouteConfig } from "@react-router/dev/routes";
import { guideSlugs } from "./shared/guide-pages";

export default [
  index("routes/home.tsx"),
  route("guide", "routes/guide-layout.tsx", [
    index("routes/guide-index.tsx"),
    // Every guide page shares one small route module; its MDX body is prerendered into the HTML
    // and loaded as its own chunk only for navigations in the app (routes/guide-page.tsx).
    ...guideSlugs.map((slug) => route(slug, "routes/guide-page.tsx", { id: `routes/guide/${slug}` })),
  ]),
  route("advisor", "routes/advisor-start.tsx"),
  route("advisor/check", "routes/advisor-check.tsx"),
  route("advisor/:questionId", "routes/advisor-question.tsx"),
  route("recommendation/:outcomeId?", "routes/recommendation.tsx"),
  route("plan", "routes/plan.tsx"),
  route("import", "routes/import.tsx"),
  route("match", "routes/match.tsx"),
  route("pending-exports", "routes/pending-exports.tsx"),
  // The splat route renders the 404 page; /404 is prerendered through it so that the static
  // host's fallback HTML hydrates against the same route at any unknown URL.
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
