import { useCallback, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

export type Theme = "light" | "dark";

const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return darkQuery().matches ? "dark" : "light";
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const query = darkQuery();
  query.addEventListener("change", listener);
  return () => {
    listeners.delete(listener);
    query.removeEventListener("change", listener);
  };
}

/** The theme in effect; `null` while prerendering and hydrating, when it cannot be known. */
export function useTheme(): [Theme | null, () => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const setTheme = useCallback((next: Theme) => {
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be blocked (private mode, policy): the choice then lasts for this page only.
    }
    listeners.forEach((listener) => listener());
  }, []);
  // Reads the page, not the render: a click replayed just after hydration comes before the render
  // that swaps the prerender's `null` for the real theme.
  const toggleTheme = useCallback(() => setTheme(currentTheme() === "dark" ? "light" : "dark"), [setTheme]);
  return [theme, toggleTheme];
}
