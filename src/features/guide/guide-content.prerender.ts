import type { GuideContent, GuideModule } from "./guide-content";
import { mdxComponents } from "./mdx-components";

// Eager, for prerendering only: callers reach this behind `import.meta.env.SSR`, so the client
// build drops it (and every page's module with it). e2e/guide-loading.spec.ts checks that it does.
const modules = import.meta.glob<GuideModule>("../../../content/guide/*.mdx", { eager: true });

/** A guide page's compiled body, synchronously, while prerendering; undefined for an unknown slug. */
export function prerenderGuideContent(slug: string): GuideContent | undefined {
  const page = modules[`../../../content/guide/${slug}.mdx`];
  return page && { Content: page.default, components: mdxComponents, handle: page.handle };
}
