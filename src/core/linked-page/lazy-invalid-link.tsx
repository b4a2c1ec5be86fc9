import { Suspense, type ComponentProps, type ReactNode } from "react";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import type { InvalidLink } from "./invalid-link";

// A broken link is rare: the page that explains it loads when one is opened, not with every
// result's and plan's first load (which has no room to spare under its budget).
const invalidLink = lazyWithPreload(() => import("./invalid-link").then((module) => module.InvalidLink));

/** The invalid-link page, showing `pending` (the page's own pending view) while its code loads. */
export function LazyInvalidLink({ pending, ...props }: ComponentProps<typeof InvalidLink> & { pending: ReactNode }) {
  return (
    <Suspense fallback={pending}>
      <invalidLink.Component {...props} />
    </Suspense>
  );
}
