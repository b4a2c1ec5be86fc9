import { Suspense, type ReactNode } from "react";

/**
 * Where a linked page's own code (lazy) renders, its pending view standing in meanwhile.
 *
 * Prerendering writes the pending view itself inside the boundary, never a streamed fallback
 * (with the real content in a hidden element and a script to swap them in), which would replace
 * whatever the first-paint script had painted. In the browser the boundary hydrates once the
 * code has arrived: the content's first render is the same pending view, reading what the
 * first-paint script left in it, so nothing changes on screen.
 */
export function LinkedContentBoundary({ pending, children }: { pending: ReactNode; children: ReactNode }) {
  if (import.meta.env.SSR) return <Suspense fallback={null}>{pending}</Suspense>;
  return <Suspense fallback={pending}>{children}</Suspense>;
}
