import type { TextSegment } from "./model/types";

/** Text with the words that matched the query in `<mark>`. */
export function HighlightedText({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text));
}
