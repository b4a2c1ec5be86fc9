import { useEffect, type RefObject } from "react";
import { useLocation } from "react-router";

/**
 * Moves focus to the page's h1 after each client-side step, so screen-reader and keyboard
 * users start at the new question instead of on a button that no longer exists. The first
 * page load keeps the browser's own focus.
 */
let firstRender = true;

export function useStepFocus(heading: RefObject<HTMLElement | null>, ready = true) {
  const { key } = useLocation();
  useEffect(() => {
    if (!ready) return;
    if (firstRender) {
      firstRender = false;
      return;
    }
    heading.current?.focus();
  }, [key, ready, heading]);
}
