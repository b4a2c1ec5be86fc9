import { lazy, Suspense, useCallback, useRef, useState } from "react";
import "./search-button.css";
import { useSearchShortcut } from "./use-search-shortcut";

// The dialog, MiniSearch and the index load on first use, never with the page.
const loadDialog = () => import("./search-dialog");
const SearchDialog = lazy(loadDialog);

/** The header's search button and keyboard shortcuts; the only search code every page loads. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [requested, setRequested] = useState(false);
  const isOpen = useRef(false);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    const focused = document.activeElement;
    opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    setRequested(true);
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    isOpen.current = false;
    setOpen(false);
  }, []);
  useSearchShortcut(show);

  const preload = () => void loadDialog();
  return (
    <>
      <button
        type="button"
        className="icon-button search-button js-only"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={show}
        onPointerEnter={preload}
        onFocus={preload}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z"
          />
        </svg>
        <span className="search-button__label">Search</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {requested && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={hide} returnFocusTo={opener} />
        </Suspense>
      )}
    </>
  );
}
