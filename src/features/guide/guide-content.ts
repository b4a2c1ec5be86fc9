import type { MDXComponents } from "mdx/types";
import type { ComponentType } from "react";
import type { GuideHandle } from "./guide-handle";

/** What each compiled guide page (content/guide/<slug>.mdx) exports; see scripts/mdx/guide-handle.ts. */
export interface GuideModule {
  default: ComponentType<{ components?: MDXComponents }>;
  handle: GuideHandle;
}

/** A guide page ready to render: its compiled body, the components it renders with, its handle. */
export interface GuideContent {
  Content: GuideModule["default"];
  components: MDXComponents;
  handle: GuideHandle;
}

// Lazy: every page is its own chunk, fetched only when the reader navigates to it in the app. The
// first load of a page never needs its own module: the body is already in the prerendered HTML.
const modules = import.meta.glob<GuideModule>("../../../content/guide/*.mdx");

const moduleKey = (slug: string) => `../../../content/guide/${slug}.mdx`;

/** Fetches a guide page's compiled body and the components it renders with (client navigations). */
export async function loadGuideContent(slug: string): Promise<GuideContent> {
  const load = modules[moduleKey(slug)];
  if (!load) throw new Response(`No guide page “${slug}”`, { status: 404 });
  const [page, { mdxComponents }] = await Promise.all([load(), import("./mdx-components")]);
  return { Content: page.default, components: mdxComponents, handle: page.handle };
}

/** Starts fetching a guide page's module ahead of a likely navigation; errors surface on the navigation. */
export function preloadGuideContent(slug: string): void {
  loadGuideContent(slug).catch(() => undefined);
}
