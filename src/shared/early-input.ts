// The page's boot loader (scripts/build/defer-hydration.js, boot-loader.js) records what a
// visitor does before the app has hydrated; telling it the app has hydrated replays that input
// and marks the page interactive.

declare global {
  interface Window {
    __appHydrated?: () => void;
  }
}

let holds = 0;
let hydrated = false;

function announce(): void {
  // A page that loads its code at once has no loader, and nothing to replay.
  if (window.__appHydrated) window.__appHydrated();
  else document.documentElement.dataset.interactive = "true";
}

/** Called once the app has hydrated (the root layout's effect): replays early input, unless held. */
export function announceHydrated(): void {
  hydrated = true;
  if (holds === 0) announce();
}

/**
 * Holds the replay while what is on screen is not yet the app's own rendering (a result painted
 * before the app ran): the returned function releases it, and the last release replays.
 */
export function holdHydrated(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0 && hydrated) announce();
  };
}
