import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False while prerendering and hydrating, true after: gate anything that reads the URL query. */
export function useMounted(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
