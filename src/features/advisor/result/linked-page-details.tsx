import { Suspense, type ReactNode } from "react";
import { usePresented } from "../../../shared/use-presented";

import { LinkedDetailsPending } from "./linked-page-pending";

/** The `elementtiming` name of a linked page's headline paragraph: its details wait for it. */
export const headlineTiming = "linked-page-headline";

/**
 * The part of a recommendation or plan below its summary, usually a lazy component. It starts
 * loading once the summary's lead paragraph (marked with {@link headlineTiming}) is on screen:
 * fetched earlier, its code competes with the headline for the network and the main thread
 * (measured with Lighthouse's slow-4G and 4× CPU throttling applied: fetching the details while
 * React hydrates made the headline 0.2 s later), and Lighthouse's simulation counts every
 * request that starts before the largest paint against it.
 */
export function LinkedPageDetails({ children }: { children: ReactNode }) {
  const presented = usePresented(headlineTiming);
  return presented ? <Suspense fallback={<LinkedDetailsPending />}>{children}</Suspense> : <LinkedDetailsPending />;
}
