import { useEffect, useState } from "react";

/** Runs `callback` once the browser is idle; returns the function that cancels it. */
function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a short timer stands in, after the pending paint.
  const timer = setTimeout(callback, 50);
  return () => clearTimeout(timer);
}

/**
 * False until the browser has finished the work of the component's first render (painted it and
 * gone idle, or `timeout` ms have passed), then true. A page uses it to start loading secondary
 * content only once its headline is on screen, so that work never delays the headline.
 */
export function useIdle(timeout = 500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeout), [timeout]);
  return idle;
}
