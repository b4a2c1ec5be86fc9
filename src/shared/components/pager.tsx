/** How many rows a results table shows at a time. */
export const PAGE_SIZE = 50;

/** The first row after the page that starts at `offset` (for "rows 1–50 of 1,234"). */
export const pageEnd = (offset: number, total: number) => Math.min(offset + PAGE_SIZE, total);

/** Previous and Next for a results table paged PAGE_SIZE rows at a time; nothing when one page holds them all. */
export function Pager({
  offset,
  total,
  onOffset,
}: {
  offset: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  if (total <= PAGE_SIZE) return null;
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}
      >
        Previous {PAGE_SIZE}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={pageEnd(offset, total) >= total}
        onClick={() => onOffset(offset + PAGE_SIZE)}
      >
        Next {PAGE_SIZE}
      </button>
    </div>
  );
}
