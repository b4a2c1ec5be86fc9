import { Suspense, type ReactNode } from "react";
import { useLocation } from "react-router";
import { usePresented } from "../../shared/use-presented";
import { LinkedDetailsPending } from "./linked-page-pending";

import { headlineTiming } from "./headline-timing";

export { headlineTiming };

/**
 * The part of a recommendation or plan below its summary, usually a lazy component.
 *
 * On the first page of a visit it starts loading once the summary's lead paragraph (marked with
 * {@link headlineTiming}) is on screen. Fetched earlier, its code competes with the headline for
 * the network and the main thread: with Lighthouse's slow-4G and 4× CPU throttling applied,
 * fetching it while React hydrated made the headline 0.2 s later, and Lighthouse's simulation
 * counts every request that starts before the largest paint against it. After a client-side
 * step React is already running, so the details load at once.
 */
export function LinkedPageDetails({ children }: { children: ReactNode }) {
  // React Router gives the document's first location the key "default" (a reload keeps its key).
  const firstPage = useLocation().key === "default";
  const presented = usePresented(headlineTiming);
  const load = presented || !firstPage;
  return load ? <Suspense fallback={<LinkedDetailsPending />}>{children}</Suspense> : <LinkedDetailsPending />;
}
