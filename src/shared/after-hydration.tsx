import { Suspense, type ReactNode } from "react";
import { useMounted } from "./use-mounted";

/**
 * Shows `fallback` while prerendering and hydrating, then `children` (usually a lazy component)
 * once the browser has taken over. Pages whose content depends on the URL query or on this
 * browser's storage use it, so their code loads after the first paint instead of with it.
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const mounted = useMounted();
  return mounted ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
