import { useState, type ReactNode } from "react";
import { announce } from "../../shared/components/live-announcer";
import { copyText } from "../../shared/components/copy-text";

interface SectionHeadingProps {
  level: 2 | 3;
  id?: string;
  children?: ReactNode;
}

/**
 * A guide heading with a permalink and a copy-link button. The permalink works without
 * JavaScript; the button is revealed only when scripts run (`.js-only`).
 */
export function SectionHeading({ level, id, children }: SectionHeadingProps) {
  const Tag = level === 2 ? "h2" : "h3";
  const [copied, setCopied] = useState(false);
  if (!id) return <Tag>{children}</Tag>;

  async function copyLink(event: React.MouseEvent<HTMLButtonElement>) {
    const title = event.currentTarget.closest(".section-heading")?.querySelector(Tag)?.textContent ?? "";
    const url = new URL(`#${id}`, window.location.href).href;
    const ok = await copyText(url);
    setCopied(ok);
    announce(ok ? `Link to “${title}” copied` : `Could not copy. The link is ${url}`);
    if (ok) window.setTimeout(() => setCopied(false), 2000);
  }

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
        onClick={copyLink}
      >
        <span aria-hidden="true">{copied ? "Copied" : "Copy link"}</span>
        <span className="visually-hidden">Copy link to section:</span>
      </button>
    </div>
  );
}
