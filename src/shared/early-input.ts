// The page's boot loader (scripts/build/defer-hydration.js, boot-loader.js) records what a
// visitor does before the app has hydrated; telling it the app has hydrated replays that input
// and marks the page interactive.

declare global {
  interface Window {
    __appHydrated?: () => void;
  }
}

export function announceHydrated(): void {
  // A page that loads its code at once has no loader, and nothing to replay.
  if (window.__appHydrated) window.__appHydrated();
  else document.documentElement.dataset.interactive = "true";
}
