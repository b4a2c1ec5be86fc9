import { useLoaderData } from "react-router";
import { GuideBody } from "../features/guide/guide-body";
import { loadGuideContent, type GuideContent } from "../features/guide/guide-content";
import { prerenderGuideContent } from "../features/guide/guide-content.prerender";
import type { GuidePageData } from "../features/guide/guide-handle";

/**
 * Every guide page (one route per slug, see routes.ts). Its first load carries no page module:
 * the loader runs while prerendering and hands the layout the title, sources and headings; the
 * body is in the HTML. A navigation in the app loads the page's compiled MDX in `clientLoader`.
 */
// Prerendering also asks for the page's data at "/guide/<slug>.data".
const slugOf = (url: string) =>
  new URL(url).pathname
    .replace(/(\.data)?\/*$/, "")
    .split("/")
    .at(-1) ?? "";

export function loader({ request }: { request: Request }): GuidePageData {
  const slug = slugOf(request.url);
  const page = prerenderGuideContent(slug);
  if (!page) throw new Response(`No guide page “${slug}”`, { status: 404 });
  return { slug, ...page.handle };
}

export async function clientLoader({
  request,
}: {
  request: Request;
}): Promise<GuidePageData & { content: GuideContent }> {
  const slug = slugOf(request.url);
  const content = await loadGuideContent(slug);
  return { slug, ...content.handle, content };
}

export default function GuidePage() {
  const data = useLoaderData<GuidePageData & { content?: GuideContent }>();
  const content = import.meta.env.SSR ? prerenderGuideContent(data.slug) : data.content;
  return <GuideBody key={data.slug} slug={data.slug} content={content} />;
}
