import { useHref } from "react-router";

/** The site's absolute root URL, base path included ("https://example.org/sub/"). Browser only. */
export function useSiteUrl(): string {
  const root = useHref("/");
  return new URL(root.endsWith("/") ? root : `${root}/`, window.location.origin).href;
}
