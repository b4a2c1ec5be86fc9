import { useEffect, useState } from "react";
import type { HeadingEntry } from "../../shared/content/heading-ids.js";

/** Tracks which section the reader is in: the last heading that has scrolled past the top band. */
function useActiveHeading(headings: HeadingEntry[]): string | undefined {
  const [active, setActive] = useState<string>();
  useEffect(() => {
    const elements = headings
      .map(({ id }) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return;
    // The observer's band is the top quarter of the viewport, the line `update` judges by: with a
    // wider band a heading fired on entering it while still below the line, and nothing fired again
    // once it crossed, so the highlight stayed on the section before (a flaky e2e test showed it).
    const update = () => {
      const threshold = window.innerHeight * 0.25;
      let current = elements[0]!.id;
      for (const element of elements) if (element.getBoundingClientRect().top <= threshold) current = element.id;
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -75% 0px" });
    elements.forEach((element) => observer.observe(element));
    update();
    return () => observer.disconnect();
  }, [headings]);
  return active;
}

export function TableOfContents({ headings }: { headings: HeadingEntry[] }) {
  const active = useActiveHeading(headings);
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <p id="toc-heading" className="toc__heading">
        On this page
      </p>
      <ul>
        {headings.map((heading) => (
          <li key={heading.id} className={`toc__item toc__item--h${heading.depth}`}>
            <a href={`#${heading.id}`} aria-current={heading.id === active ? "location" : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
