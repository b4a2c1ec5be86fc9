import { useEffect } from "react";
import type { SearchHit } from "./model/types";
import { SearchResult } from "./search-result";

interface SearchResultsProps {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  onOpen: (hit: SearchHit) => void;
}

export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

/** The listbox of results; the combobox input keeps focus and points at the active option. */
export function SearchResults({ id, hits, active, onOpen }: SearchResultsProps) {
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView({ block: "nearest" });
  }, [id, active]);
  return (
    <div id={id} role="listbox" aria-label="Search results" className="search-results" hidden={hits.length === 0}>
      {hits.map((hit, index) => (
        <SearchResult key={hit.id} hit={hit} id={optionId(id, index)} active={index === active} onOpen={onOpen} />
      ))}
    </div>
  );
}
