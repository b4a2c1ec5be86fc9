import type { ReactNode } from "react";

interface SectionHeadingProps {
  level: 2 | 3;
  id?: string;
  children?: ReactNode;
}

/**
 * A guide heading with a permalink and a copy-link button. The permalink works without
 * JavaScript; the button is revealed only when scripts run (`.js-only`). It has no handler of
 * its own: the page body's one listener copies (content-clicks.ts), so the button also works in
 * the prerendered HTML that the first load keeps without rendering the page's module.
 */
export function SectionHeading({ level, id, children }: SectionHeadingProps) {
  const Tag = level === 2 ? "h2" : "h3";
  if (!id) return <Tag>{children}</Tag>;
  return (
    <div className={`section-heading section-heading--h${level}`}>
      <Tag id={id}>{children}</Tag>
      {/* Names read "Link to section: <heading>" by pointing at the heading's own text. */}
      <a className="section-heading__anchor" href={`#${id}`} id={`link-${id}`} aria-labelledby={`link-${id} ${id}`}>
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">Link to section:</span>
      </a>
      <button
        type="button"
        className="section-heading__copy js-only"
        id={`copy-${id}`}
        aria-labelledby={`copy-${id} ${id}`}
      >
        <span aria-hidden="true">Copy link</span>
        <span className="visually-hidden">Copy link to section:</span>
      </button>
    </div>
  );
}
