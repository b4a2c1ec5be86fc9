import type { MouseEvent } from "react";
import { Link } from "react-router";
import { HighlightedText } from "./highlighted-text";
import type { SearchHit } from "./model/types";

interface SearchResultProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen: (hit: SearchHit) => void;
}

/**
 * One option of the results listbox. It is the link itself (`<a role="option">`), so a plain
 * click goes through the router and a middle or modified click opens a new tab as usual.
 */
export function SearchResult({ hit, id, active, onOpen }: SearchResultProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(hit);
  }
  return (
    <Link
      to={hit.url}
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-heading ${id}-context`}
      aria-describedby={`${id}-excerpt`}
      tabIndex={-1}
      className="search-result"
      onClick={onClick}
    >
      <span id={`${id}-context`} className="search-result__context">
        {hit.context}
      </span>
      <span id={`${id}-heading`} className="search-result__heading">
        <HighlightedText segments={hit.heading} />
      </span>
      <span id={`${id}-excerpt`} className="search-result__excerpt">
        <HighlightedText segments={hit.excerpt} />
      </span>
    </Link>
  );
}
