import { startTransition, useEffect, useState } from "react";

/** Rows in a table's first paint, and in each later slice. */
export const FIRST_ROWS = 40;
export const MORE_ROWS = 60;

/**
 * How many of a long table's rows to render now. The first slice renders with the page; each
 * further slice is a task of its own (a timer, then a transition), so the page answers input
 * between them instead of freezing while hundreds of rows go in at once (a big export's old
 * connector has about a thousand flows). Tests and tools read the full count from the table's
 * data attributes (`data-rows`, `data-rows-shown`).
 */
export function useRevealedRows(total: number): number {
  const [shown, setShown] = useState(() => Math.min(total, FIRST_ROWS));
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown((count) => count + MORE_ROWS)), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

/** The class of a table's scrolling region: a long one skips rendering while out of sight (import.css). */
export const longTable = (rows: number) => (rows > FIRST_ROWS ? "table-scroll table-scroll--long" : "table-scroll");
