import { index, route, type RouteConfig } from "@react-router/dev/routes";
import { guideSlugs } from "./shared/guide-pages";

export default [
  index("routes/home.tsx"),
  route("guide", "routes/guide-layout.tsx", [
    index("routes/guide-index.tsx"),
    // Each guide page is its MDX file: its own chunk, prerendered with its full text.
    ...guideSlugs.map((slug) => route(slug, `../content/guide/${slug}.mdx`)),
  ]),
  route("advisor", "routes/advisor-start.tsx"),
  route("advisor/check", "routes/advisor-check.tsx"),
  route("advisor/:questionId", "routes/advisor-question.tsx"),
  route("recommendation/:outcomeId?", "routes/recommendation.tsx"),
  route("plan", "routes/plan.tsx"),
  route("import", "routes/import.tsx"),
  route("match", "routes/match.tsx"),
  // The splat route renders the 404 page; /404 is prerendered through it so that the static
  // host's fallback HTML hydrates against the same route at any unknown URL.
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
