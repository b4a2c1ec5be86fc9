import { useEffect, useRef, useState } from "react";
import { useHref, useNavigate } from "react-router";
import { handleContentClick } from "./content-clicks";
import { loadGuideContent, type GuideContent } from "./guide-content";

/** The attribute that marks a guide page's body, with the page's slug as its value. */
const BODY_ATTRIBUTE = "data-guide-body";

/** The body this page was prerendered with, if it is still in the document (the first load only). */
function prerenderedBody(slug: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  return document.querySelector(`[${BODY_ATTRIBUTE}="${slug}"]`)?.innerHTML;
}

/**
 * A guide page's body. Prerendering renders the compiled MDX (`content`); the first load in the
 * browser hydrates the same element from the HTML already there, handed back to React as
 * `dangerouslySetInnerHTML` with the very same string, so React keeps it untouched and the page's
 * module is never downloaded. A navigation in the app renders the module its route loaded. One
 * listener on the element makes links and copy buttons work in both (content-clicks.ts).
 */
export function GuideBody({ slug, content }: { slug: string; content: GuideContent | undefined }) {
  const navigate = useNavigate();
  const basename = useHref("/");
  const ref = useRef<HTMLDivElement>(null);
  const [html] = useState(() => (content ? undefined : prerenderedBody(slug)));
  // Only if neither the route nor the document had the body (not expected): fetch the module.
  const [fetched, setFetched] = useState<GuideContent>();
  const shown = content ?? fetched;

  useEffect(() => {
    if (shown || html !== undefined) return;
    let current = true;
    void loadGuideContent(slug).then((loaded) => current && setFetched(loaded));
    return () => {
      current = false;
    };
  }, [shown, html, slug]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => handleContentClick(event, { basename, navigate: (to) => void navigate(to) });
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, [basename, navigate, shown]);

  const attributes = { ref, [BODY_ATTRIBUTE]: slug };
  if (shown) {
    const { Content, components } = shown;
    return (
      <div {...attributes}>
        <Content components={components} />
      </div>
    );
  }
  return <div {...attributes} dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}
