import { announce } from "../../shared/components/live-announcer";
import { copyText } from "../../shared/components/copy-text";

/**
 * What a click inside a guide page's body does. The body is prerendered HTML that React keeps as
 * it is on the first load (no page module, so no per-element handlers), and React-rendered after a
 * navigation in the app: one listener on the body serves both, so the two never behave apart.
 */
export interface ContentClickContext {
  /** The site's base path as the router writes it in links ("/" or "/entra-migration-advisor/"). */
  basename: string;
  /** The router's navigate, given a path without the base path. */
  navigate: (to: string) => void;
}

async function copySectionLink(button: HTMLButtonElement) {
  const heading = button.closest(".section-heading")?.querySelector("h2, h3");
  if (!heading?.id) return;
  const url = new URL(`#${heading.id}`, window.location.href).href;
  const ok = await copyText(url);
  const label = button.querySelector('[aria-hidden="true"]');
  announce(ok ? `Link to “${heading.textContent ?? ""}” copied` : `Could not copy. The link is ${url}`);
  if (!ok || !label) return;
  label.textContent = "Copied";
  window.setTimeout(() => (label.textContent = "Copy link"), 2000);
}

/** A click the browser would follow in the same tab (no modifier, main button, not handled yet). */
const isPlainClick = (event: MouseEvent) =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** The in-app path (without the base path) a link leads to, or undefined where the browser should follow it. */
export function inAppPath(link: HTMLAnchorElement, basename: string): string | undefined {
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return undefined;
  if (link.origin !== window.location.origin) return undefined;
  // In-page anchors stay native (the table of contents and the permalinks rely on it).
  const samePage = link.pathname === window.location.pathname && link.search === window.location.search;
  if (samePage && link.hash) return undefined;
  const base = basename.replace(/\/+$/, "");
  if (base && link.pathname !== base && !link.pathname.startsWith(`${base}/`)) return undefined;
  return `${link.pathname.slice(base.length) || "/"}${link.search}${link.hash}`;
}

export function handleContentClick(event: MouseEvent, context: ContentClickContext): void {
  const target = event.target instanceof Element ? event.target : null;
  const copy = target?.closest<HTMLButtonElement>("button.section-heading__copy");
  if (copy) {
    void copySectionLink(copy);
    return;
  }
  const link = target?.closest<HTMLAnchorElement>("a[href]");
  const to = link && isPlainClick(event) ? inAppPath(link, context.basename) : undefined;
  if (to === undefined) return;
  event.preventDefault();
  context.navigate(to);
}
