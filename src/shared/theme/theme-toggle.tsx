import { useTheme } from "./use-theme";

export function ThemeToggle() {
  const [theme, toggleTheme] = useTheme();
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="icon-button js-only"
      aria-pressed={theme === null ? undefined : dark}
      onClick={toggleTheme}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 3a9 9 0 1 0 9 9c0-.46-.04-.92-.1-1.36a5.39 5.39 0 0 1-4.4 2.26 5.4 5.4 0 0 1-3.14-9.8A9.1 9.1 0 0 0 12 3Z"
        />
      </svg>
      <span className="visually-hidden">Dark theme</span>
    </button>
  );
}
