import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** The visitor's local date as "YYYY-MM-DD", whatever the browser's locale. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Today in the visitor's time zone; "" while prerendering and hydrating, so the prerendered
 * HTML never holds the build machine's date.
 */
export function useToday(): string {
  return useSyncExternalStore(
    noop,
    () => localIsoDate(new Date()),
    () => "",
  );
}
