import { useState, type DragEvent, type ReactNode } from "react";

/**
 * The area files are dropped on (beside a file input, which stays the keyboard's way in): it
 * shows when something is dragged over it and hands the drop's DataTransfer to the page, which
 * reads files or walks folders as it needs.
 */
export function DropZone({ onDrop, children }: { onDrop: (transfer: DataTransfer) => void; children: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? " drop-zone--active" : ""}`}
      data-drop-zone
      onDragOver={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        setDragging(false);
        onDrop(event.dataTransfer);
      }}
    >
      {children}
    </div>
  );
}
