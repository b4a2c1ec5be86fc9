import { useEffect, useState } from "react";
import { whenIdle, whenPresented } from "./when-presented";

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
    if (presented) return;
    const done = () => setPresented(true);
    const cancelWait = PerformanceObserver.supportedEntryTypes?.includes("element")
      ? whenPresented(name, done)
      : whenIdle(done);
    const timer = setTimeout(done, longestWait);
    // Runs once either has fired too (`presented` changes), stopping the other.
    return () => {
      cancelWait();
      clearTimeout(timer);
    };
  }, [name, presented]);
  return presented;
}
