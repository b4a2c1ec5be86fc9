// The browser's signals that what a page rendered is on screen, as cancellable callbacks.

/** Runs `callback` once the browser is idle; returns the function that cancels it. */
export function whenIdle(callback: () => void): () => void {
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
export function whenPresented(name: string, callback: () => void): () => void {
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
