import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from "react";
import { useNavigate } from "react-router";
import { focusSection } from "./focus-section";
import type { SearchHit } from "./model/types";
import { optionId, SearchResults } from "./search-results";
import { searchStatus } from "./search-status";
import { useDebounced } from "./use-debounced";
import { useSearch } from "./use-search";
import "./search-dialog.css";

interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** Where focus goes back to when the dialog closes without opening a result. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/**
 * The search dialog: a modal `<dialog>` holding a combobox (WAI-ARIA APG, list autocomplete).
 * Focus stays in the input; arrow keys move the active option, Enter opens it (or the first
 * result), Esc closes the dialog and returns focus to where it was.
 */
export default function SearchDialog({ open, onClose, returnFocusTo }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const leaving = useRef(false);
  const navigate = useNavigate();
  const ids = useId();
  const listboxId = `${ids}-results`;
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const state = useSearch(query);
  const { hits } = state;
  // Screen readers hear the count once typing pauses, not after every key.
  const status = useDebounced(searchStatus(state), 400);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && element.open) element.close();
  }, [open]);

  function onDialogClose() {
    onClose();
    setActive(-1);
    if (!leaving.current && returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
    leaving.current = false;
  }

  function openHit(hit: SearchHit) {
    leaving.current = true;
    dialog.current?.close();
    void Promise.resolve(navigate(hit.url)).then(() => focusSection(hit.url));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) =>
        current === -1 && step === -1 ? hits.length - 1 : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      const hit = hits[active] ?? hits[0];
      if (!hit) return;
      event.preventDefault();
      openHit(hit);
    }
  }

  // A click on the backdrop (the dialog element itself, outside the panel) closes the dialog.
  function onDialogClick(event: MouseEvent<HTMLDialogElement>) {
    if (event.target === event.currentTarget) dialog.current?.close();
  }

  const expanded = hits.length > 0;
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onDialogClose}
      onClick={onDialogClick}
    >
      <div className="search-dialog__panel">
        <div className="search-dialog__header">
          <h2 id={`${ids}-title`} className="search-dialog__title">
            Search the guide
          </h2>
          <button
            type="button"
            className="button button--secondary search-dialog__close"
            onClick={() => dialog.current?.close()}
          >
            Close
          </button>
        </div>
        <input
          ref={input}
          type="text"
          className="search-dialog__input"
          role="combobox"
          aria-labelledby={`${ids}-title`}
          aria-describedby={`${ids}-help`}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(listboxId, active) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="ImmutableId, AAD Connect, 150,000…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <p role="status" className="search-dialog__status">
          {status}
        </p>
        <SearchResults id={listboxId} hits={hits} active={active} onOpen={openHit} />
        <p id={`${ids}-help`} className="search-dialog__help">
          Old product names work too. Arrow keys move through the results, Enter opens one, Esc closes.
        </p>
      </div>
    </dialog>
  );
}
