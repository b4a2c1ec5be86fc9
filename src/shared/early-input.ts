// Input that arrived before the app hydrated, recorded by the page's boot loader
// (scripts/build/defer-hydration.js): clicks on buttons, and the search shortcut. The app
// replays it once, when it has hydrated, so nothing a visitor did while the page was still
// loading its code is lost.

type EarlyInput =
  | { readonly click: HTMLButtonElement }
  | {
      readonly key: string;
      readonly ctrlKey: boolean;
      readonly metaKey: boolean;
      readonly altKey: boolean;
      readonly shiftKey: boolean;
    };

declare global {
  interface Window {
    __earlyInput?: EarlyInput[];
    __stopEarlyInput?: () => void;
  }
}

/** Stops the recording and replays what it caught, in order; marks the page interactive. */
export function replayEarlyInput(): void {
  window.__stopEarlyInput?.();
  const early = window.__earlyInput ?? [];
  window.__earlyInput = [];
  // Tests wait for this: from here on the page answers input.
  document.documentElement.dataset.interactive = "true";
  for (const input of early) {
    if ("click" in input) {
      if (input.click.isConnected) input.click.click();
    } else {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent("keydown", { ...input, bubbles: true, cancelable: true }));
    }
  }
}
