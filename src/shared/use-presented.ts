import { useEffect, useState } from "react";

/** Runs `callback` once the browser is idle; returns the function that cancels it. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(callback, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback: a short timer stands in, after the pending paint.
  const timer = setTimeout(callback, 50);
  return () => clearTimeout(timer);
}

type ElementTiming = PerformanceEntry & { identifier?: string; element?: Element | null };

/** Runs `callback` once the element marked `elementtiming={name}` is on screen; returns the canceller. */
function whenPresented(name: string, callback: () => void): () => void {
  const observer = new PerformanceObserver((list) => {
    // The buffer also holds entries from earlier pages of this visit: only an element still in
    // the document is this page's.
    const entries = list.getEntries() as ElementTiming[];
    if (entries.some((entry) => entry.identifier === name && entry.element?.isConnected === true)) {
      observer.disconnect();
      callback();
    }
  });
  observer.observe({ type: "element", buffered: true });
  return () => observer.disconnect();
}

// An element scrolled out of view, or a page in a background tab, is never reported: do not wait for ever.
const longestWait = 1500;

/**
 * False until the element marked `elementtiming={name}` has been presented on screen, as the
 * browser reports it (Element Timing), then true. Where the browser cannot report it (Firefox,
 * Safari), true once the browser goes idle after the first render; at the latest, after 1.5 s.
 */
export function usePresented(name: string): boolean {
  const [presented, setPresented] = useState(false);
  useEffect(() => {
    const done = () => setPresented(true);
    const cancel = PerformanceObserver.supportedEntryTypes?.includes("element")
      ? whenPresented(name, done)
      : whenIdle(done);
    const timer = setTimeout(done, longestWait);
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [name]);
  return presented;
}
