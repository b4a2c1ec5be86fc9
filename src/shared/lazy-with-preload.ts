import { lazy, type ComponentType } from "react";

// Which URL has already been reloaded because its code could not be fetched: once is enough.
const RELOADED_KEY = "ema-reloaded-for-missing-code";

/**
 * A lazily loaded component whose code can also be fetched ahead of need (`preload`). When the
 * code cannot be fetched, usually because a newer deployment replaced the hashed files, the page
 * reloads once to pick up the new build; a second failure reaches the error boundary, which says
 * to try again. A failed preload is not kept: rendering asks again, and where the browser has
 * cached the failed import (Chromium does), that fails at once and the reload follows.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchCode = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return {
    Component: lazy(() => fetchCode().then((component) => ({ default: component }), reloadOnce)),
    preload: () => void fetchCode().catch(() => {}),
  };
}

function reloadOnce(error: unknown): Promise<never> {
  try {
    if (sessionStorage.getItem(RELOADED_KEY) !== location.href) {
      sessionStorage.setItem(RELOADED_KEY, location.href);
      location.reload();
      return new Promise(() => {});
    }
  } catch {
    // Storage blocked: no way to know whether this page has reloaded already, so do not loop.
  }
  throw error;
}
